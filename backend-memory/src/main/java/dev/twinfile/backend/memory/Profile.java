package dev.twinfile.backend.memory;

import java.util.List;
import java.util.Locale;

/**
 * The behaviour of a real filesystem that a memory volume imitates: how many names a file may
 * have, whether and at what granularity it clones, and how many clones may share one block.
 *
 * @param name the profile's name, such as {@code ntfs} or {@code refs-64k}
 * @param fileSystem the filesystem imitated, as its own {@code FileStore.type()} would say
 * @param maxNames the most names one file may have (the original plus its links)
 * @param cloneGranularity the cluster or block size clones share at, or 0 when it cannot clone
 * @param shareLimit how many files may share one cluster, or 0 for no limit
 */
public record Profile(
    String name, String fileSystem, long maxNames, long cloneGranularity, long shareLimit) {

  /** NTFS: 1,024 names per file (MS-FSA), no block cloning. */
  public static final Profile NTFS = new Profile("ntfs", "NTFS", 1024, 0, 0);

  /** ReFS with 4 KiB clusters: 1,000,000 names, clones of whole clusters, 8,175 sharers. */
  public static final Profile REFS = new Profile("refs", "ReFS", 1_000_000, 4096, 8175);

  /** ReFS with 64 KiB clusters. */
  public static final Profile REFS_64K = new Profile("refs-64k", "ReFS", 1_000_000, 65536, 8175);

  /** ext4: 65,000 names, no cloning. */
  public static final Profile EXT4 = new Profile("ext4", "ext4", 65_000, 0, 0);

  /** btrfs: 65,535 names, clones at 4 KiB blocks. */
  public static final Profile BTRFS = new Profile("btrfs", "btrfs", 65_535, 4096, 0);

  /** xfs with reflink: 2^31 − 1 names, clones at 4 KiB blocks. */
  public static final Profile XFS = new Profile("xfs", "xfs", Integer.MAX_VALUE, 4096, 0);

  /** No ceiling worth the name (2^63 − 1 names), clones at 4 KiB blocks. */
  public static final Profile UNBOUNDED =
      new Profile("unbounded", "unbounded", Long.MAX_VALUE, 4096, 0);

  /** Checks the figures. */
  public Profile {
    if (maxNames < 1 || cloneGranularity < 0 || shareLimit < 0) {
      throw new IllegalArgumentException("impossible profile " + name);
    }
  }

  /** Returns every built-in profile. */
  public static List<Profile> all() {
    return List.of(NTFS, REFS, REFS_64K, EXT4, BTRFS, XFS, UNBOUNDED);
  }

  /**
   * Returns the built-in profile called {@code name} (case-insensitive).
   *
   * @throws IllegalArgumentException listing the names that exist
   */
  public static Profile named(String name) {
    for (Profile profile : all()) {
      if (profile.name.equals(name.toLowerCase(Locale.ROOT))) {
        return profile;
      }
    }
    throw new IllegalArgumentException(
        "no memory profile '" + name + "'; profiles: ntfs, refs, refs-64k, ext4, btrfs, xfs, unbounded");
  }

  /** Returns whether volumes of this profile can clone. */
  public boolean canClone() {
    return cloneGranularity > 0;
  }

  /** Returns whether volumes of this profile have hard links. */
  public boolean canLink() {
    return maxNames > 1;
  }
}
