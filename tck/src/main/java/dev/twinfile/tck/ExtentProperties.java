package dev.twinfile.tck;

import static dev.twinfile.tck.Fixture.check;
import static dev.twinfile.tck.Fixture.content;
import static dev.twinfile.tck.Fixture.expectThrows;

import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.Extent;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.Strategy;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.TreeSet;

/**
 * Where bytes lie, for volumes that declare {@link dev.twinfile.spi.Capabilities#mapsExtents()}:
 * the one check that tells a clone from a byte copy. A backend whose CLONE copies passes every
 * byte-level property; here its clone's blocks are found apart from the source's.
 */
final class ExtentProperties {
  /** Units in the files mapped here, so several extents and a tail can appear. */
  private static final int UNITS = 16;

  private ExtentProperties() {}

  static List<ContractProperty> all() {
    return List.of(
        new ContractProperty(
            "extents.declared-cover-the-bytes",
            "the extents of a file written without holes are in order, cover every byte, and lie"
                + " apart from another file's; a directory or a missing file is refused the NIO way",
            ExtentProperties::extentsCoverTheBytes),
        new ContractProperty(
            "extents.refused-when-undeclared",
            "a volume that does not declare extent maps answers extents() with"
                + " UnsupportedOperationException and touches nothing",
            ExtentProperties::refusedWhenUndeclared),
        new ContractProperty(
            "clone.shares-blocks",
            "every whole granule of a clone lies where the source's does, until a write moves"
                + " the clone's copy of it elsewhere (copy-on-write) and leaves the source's in place",
            ExtentProperties::cloneSharesBlocks),
        new ContractProperty(
            "copy.physical-shares-nothing",
            "a physical copy shares no block with its source",
            ExtentProperties::physicalCopySharesNothing));
  }

  private static void requireMaps(Fixture fixture) {
    if (!fixture.capabilities.mapsExtents()) {
      fixture.skip("the volume does not declare extent maps; extents.refused-when-undeclared covers it");
    }
  }

  /** The unit in which sharing is checked: the clone granularity, or a 4 KiB block. */
  private static int unit(Fixture fixture) {
    long granule = fixture.capabilities.cloneGranularity();
    return granule > 0 ? (int) granule : 4096;
  }

  private static Path mappedFile(Fixture fixture, String name, int seed) throws IOException {
    Path file = fixture.file(name, content(UNITS * unit(fixture) + 100, seed));
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return file;
  }

  private static void extentsCoverTheBytes(Fixture fixture) throws IOException {
    requireMaps(fixture);
    Path a = mappedFile(fixture, "a", 41);
    Path b = mappedFile(fixture, "b", 42);
    List<Extent> extentsOfA = checkCovered(fixture, a, "a file written and flushed");
    long size = Files.size(a);
    for (Extent ofB : fixture.backend.extents(b)) {
      for (Extent ofA : extentsOfA) {
        check(!ofA.overlapsPhysically(ofB),
            "two files written apart share blocks on the volume: %s of one, %s of the other", ofA, ofB);
      }
    }
    Path directory = Files.createDirectory(fixture.path("directory"));
    expectThrows(NotRegularFileException.class, "extents of a directory", () -> fixture.backend.extents(directory));
    expectThrows(NoSuchFileException.class, "extents of a missing file", () -> fixture.backend.extents(fixture.path("missing")));
    fixture.note(extentsOfA.size() + " extent(s) for " + size + " bytes");
  }

  /** Returns the extents of {@code file}, checked to be in order and to cover every byte. */
  private static List<Extent> checkCovered(Fixture fixture, Path file, String what) throws IOException {
    List<Extent> extents = fixture.backend.extents(file);
    long size = Files.size(file);
    long covered = 0;
    for (Extent extent : extents) {
      check(extent.logical() == covered,
          "extents of %s (%,d bytes): expected a run at %,d, found %s in %s", what, size, covered, extent, extents);
      covered = extent.logicalEnd();
    }
    check(covered >= size, "extents of %s (%,d bytes) cover only %,d bytes: %s", what, size, covered, extents);
    return extents;
  }

  private static void refusedWhenUndeclared(Fixture fixture) throws IOException {
    if (fixture.capabilities.mapsExtents()) {
      fixture.skip("the volume declares extent maps");
    }
    Path a = fixture.file("a", content(10, 3));
    TreeSet<String> before = fixture.listing();
    expectThrows(UnsupportedOperationException.class, "extents on a volume that does not map them",
        () -> fixture.backend.extents(a));
    fixture.checkListing(before, "undeclared extents");
  }

  private static void cloneSharesBlocks(Fixture fixture) throws IOException {
    fixture.requireDeclared(Strategy.CLONE);
    requireMaps(fixture);
    int unit = unit(fixture);
    Path source = mappedFile(fixture, "source", 43);
    Path clone = fixture.path("clone");
    fixture.backend.clone(source, clone);
    List<Extent> ofSource = fixture.backend.extents(source);
    List<Extent> ofClone = fixture.backend.extents(clone);
    for (int i = 0; i < UNITS; i++) {
      long at = (long) i * unit;
      long here = physicalAt(ofSource, at);
      check(here >= 0 && here == physicalAt(ofClone, at),
          "clone: granule %d (offset %,d) of the clone is not where the source's is, so its bytes were"
              + " copied, not shared; source %s, clone %s", i, at, ofSource, ofClone);
    }
    byte[] rewrite = content(unit, 44);
    try (FileChannel channel = FileChannel.open(clone, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(rewrite), 0);
      channel.force(true);
    }
    List<Extent> sourceAfter = fixture.backend.extents(source);
    List<Extent> cloneAfter = fixture.backend.extents(clone);
    check(physicalAt(sourceAfter, 0) == physicalAt(ofSource, 0),
        "clone: a write to the clone moved the source's first granule: %s, then %s", ofSource, sourceAfter);
    check(physicalAt(cloneAfter, 0) >= 0 && physicalAt(cloneAfter, 0) != physicalAt(sourceAfter, 0),
        "clone: after a write to the clone its first granule has no place or still lies where the"
            + " source's does: %s", cloneAfter);
    check(physicalAt(cloneAfter, unit) >= 0 && physicalAt(cloneAfter, unit) == physicalAt(sourceAfter, unit),
        "clone: a write to the first granule stopped the second from being shared: source %s, clone %s",
        sourceAfter, cloneAfter);
    fixture.checkBytes(source, content(UNITS * unit + 100, 43), "clone: the source after a write to the clone");
    fixture.note(UNITS + " granules of " + unit + " bytes shared, then one moved by a write");
  }

  private static void physicalCopySharesNothing(Fixture fixture) throws IOException {
    fixture.requireDeclared(Strategy.COPY);
    requireMaps(fixture);
    Path source = mappedFile(fixture, "source", 45);
    Path copy = fixture.path("copy");
    fixture.backend.copy(source, copy, CopyMode.PHYSICAL);
    try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    List<Extent> ofSource = checkCovered(fixture, source, "the source");
    List<Extent> ofCopy = checkCovered(fixture, copy, "the physical copy");
    for (Extent mine : ofCopy) {
      for (Extent theirs : ofSource) {
        check(!mine.overlapsPhysically(theirs),
            "physical copy: its run %s shares blocks with the source's %s", mine, theirs);
      }
    }
  }

  /** Returns the volume offset of file offset {@code offset}, or -1 when no extent holds it. */
  private static long physicalAt(List<Extent> extents, long offset) {
    for (Extent extent : extents) {
      long physical = extent.physicalAt(offset);
      if (physical >= 0) {
        return physical;
      }
    }
    return -1;
  }
}
