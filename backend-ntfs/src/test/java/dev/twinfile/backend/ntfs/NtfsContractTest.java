package dev.twinfile.backend.ntfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.twinfile.core.Twinfile;
import dev.twinfile.tck.BackendContractTest;
import dev.twinfile.tck.RealVolumes;
import dev.twinfile.tck.VolumeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The TCK on the real ntfs-3g volume, with a second ext4 volume. */
class NtfsContractTest extends BackendContractTest {

  @Override
  protected VolumeFactory volume() {
    Path mount = RealVolumes.require("ntfs");
    Twinfile twinfile = Twinfile.create();
    try {
      assertEquals("ntfs", twinfile.backendFor(mount).name(), "backend detected for " + mount);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return VolumeFactory.inDirectory(mount, twinfile);
  }

  /** Measured on ntfs-3g 2022.10.3: each name has its own FUSE node and page cache. */
  @Override
  protected Map<String, String> knownFilesystemDefects() {
    return Map.of(
        "link.writes-seen-through-every-name",
        "ntfs-3g caches each name of a file apart; after a write through one name, another name"
            + " read earlier shows the old bytes until its cache drops (O_DIRECT reads and"
            + " drop_caches show the new ones)");
  }

  @Override
  protected VolumeFactory secondVolume() {
    return VolumeFactory.inDirectory(RealVolumes.require("ext4-other"), Twinfile.create());
  }
}
