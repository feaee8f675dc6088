package dev.twinfile.tck;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.Extent;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Backends broken on purpose, each in one way, to prove the TCK catches it. */
final class Liars {
  private Liars() {}

  /** Passes everything to a real backend; liars override the lie. */
  abstract static class Delegating implements Backend {
    final Backend real;

    Delegating(Backend real) {
      this.real = real;
    }

    @Override
    public String name() {
      return "liar";
    }

    @Override
    public String fileStoreType() {
      return real.fileStoreType();
    }

    @Override
    public String description() {
      return getClass().getSimpleName() + " over " + real.description();
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
      real.clone(source, target);
    }

    @Override
    public void copy(Path source, Path target, CopyMode mode) throws IOException {
      real.copy(source, target, mode);
    }

    @Override
    public List<Path> names(Path file) throws IOException {
      return real.names(file);
    }

    @Override
    public List<Extent> extents(Path file) throws IOException {
      return real.extents(file);
    }
  }

  /** Declares CLONE but writes a byte copy: right bytes, right metadata, no shared block. */
  static final class CloneThatCopies extends Delegating {
    CloneThatCopies(Backend real) {
      super(real);
    }

    @Override
    public void clone(Path source, Path target) throws IOException {
      real.copy(source, target, CopyMode.PHYSICAL);
    }
  }

  /** Declares LINK but copies. */
  static final class LinkThatCopies extends Delegating {
    LinkThatCopies(Backend real) {
      super(real);
    }

    @Override
    public void link(Path source, Path target) throws IOException {
      real.copy(source, target, CopyMode.DEFAULT);
    }
  }

  /** Declares one name fewer than the volume allows, and lets the extra one through. */
  static final class CeilingPlusOne extends Delegating {
    CeilingPlusOne(Backend real) {
      super(real);
    }

    @Override
    public Capabilities capabilities() {
      Capabilities truth = real.capabilities();
      long max = ((LinkCeiling.Known) truth.linkCeiling()).maxNames();
      return new Capabilities(
          truth.strategies(), LinkCeiling.known(max - 1, "a lie"), truth.cloneGranularity(), truth.listsNames(),
          truth.mapsExtents());
    }
  }

  /** Declares CLONE but makes a hard link, so writes to the clone reach the source. */
  static final class CloneThatLeaks extends Delegating {
    CloneThatLeaks(Backend real) {
      super(real);
    }

    @Override
    public void clone(Path source, Path target) throws IOException {
      real.link(source, target);
    }
  }

  /** Refuses an undeclared clone but leaves an empty target behind. */
  static final class RefusalWithResidue extends Delegating {
    RefusalWithResidue(Backend real) {
      super(real);
    }

    @Override
    public void clone(Path source, Path target) throws IOException {
      Files.createFile(target);
      throw new StrategyUnsupportedException(Strategy.CLONE, source, target, "cannot clone", name(), null);
    }
  }
}
