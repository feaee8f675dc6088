package dev.twinfile.backend.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.twinfile.core.Twinfile;
import dev.twinfile.tck.BackendContractTest;
import dev.twinfile.tck.RealVolumes;
import dev.twinfile.tck.VolumeFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;

/** The TCK on the real loop-mounted volumes, each with a second ext4 volume. */
class PosixContractTest {

  /** One real volume, served by the backend Twinfile detects, which must be the POSIX one. */
  abstract static class OnVolume extends BackendContractTest {
    abstract String volumeName();

    @Override
    protected VolumeFactory volume() {
      Path mount = RealVolumes.require(volumeName());
      Twinfile twinfile = Twinfile.create();
      try {
        assertEquals("posix", twinfile.backendFor(mount).name(), "backend detected for " + mount);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      return VolumeFactory.inDirectory(mount, twinfile);
    }

    @Override
    protected VolumeFactory secondVolume() {
      return VolumeFactory.inDirectory(RealVolumes.require("ext4-other"), Twinfile.create());
    }
  }

  @Nested
  class Ext4 extends OnVolume {
    @Override
    String volumeName() {
      return "ext4";
    }
  }

  @Nested
  class Xfs extends OnVolume {
    @Override
    String volumeName() {
      return "xfs";
    }
  }

  @Nested
  class Btrfs extends OnVolume {
    @Override
    String volumeName() {
      return "btrfs";
    }
  }

  @Nested
  class Tmpfs extends OnVolume {
    @Override
    String volumeName() {
      return "tmpfs";
    }
  }
}
