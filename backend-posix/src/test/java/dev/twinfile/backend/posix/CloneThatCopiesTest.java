package dev.twinfile.backend.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.core.Twinfile;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.Extent;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.tck.PropertyResult;
import dev.twinfile.tck.RealVolumes;
import dev.twinfile.tck.Scratch;
import dev.twinfile.tck.Tck;
import dev.twinfile.tck.TckOptions;
import dev.twinfile.tck.TckReport;
import dev.twinfile.tck.VolumeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A silent fallback on a real filesystem: a backend that declares CLONE but writes a byte copy
 * passes every byte-level property, and the TCK still catches it through FIEMAP.
 */
class CloneThatCopiesTest {

  /** The real POSIX backend, except that its clone is a physical copy. */
  private record CloneThatCopies(Backend real) implements Backend {
    @Override
    public String name() {
      return "clone-that-copies";
    }

    @Override
    public String fileStoreType() {
      return real.fileStoreType();
    }

    @Override
    public String description() {
      return "a lying wrapper over " + real.description();
    }

    @Override
    public Capabilities capabilities() {
      return real.capabilities();
    }

    @Override
    public FileStatus status(Path path) throws IOException {
      return real.status(path);
    }

    @Override
    public void link(Path source, Path target) throws IOException {
      real.link(source, target);
    }

    @Override
    public void clone(Path source, Path target) throws IOException {
      real.copy(source, target, CopyMode.PHYSICAL);
    }

    @Override
    public void copy(Path source, Path target, CopyMode mode) throws IOException {
      real.copy(source, target, mode);
    }

    @Override
    public List<Extent> extents(Path file) throws IOException {
      return real.extents(file);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"xfs", "btrfs"})
  void isCaughtOnlyByTheExtentMap(String volume) throws IOException {
    VolumeFactory honest = VolumeFactory.inDirectory(RealVolumes.require(volume), Twinfile.create());
    VolumeFactory lying =
        () -> {
          Scratch scratch = honest.create();
          return new Scratch(new CloneThatCopies(scratch.backend()), scratch.directory(), scratch);
        };

    TckReport report = Tck.run(lying, null, TckOptions.defaults().withSeed(11).withTries(20), null);

    assertEquals(PropertyResult.Status.PASSED, status(report, "clone.declared-works"));
    assertEquals(PropertyResult.Status.PASSED, status(report, "model.sequences"));
    PropertyResult caught = result(report, "clone.shares-blocks");
    assertEquals(PropertyResult.Status.FAILED, caught.status(), caught.message());
    assertTrue(caught.message().contains("copied, not shared"), caught.message());
    assertEquals(1, report.count(PropertyResult.Status.FAILED), report.results().toString());
  }

  private static PropertyResult result(TckReport report, String property) {
    return report.results().stream().filter(r -> r.property().equals(property)).findFirst().orElseThrow();
  }

  private static PropertyResult.Status status(TckReport report, String property) {
    return result(report, property).status();
  }
}
