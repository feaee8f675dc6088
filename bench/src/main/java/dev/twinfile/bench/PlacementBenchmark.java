package dev.twinfile.bench;

import dev.twinfile.core.Plan;
import dev.twinfile.core.Twinfile;
import dev.twinfile.os.posix.Posix;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Places 100,000 files one by one, through the engine and directly, on a real volume: the
 * engine's overhead over {@code Files.createLink} and over a bare {@code ioctl(FICLONE)}, beside
 * the peers {@code cp -al} and {@code cp -a --reflink=always} on the same tree. Each
 * invocation places the whole tree into empty target directories; the targets are removed between
 * iterations, outside the measurement.
 *
 * <p>Run with {@code bench/run.sh}, which makes the volumes and passes {@code -p volume=...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class PlacementBenchmark {
  /** A directory on the volume under test; clone benchmarks need one that clones (xfs, btrfs). */
  @Param("/var/tmp/twinfile-bench/mnt/ext4")
  public String volume;

  /** How many files one invocation places. */
  @Param("100000")
  public int files;

  private SourceTree tree;
  private Path root;
  private Twinfile twinfile;
  private Backend backend;
  private final Plan link = Plan.of(Strategy.LINK);
  private final Plan clone = Plan.of(Strategy.CLONE);

  @Setup(Level.Trial)
  public void writeSources() throws IOException, InterruptedException {
    root = Files.createTempDirectory(Path.of(volume), "bench-");
    tree = SourceTree.create(root, files, 64);
    SourceTree.run("sync");
    twinfile = Twinfile.create();
    backend = twinfile.backendFor(root);
  }

  @Setup(Level.Iteration)
  public void emptyTargets() throws IOException {
    tree.prepareTargets();
  }

  @TearDown(Level.Iteration)
  public void removeTargets() throws IOException, InterruptedException {
    tree.removeTargets();
  }

  @TearDown(Level.Trial)
  public void removeEverything() throws IOException, InterruptedException {
    SourceTree.run("rm", "-rf", root.toString());
  }

  /** The floor: the JDK's own hard link, nothing else. */
  @Benchmark
  public void linkWithFilesCreateLink() throws IOException {
    Path[] sources = tree.sources;
    Path[] targets = tree.targets;
    for (int i = 0; i < sources.length; i++) {
      Files.createLink(targets[i], sources[i]);
    }
  }

  /** The backend alone: statx (the source must be a regular file) and link(2). */
  @Benchmark
  public void linkWithBackend() throws IOException {
    Path[] sources = tree.sources;
    Path[] targets = tree.targets;
    for (int i = 0; i < sources.length; i++) {
      backend.link(sources[i], targets[i]);
    }
  }

  /** The engine: volume look-up per directory, plan, placement report. */
  @Benchmark
  public void linkWithEngine() throws IOException {
    Path[] sources = tree.sources;
    Path[] targets = tree.targets;
    for (int i = 0; i < sources.length; i++) {
      twinfile.place(sources[i], targets[i], link);
    }
  }

  /**
   * The peer for links: GNU {@code cp -al} linking the whole tree in one process (C, no JVM per
   * file; it also walks the source tree, which the engine benchmarks are handed).
   */
  @Benchmark
  public void linkWithCpAl() throws IOException, InterruptedException {
    SourceTree.run("cp", "-al", tree.sourceRoot + "/.", tree.targetRoot.toString());
  }

  /**
   * The peer for clones: GNU {@code cp -a --reflink=always}, which also keeps owner, times and
   * extended attributes.
   */
  @Benchmark
  public void cloneWithCpReflink() throws IOException, InterruptedException {
    SourceTree.run("cp", "-a", "--reflink=always", tree.sourceRoot + "/.", tree.targetRoot.toString());
  }

  /**
   * The floor for clones: FICLONE straight into the target name, opening the source once and
   * reading its type, mode and mtime from that descriptor — no temporary name, no rename.
   */
  @Benchmark
  public void cloneWithIoctl() throws IOException {
    Path[] sources = tree.sources;
    Path[] targets = tree.targets;
    for (int i = 0; i < sources.length; i++) {
      Posix.cloneToNewFile(sources[i], targets[i]);
    }
  }

  /**
   * The engine's clone: an unnamed O_TMPFILE file, FICLONE, mode and mtime kept, named by linkat
   * when whole.
   */
  @Benchmark
  public void cloneWithEngine() throws IOException {
    Path[] sources = tree.sources;
    Path[] targets = tree.targets;
    for (int i = 0; i < sources.length; i++) {
      twinfile.place(sources[i], targets[i], clone);
    }
  }
}
