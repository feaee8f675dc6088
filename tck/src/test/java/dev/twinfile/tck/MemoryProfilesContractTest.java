package dev.twinfile.tck;

import dev.twinfile.backend.memory.Profile;
import org.junit.jupiter.api.Nested;

/** The TCK on every memory profile, each with a second volume of the same profile. */
class MemoryProfilesContractTest {

  /** A profile's volumes, and a second volume of the same kind. */
  abstract static class OnProfile extends BackendContractTest {
    abstract Profile profile();

    @Override
    protected VolumeFactory volume() {
      return MemoryVolumes.of(profile());
    }

    @Override
    protected VolumeFactory secondVolume() {
      return MemoryVolumes.of(profile());
    }
  }

  @Nested
  class Ntfs extends OnProfile {
    @Override
    Profile profile() {
      return Profile.NTFS;
    }
  }

  @Nested
  class Refs extends OnProfile {
    @Override
    Profile profile() {
      return Profile.REFS;
    }
  }

  @Nested
  class Refs64k extends OnProfile {
    @Override
    Profile profile() {
      return Profile.REFS_64K;
    }
  }

  @Nested
  class Ext4 extends OnProfile {
    @Override
    Profile profile() {
      return Profile.EXT4;
    }
  }

  @Nested
  class Btrfs extends OnProfile {
    @Override
    Profile profile() {
      return Profile.BTRFS;
    }
  }

  @Nested
  class Xfs extends OnProfile {
    @Override
    Profile profile() {
      return Profile.XFS;
    }
  }

  @Nested
  class Unbounded extends OnProfile {
    @Override
    Profile profile() {
      return Profile.UNBOUNDED;
    }
  }

  /** Three names per file, so the model test's sequences reach the ceiling often. */
  @Nested
  class ThreeNames extends OnProfile {
    @Override
    Profile profile() {
      return new Profile("three-names", "tiny", 3, 4096, 0);
    }
  }

  /** Links but no clones, and only two names. */
  @Nested
  class TwoNamesNoClone extends OnProfile {
    @Override
    Profile profile() {
      return new Profile("two-names", "tiny", 2, 0, 0);
    }
  }
}
