package dev.twinfile.tck;

import static dev.twinfile.tck.Fixture.check;
import static dev.twinfile.tck.Fixture.content;
import static dev.twinfile.tck.Fixture.expectThrows;

import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The promises of each strategy: declared ⇒ works, undeclared ⇒ refused without touching the
 * volume, and bad input (existing target, missing source, directory or symbolic-link source)
 * refused the documented way with nothing left behind.
 */
final class StrategyProperties {
  /** A distinctive time in the past, so "kept" cannot be mistaken for "just written". */
  private static final FileTime OLD = FileTime.from(Instant.parse("2001-02-03T04:05:06.789Z"));

  private static final Set<PosixFilePermission> MODE = PosixFilePermissions.fromString("rw-r-----");

  private StrategyProperties() {}

  static List<ContractProperty> all() {
    List<ContractProperty> properties = new ArrayList<>();
    properties.add(
        new ContractProperty(
            "link.declared-works",
            "a link is another name of the same file: same identity, one more name on every name,"
                + " writes seen through every name, deleting a name leaves the others whole",
            StrategyProperties::linkWorks));
    properties.add(
        new ContractProperty(
            "link.writes-seen-through-every-name",
            "a write through one name is read through every other name, even one read just"
                + " before; this is the filesystem's promise, which some drivers break by caching"
                + " each name apart",
            StrategyProperties::writesSeenThroughEveryName));
    properties.add(
        new ContractProperty(
            "clone.declared-works",
            "a clone is a new file with equal bytes and exact size (0, 1, granule−1, granule,"
                + " granule+1, several MiB), its permissions and mtime kept, writes staying on"
                + " their side",
            StrategyProperties::cloneWorks));
    properties.add(
        new ContractProperty(
            "copy.declared-works",
            "a copy, default or physical, is an independent file with equal bytes, permissions"
                + " and mtime kept",
            StrategyProperties::copyWorks));
    for (Strategy strategy : Strategy.values()) {
      String word = strategy.name().toLowerCase(Locale.ROOT);
      properties.add(
          new ContractProperty(
              word + ".refused-when-undeclared",
              "an undeclared " + word + " is refused as unsupported and touches nothing",
              fixture -> refusedWhenUndeclared(fixture, strategy)));
      properties.add(
          new ContractProperty(
              word + ".existing-target-kept",
              "a " + word + " onto an existing name fails with FileAlreadyExistsException and"
                  + " changes neither file",
              fixture -> existingTargetKept(fixture, strategy)));
      properties.add(
          new ContractProperty(
              word + ".missing-source",
              "a " + word + " of a missing source fails with NoSuchFileException, creating nothing",
              fixture -> missingSource(fixture, strategy)));
      properties.add(
          new ContractProperty(
              word + ".directory-source",
              "a " + word + " of a directory is refused with NotRegularFileException",
              fixture -> notRegularSource(fixture, strategy, false)));
      properties.add(
          new ContractProperty(
              word + ".symlink-source",
              "a " + word + " of a symbolic link is refused with NotRegularFileException, the"
                  + " link not followed",
              fixture -> notRegularSource(fixture, strategy, true)));
    }
    properties.add(
        new ContractProperty(
            "identity.stable-and-distinct",
            "a path's identity is the same on every call, and two files never share one",
            StrategyProperties::identities));
    return properties;
  }

  static void place(Fixture fixture, Strategy strategy, Path source, Path target, CopyMode mode)
      throws IOException {
    switch (strategy) {
      case LINK -> fixture.backend.link(source, target);
      case CLONE -> fixture.backend.clone(source, target);
      default -> fixture.backend.copy(source, target, mode);
    }
  }

  private static void linkWorks(Fixture fixture) throws IOException {
    fixture.requireDeclared(Strategy.LINK);
    Path a = fixture.file("a", content(300, 1));
    Path b = fixture.path("b");
    fixture.backend.link(a, b);
    // A third name, in another directory, where the ceiling allows one.
    boolean third = fixture.maxNames() < 0 || fixture.maxNames() >= 3;
    Path c = third ? fixture.path("sub/c") : b;
    if (third) {
      Files.createDirectories(c.getParent());
      fixture.backend.link(b, c);
    }
    FileStatus first = fixture.status(a);
    for (Path name : List.of(b, c)) {
      FileStatus other = fixture.status(name);
      check(first.identity().equals(other.identity()),
          "link: %s has identity %s but its source %s has %s", name.getFileName(), other.identity(), a.getFileName(), first.identity());
    }
    checkNames(fixture, third ? 3 : 2, a, b, c);
    byte[] rewritten = content(5000, 2);
    Files.write(b, rewritten, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    fixture.checkStoredBytes(a, rewritten, "link: a write through one name must reach the file every name shares");
    fixture.checkStoredBytes(c, rewritten, "link: a write through one name must reach the file every name shares");
    Files.delete(a);
    fixture.checkStoredBytes(b, rewritten, "link: deleting one name must leave the others whole");
    checkNames(fixture, third ? 2 : 1, b, c);
  }

  private static void writesSeenThroughEveryName(Fixture fixture) throws IOException {
    fixture.requireDeclared(Strategy.LINK);
    Path a = fixture.file("a", content(100, 20));
    Path b = fixture.path("sub/b");
    Files.createDirectories(b.getParent());
    fixture.backend.link(a, b);
    // Read both names first, so any cache a driver keeps per name is warm.
    fixture.checkBytes(a, content(100, 20), "names");
    fixture.checkBytes(b, content(100, 20), "names");
    byte[] rewritten = content(100, 21);
    Files.write(a, rewritten, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    String defect =
        "the filesystem shows old bytes through a name read before a write through another name"
            + " (it caches each name apart, as FUSE drivers such as ntfs-3g do), though it stores"
            + " the new ones: programs that modify hard-linked files will see stale data";
    fixture.checkStoredBytes(b, rewritten, "names: the write did not reach the shared file");
    fixture.checkBytes(b, rewritten, defect);
  }

  private static void checkNames(Fixture fixture, long expected, Path... names) throws IOException {
    for (Path name : names) {
      long count = fixture.status(name).linkCount();
      check(count < 0 || count == expected,
          "link: %s has %d names, expected %d", name.getFileName(), count, expected);
    }
  }

  private static void cloneWorks(Fixture fixture) throws IOException {
    fixture.requireDeclared(Strategy.CLONE);
    long granule = fixture.capabilities.cloneGranularity();
    long[] sizes = {0, 1, granule - 1, granule, granule + 1, 3 * 1024 * 1024 + 17};
    for (long size : sizes) {
      independentPlacement(fixture, Strategy.CLONE, CopyMode.DEFAULT, (int) size);
    }
    fixture.note("sizes 0, 1, " + (granule - 1) + ", " + granule + ", " + (granule + 1) + ", 3 MiB+17");
  }

  private static void copyWorks(Fixture fixture) throws IOException {
    fixture.requireDeclared(Strategy.COPY);
    for (CopyMode mode : CopyMode.values()) {
      for (int size : new int[] {0, 1, 5 * 1024 * 1024 + 3}) {
        independentPlacement(fixture, Strategy.COPY, mode, size);
      }
    }
  }

  /** Places a new independent file (clone or copy) and checks bytes, size, metadata, independence. */
  private static void independentPlacement(Fixture fixture, Strategy strategy, CopyMode mode, int size)
      throws IOException {
    String what = strategy.name().toLowerCase(Locale.ROOT) + (mode == CopyMode.PHYSICAL ? " (physical)" : "") + " of " + size + " bytes";
    byte[] bytes = content(size, size + 7);
    Path source = fixture.file("s-" + mode + "-" + size, bytes);
    boolean keepsMode = setMetadata(source);
    // What the volume stored: a coarse clock (2 s on FAT, 1 s on ext3) rounds the time set.
    FileTime stored = Files.getLastModifiedTime(source);
    Path target = fixture.path("t-" + mode + "-" + size);
    place(fixture, strategy, source, target, mode);
    FileStatus from = fixture.status(source);
    FileStatus to = fixture.status(target);
    check(!from.identity().equals(to.identity()),
        "%s: the target has the source's identity %s; a %s must be a new file", what, to.identity(), strategy);
    check(to.linkCount() < 0 || to.linkCount() == 1 && from.linkCount() == 1,
        "%s: names are %d (source) and %d (target), expected 1 and 1", what, from.linkCount(), to.linkCount());
    check(Files.size(target) == size, "%s: the target has %,d bytes, expected exactly %,d", what, Files.size(target), size);
    fixture.checkBytes(target, bytes, what);
    FileTime kept = Files.getLastModifiedTime(target);
    check(Math.abs(kept.toMillis() - stored.toMillis()) <= 1,
        "%s: the target's last-modified time is %s, the source's %s", what, kept, stored);
    if (keepsMode) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
      check(permissions.equals(MODE), "%s: the target's permissions are %s, the source's %s",
          what, PosixFilePermissions.toString(permissions), PosixFilePermissions.toString(MODE));
    }
    if (size > 0) {
      byte[] targetWrite = content(size, size + 8);
      Files.write(target, targetWrite, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      fixture.checkBytes(source, bytes, what + ": a write to the target must not reach the source");
      byte[] sourceWrite = content(size, size + 9);
      Files.write(source, sourceWrite, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      fixture.checkBytes(target, targetWrite, what + ": a write to the source must not reach the target");
    }
    Files.delete(source);
    Files.delete(target);
  }

  /** Gives {@code file} a distinctive mode and mtime; returns whether the volume keeps the mode. */
  private static boolean setMetadata(Path file) throws IOException {
    boolean keepsMode = false;
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
      try {
        Files.setPosixFilePermissions(file, MODE);
        keepsMode = Files.getPosixFilePermissions(file).equals(MODE);
      } catch (IOException | UnsupportedOperationException e) {
        keepsMode = false;
      }
    }
    Files.setLastModifiedTime(file, OLD);
    return keepsMode;
  }

  private static void refusedWhenUndeclared(Fixture fixture, Strategy strategy) throws IOException {
    fixture.requireUndeclared(strategy);
    Path a = fixture.file("a", content(10, 3));
    TreeSet<String> before = fixture.listing();
    StrategyUnsupportedException refusal =
        expectThrows(StrategyUnsupportedException.class, "undeclared " + strategy,
            () -> place(fixture, strategy, a, fixture.path("b"), CopyMode.DEFAULT));
    check(refusal.strategy() == strategy, "undeclared %s: the refusal names %s", strategy, refusal.strategy());
    fixture.checkListing(before, "undeclared " + strategy);
  }

  private static void existingTargetKept(Fixture fixture, Strategy strategy) throws IOException {
    requireDeclaredFor(fixture, strategy);
    byte[] sourceBytes = content(10, 4);
    byte[] targetBytes = content(20, 5);
    Path a = fixture.file("a", sourceBytes);
    Path b = fixture.file("b", targetBytes);
    FileStatus before = fixture.status(a);
    expectThrows(FileAlreadyExistsException.class, strategy + " onto an existing target",
        () -> place(fixture, strategy, a, b, CopyMode.DEFAULT));
    fixture.checkBytes(b, targetBytes, strategy + " onto an existing target");
    fixture.checkBytes(a, sourceBytes, strategy + " onto an existing target");
    check(fixture.status(a).linkCount() == before.linkCount(),
        "%s onto an existing target: the source's names changed from %d to %d", strategy, before.linkCount(), fixture.status(a).linkCount());
    fixture.checkListing(new TreeSet<>(List.of("a", "b")), strategy + " onto an existing target");
  }

  private static void missingSource(Fixture fixture, Strategy strategy) throws IOException {
    requireDeclaredFor(fixture, strategy);
    expectThrows(NoSuchFileException.class, strategy + " of a missing source",
        () -> place(fixture, strategy, fixture.path("missing"), fixture.path("b"), CopyMode.DEFAULT));
    fixture.checkListing(new TreeSet<>(), strategy + " of a missing source");
  }

  private static void notRegularSource(Fixture fixture, Strategy strategy, boolean symbolicLink)
      throws IOException {
    requireDeclaredFor(fixture, strategy);
    Path source;
    FileStatus.Kind kind;
    if (symbolicLink) {
      Path real = fixture.file("real", content(10, 6));
      try {
        source = Files.createSymbolicLink(fixture.path("link"), real.getFileName());
      } catch (IOException | UnsupportedOperationException e) {
        fixture.skip("the volume cannot make a symbolic link: " + e);
        return;
      }
      kind = FileStatus.Kind.SYMBOLIC_LINK;
    } else {
      source = Files.createDirectory(fixture.path("directory"));
      kind = FileStatus.Kind.DIRECTORY;
    }
    TreeSet<String> before = fixture.listing();
    String what = strategy + " of a " + (symbolicLink ? "symbolic link" : "directory");
    NotRegularFileException refusal =
        expectThrows(NotRegularFileException.class, what,
            () -> place(fixture, strategy, source, fixture.path("b"), CopyMode.DEFAULT));
    check(refusal.kind() == kind, "%s: the refusal says the source is a %s", what, refusal.kind());
    fixture.checkListing(before, what);
    check(Files.isSymbolicLink(source) == symbolicLink, "%s: the source changed", what);
  }

  private static void requireDeclaredFor(Fixture fixture, Strategy strategy) {
    if (!fixture.declares(strategy)) {
      fixture.skip(strategy + " is not declared; " + strategy.name().toLowerCase(Locale.ROOT) + ".refused-when-undeclared covers it");
    }
  }

  private static void identities(Fixture fixture) throws IOException {
    Path a = fixture.file("a", content(1, 1));
    Path b = fixture.file("b", content(1, 1));
    FileStatus first = fixture.status(a);
    check(first.identity().equals(fixture.status(a).identity()),
        "identity: two status calls on one path disagree");
    check(!first.identity().equals(fixture.status(b).identity()),
        "identity: two distinct files share the identity %s", first.identity());
    check(first.isRegularFile(), "identity: a regular file is reported as %s", first.kind());
    check(fixture.status(fixture.scratch.directory()).kind() == FileStatus.Kind.DIRECTORY,
        "identity: a directory is reported as %s", fixture.status(fixture.scratch.directory()).kind());
    check(first.size() == 1, "identity: a 1-byte file is reported with %d bytes", first.size());
  }
}
