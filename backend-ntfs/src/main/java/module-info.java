/**
 * NTFS backend: Windows through kernel32, and NTFS under Linux (ntfs-3g, or the kernel's ntfs3
 * driver) through libc, with Windows' 1,024 names per file enforced even where the driver would
 * allow more.
 */
module dev.twinfile.backend.ntfs {
  requires transitive dev.twinfile.spi;
  requires dev.twinfile.os.posix;
  requires dev.twinfile.os.windows;

  exports dev.twinfile.backend.ntfs;

  provides dev.twinfile.spi.BackendProvider with
      dev.twinfile.backend.ntfs.NtfsBackendProvider;
}
