package dev.twinfile.tck;

import dev.twinfile.core.Twinfile;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.BackendProvider;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What a property works with: a scratch directory, its backend, and checks that explain themselves. */
final class Fixture {
  final Scratch scratch;
  final Backend backend;
  final Capabilities capabilities;
  final TckOptions options;
  final VolumeFactory volume;
  final VolumeFactory second;
  final Tally tally;
  private final StringBuilder notes = new StringBuilder();

  Fixture(Scratch scratch, TckOptions options, VolumeFactory volume, VolumeFactory second, Tally tally) {
    this.scratch = scratch;
    this.backend = scratch.backend();
    this.capabilities = backend.capabilities();
    this.options = options;
    this.volume = volume;
    this.second = second;
    this.tally = tally;
  }

  /** Returns a Twinfile whose every placement goes to the backend under test. */
  Twinfile engine() {
    Backend fixed = backend;
    BackendProvider only =
        new BackendProvider() {
          @Override
          public String name() {
            return fixed.name();
          }

          @Override
          public Optional<Backend> open(Path path) {
            return Optional.of(fixed);
          }
        };
    return Twinfile.builder().provider(only).discoverProviders(false).forceBackend(fixed.name()).build();
  }

  Path path(String name) {
    return scratch.resolve(name);
  }

  /** Writes a new file {@code name} with {@code content}. */
  Path file(String name, byte[] content) throws IOException {
    Path path = path(name);
    Files.createDirectories(path.getParent());
    Files.write(path, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return path;
  }

  FileStatus status(Path path) throws IOException {
    return backend.status(path);
  }

  /** Returns the names under the scratch directory, relative and sorted, directories with a slash. */
  TreeSet<String> listing() throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (Stream<Path> paths = Files.walk(scratch.directory())) {
      paths
          .filter(path -> !path.equals(scratch.directory()))
          .forEach(
              path ->
                  names.add(
                      scratch.directory().relativize(path).toString().replace('\\', '/')
                          + (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "/" : "")));
    }
    return names;
  }

  boolean declares(Strategy strategy) {
    return capabilities.supports(strategy);
  }

  long maxNames() {
    return capabilities.linkCeiling() instanceof LinkCeiling.Known known ? known.maxNames() : -1;
  }

  void requireDeclared(Strategy strategy) {
    if (!declares(strategy)) {
      throw new PropertySkipped(strategy + " is not declared by this volume");
    }
  }

  void requireUndeclared(Strategy strategy) {
    if (declares(strategy)) {
      throw new PropertySkipped(strategy + " is declared by this volume");
    }
  }

  void skip(String reason) {
    throw new PropertySkipped(reason);
  }

  /** Adds a line to what the report says about a passing property. */
  void note(String text) {
    notes.append(notes.length() == 0 ? "" : "; ").append(text);
  }

  String notes() {
    return notes.toString();
  }

  static void check(boolean condition, String format, Object... arguments) {
    if (!condition) {
      throw new ContractViolation(String.format(format, arguments));
    }
  }

  /** An operation expected to throw. */
  interface Operation {
    void run() throws Exception;
  }

  /** Runs {@code operation} and returns what it threw, which must be a {@code type}. */
  static <T extends Throwable> T expectThrows(Class<T> type, String what, Operation operation) {
    try {
      operation.run();
    } catch (Throwable thrown) {
      if (type.isInstance(thrown)) {
        return type.cast(thrown);
      }
      throw new ContractViolation(
          what + ": expected " + type.getSimpleName() + " but got " + thrown, thrown);
    }
    throw new ContractViolation(what + ": expected " + type.getSimpleName() + " but it succeeded");
  }

  void checkBytes(Path path, byte[] expected, String what) throws IOException {
    compare(path, Files.readAllBytes(path), expected, what);
  }

  /**
   * Checks what the volume stores for {@code path}, read with O_DIRECT past any page cache where
   * the volume allows it: FUSE drivers such as ntfs-3g keep one cache per name, so a buffered read
   * through one name may show bytes another name has since overwritten.
   */
  void checkStoredBytes(Path path, byte[] expected, String what) throws IOException {
    compare(path, StoredBytes.read(path), expected, what);
  }

  private void compare(Path path, byte[] actual, byte[] expected, String what) {
    if (!Arrays.equals(actual, expected)) {
      int at = Arrays.mismatch(actual, expected);
      throw new ContractViolation(
          String.format(
              "%s: %s holds %,d bytes that differ from the expected %,d at offset %,d",
              what, scratch.directory().relativize(path), actual.length, expected.length, at));
    }
  }

  void checkAbsent(Path path, String what) {
    check(
        !Files.exists(path, LinkOption.NOFOLLOW_LINKS),
        "%s: %s exists, but a refused placement must leave no target",
        what,
        path.getFileName());
  }

  void checkListing(TreeSet<String> expected, String what) throws IOException {
    TreeSet<String> actual = listing();
    if (!actual.equals(expected)) {
      TreeSet<String> extra = new TreeSet<>(actual);
      extra.removeAll(expected);
      TreeSet<String> lost = new TreeSet<>(expected);
      lost.removeAll(actual);
      throw new ContractViolation(
          what + ": the directory changed; left behind " + extra + ", lost " + lost);
    }
  }

  /** Returns {@code size} bytes of a pattern that depends on {@code seed}. */
  static byte[] content(int size, int seed) {
    byte[] bytes = new byte[size];
    int state = seed * 0x9E3779B9 + 1;
    for (int i = 0; i < size; i++) {
      state = state * 1_103_515_245 + 12_345;
      bytes[i] = (byte) (state >>> 24);
    }
    return bytes;
  }
}
