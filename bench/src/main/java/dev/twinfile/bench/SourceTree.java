package dev.twinfile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tree of N small files in directories of 1,000, and the matching target names. */
final class SourceTree {
  static final int PER_DIRECTORY = 1_000;

  final Path[] sources;
  final Path[] targets;
  final Path sourceRoot;
  final Path targetRoot;

  private SourceTree(Path[] sources, Path[] targets, Path sourceRoot, Path targetRoot) {
    this.sources = sources;
    this.targets = targets;
    this.sourceRoot = sourceRoot;
    this.targetRoot = targetRoot;
  }

  /** Writes {@code files} files of {@code size} bytes under {@code root}/sources. */
  static SourceTree create(Path root, int files, int size) throws IOException {
    Path sourceRoot = Files.createDirectories(root.resolve("sources"));
    Path targetRoot = root.resolve("targets");
    Path[] sources = new Path[files];
    Path[] targets = new Path[files];
    byte[] content = new byte[size];
    for (int i = 0; i < files; i++) {
      String directory = "d" + i / PER_DIRECTORY;
      if (i % PER_DIRECTORY == 0) {
        Files.createDirectories(sourceRoot.resolve(directory));
      }
      content[0] = (byte) i;
      sources[i] = Files.write(sourceRoot.resolve(directory).resolve("f" + i), content);
      targets[i] = targetRoot.resolve(directory).resolve("f" + i);
    }
    return new SourceTree(sources, targets, sourceRoot, targetRoot);
  }

  /** Makes the empty target directories, so each placement costs only itself. */
  void prepareTargets() throws IOException {
    for (int i = 0; i < targets.length; i += PER_DIRECTORY) {
      Files.createDirectories(targets[i].getParent());
    }
  }

  /**
   * Removes every target between iterations, and syncs, so the next iteration does not pay for
   * this one's journal and writeback.
   */
  void removeTargets() throws IOException, InterruptedException {
    run("rm", "-rf", targetRoot.toString());
    run("sync");
  }

  static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed");
    }
  }
}
