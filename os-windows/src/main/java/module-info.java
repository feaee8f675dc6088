/**
 * kernel32 through JNA, for the Windows backends (NTFS and ReFS). JNA types stay inside this
 * module.
 */
module dev.twinfile.os.windows {
  requires com.sun.jna;
  requires com.sun.jna.platform;
}
