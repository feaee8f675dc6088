/**
 * libc through JNA, for the backends that drive POSIX systems (posix, and ntfs-3g in the NTFS
 * backend): plain Java calls that fail with {@link dev.twinfile.os.posix.ErrnoException}, and
 * {@link dev.twinfile.os.posix.PosixFiles}, the status, copy, publish and errno mapping both
 * backends share. JNA types stay inside this module.
 */
module dev.twinfile.os.posix {
  requires transitive dev.twinfile.spi;
  requires com.sun.jna;

  exports dev.twinfile.os.posix;

  opens dev.twinfile.os.posix to
      com.sun.jna;
}
