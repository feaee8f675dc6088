/**
 * In-memory volumes on Jimfs with filesystem profiles (ntfs, refs, ext4, btrfs, xfs, unbounded):
 * exact link ceilings, identities and link counts, and clones that are independent files with
 * cluster-granular sharing modelled. Test code against NTFS's 1,024 names on any machine.
 */
module dev.twinfile.backend.memory {
  requires transitive dev.twinfile.spi;
  requires com.google.common.jimfs;

  exports dev.twinfile.backend.memory;

  provides dev.twinfile.spi.BackendProvider with
      dev.twinfile.backend.memory.MemoryBackendProvider;
}
