package dev.twinfile.backend.refs;

import dev.twinfile.os.windows.FileInfo;
import dev.twinfile.os.windows.IntegrityInfo;
import dev.twinfile.os.windows.VolumeInfo;
import dev.twinfile.os.windows.Win32Exception;
import dev.twinfile.os.windows.WinFile;
import dev.twinfile.os.windows.WindowsBackend;
import dev.twinfile.os.windows.WindowsCopies;
import dev.twinfile.os.windows.WindowsFiles;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.CeilingEnforcer;
import dev.twinfile.spi.IdentityLocks;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.Targets;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One ReFS volume through kernel32. Identities are the 128-bit ids of {@code FILE_ID_INFO}; the
 * 64-bit index is not unique on ReFS.
 *
 * <p>Clones follow Microsoft's block-cloning rules: the target is created under a temporary name
 * (marked delete-on-close until it is whole), given the source's integrity setting while empty and
 * made sparse when the source is, sized to the source's exact length, then cloned cluster-aligned
 * in calls under 4 GiB ({@link ClonePlan}); times and attributes follow, and the file is published
 * under its name. Clones of one source are serialised, because parallel clones of one source have
 * produced zero-filled targets.
 *
 * <p>Links (ReFS 3.5 and later) are held to the declared ceiling by a {@link CeilingEnforcer}.
 */
final class ReFsBackend extends WindowsBackend {
  static final String NAME = ReFsErrors.BACKEND;
  private static final System.Logger LOGGER = System.getLogger(ReFsBackend.class.getName());

  private final long clusterSize;
  private final Capabilities capabilities;

  ReFsBackend(VolumeInfo volume, long clusterSize) {
    // ReFS publishes no link ceiling: 1,000,000 is enforced, but a refusal below it is reported
    // at the count it came at.
    super(NAME, volume, ReFsVolume.MAX_NAMES, -1, "this ReFS volume has no hard links (they came with ReFS 3.5)");
    this.clusterSize = clusterSize;
    this.capabilities = ReFsVolume.capabilities(volume, clusterSize);
  }

  @Override
  public String description() {
    return ReFsVolume.describe(volume(), clusterSize);
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public void clone(Path source, Path target) throws IOException {
    if (!capabilities.supports(Strategy.CLONE)) {
      throw new StrategyUnsupportedException(
          Strategy.CLONE,
          source,
          target,
          volume().supportsBlockRefcounting()
              ? "the cluster size of this ReFS volume is unknown"
              : "this ReFS volume does not report FILE_SUPPORTS_BLOCK_REFCOUNTING",
          NAME,
          null);
    }
    requireDefaultFileSystem(Strategy.CLONE, source, target);
    WinFile from;
    try {
      from = WinFile.openForReading(source);
    } catch (Win32Exception e) {
      throw ReFsErrors.status(e, source);
    }
    try {
      FileInfo info;
      try {
        info = from.info();
      } catch (Win32Exception e) {
        throw ReFsErrors.status(e, source);
      }
      FileStatus status = info.toStatus();
      if (!status.isRegularFile()) {
        throw new NotRegularFileException(source, target, status.kind(), NAME, null);
      }
      WindowsCopies.requireNewTarget(target);
      // Followed: a directory that is a mount point or junction leads to another volume.
      Path directory = target.toAbsolutePath().getParent();
      long targetVolume;
      try {
        targetVolume = WindowsFiles.statusFollowingLinks(directory).volumeSerial();
      } catch (Win32Exception e) {
        if (!ReFsErrors.lacksFileIds(e)) {
          throw ReFsErrors.status(e, directory);
        }
        // A volume without 128-bit file ids (FAT, exFAT …) is not the source's ReFS volume.
        targetVolume = ~info.volumeSerial();
      }
      if (targetVolume != info.volumeSerial()) {
        throw new OtherVolumeException(Strategy.CLONE, source, target, NAME, null);
      }
      synchronized (IdentityLocks.SHARED.lockFor(status.identity())) {
        cloneSerialised(from, info, source, target);
      }
    } finally {
      try {
        from.close();
      } catch (Win32Exception e) {
        // The clone is decided by now either way; a read handle that will not close is logged.
        LOGGER.log(System.Logger.Level.WARNING, "could not close the clone source " + source, e);
      }
    }
  }

  /** Clones the open {@code from} to {@code target}; the caller holds the source's lock. */
  private void cloneSerialised(WinFile from, FileInfo info, Path source, Path target)
      throws IOException {
    Path temporary = null;
    WinFile to = null;
    for (int attempt = 1; to == null; attempt++) {
      temporary = Targets.temporarySibling(target);
      try {
        to = WinFile.createNew(temporary);
      } catch (Win32Exception e) {
        if (e.code() == ReFsErrors.ERROR_FILE_EXISTS && attempt < 3) {
          continue; // Another file took this random temporary name: draw another.
        }
        throw ReFsErrors.targetSide(e, source, target);
      }
    }
    boolean readOnly;
    try {
      // Until it is whole, closing the handle (or the process dying) removes the temporary file.
      to.setDeleteOnClose(true);
      IntegrityInfo integrity = integrityOf(from);
      if (integrity != null && !to.integrity().sameSettingAs(integrity)) {
        to.setIntegrity(integrity); // only while the target is empty
      }
      if (info.isSparse()) {
        to.setSparse();
      }
      ClonePlan plan =
          ClonePlan.of(
              info.size(),
              ReFsVolume.chooseClusterSize(
                  integrity == null ? 0 : integrity.clusterSize(), clusterSize));
      to.setEndOfFile(plan.endOfFile());
      for (ClonePlan.Region region : plan.regions()) {
        to.duplicateExtentsFrom(from, region.offset(), region.offset(), region.length());
      }
      // Read-only waits until the clone is published: a read-only temporary cannot be removed.
      readOnly = to.copyTimesAndAttributesFrom(from, false);
      to.setDeleteOnClose(false);
      to.close();
    } catch (Win32Exception e) {
      IOException mapped = ReFsErrors.clone(e, source, target, sameVolume(to, info));
      discard(to, temporary, mapped);
      throw mapped;
    } catch (RuntimeException | Error e) {
      // An Error too: the delete-pending handle must not stay open until the process exits.
      discard(to, temporary, e);
      throw e;
    }
    Targets.publish(temporary, target);
    WindowsCopies.makeReadOnly(target, readOnly, failure -> ReFsErrors.targetSide(failure, source, target));
  }

  /**
   * Returns the source's integrity setting and cluster size, or null where the volume answers
   * that it has no integrity information (then there is no setting to match).
   */
  private static IntegrityInfo integrityOf(WinFile from) throws Win32Exception {
    try {
      return from.integrity();
    } catch (Win32Exception e) {
      if (e.code() == ReFsErrors.ERROR_INVALID_FUNCTION
          || e.code() == ReFsErrors.ERROR_NOT_SUPPORTED) {
        return null;
      }
      throw e;
    }
  }

  /** Returns whether the temporary target landed on the source's volume, as far as known. */
  private static boolean sameVolume(WinFile to, FileInfo source) {
    try {
      return to.info().volumeSerial() == source.volumeSerial();
    } catch (Win32Exception | RuntimeException e) {
      return true; // Unknown: do not claim another volume.
    }
  }

  /** Closes the unfinished target (which deletes it) and makes sure its name is gone. */
  private static void discard(WinFile to, Path temporary, Throwable cause) {
    try {
      to.close();
    } catch (Win32Exception | RuntimeException e) {
      cause.addSuppressed(e);
    }
    WindowsCopies.discard(temporary, cause);
  }
}
