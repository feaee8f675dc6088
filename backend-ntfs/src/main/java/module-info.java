/** NTFS backend: Windows through kernel32, NTFS under Linux through ntfs-3g. */
module dev.twinfile.backend.ntfs {
  requires transitive dev.twinfile.spi;
  requires dev.twinfile.os.posix;
  requires dev.twinfile.os.windows;
}
