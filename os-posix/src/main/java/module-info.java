/** libc through JNA, for the posix backend and the ntfs-3g side of the NTFS backend. */
module dev.twinfile.os.posix {
  requires com.sun.jna;
}
