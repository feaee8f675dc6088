/**
 * libc through JNA, for the backends that drive POSIX systems (posix, and ntfs-3g in the NTFS
 * backend). Plain Java calls that report failures as {@link dev.twinfile.os.posix.ErrnoException}
 * with the errno and its name; JNA types stay inside this module.
 */
module dev.twinfile.os.posix {
  requires com.sun.jna;

  exports dev.twinfile.os.posix;

  opens dev.twinfile.os.posix to
      com.sun.jna;
}
