/**
 * kernel32 through JNA, for the Windows backends (NTFS and ReFS): hard links, link counts, 128-bit
 * file ids, the names of a file, volume flags and the ReFS block-cloning controls. JNA types stay
 * inside this module; callers see records, numbers, strings, paths and {@link
 * dev.twinfile.os.windows.WinFile} handles. {@link dev.twinfile.os.windows.WindowsCopies} holds
 * what both backends do alike to copy a file whole.
 */
module dev.twinfile.os.windows {
  requires transitive dev.twinfile.spi;
  requires com.sun.jna;
  requires com.sun.jna.platform;

  exports dev.twinfile.os.windows;

  // JNA builds a proxy for the package-private library interface and reads its options.
  opens dev.twinfile.os.windows to
      com.sun.jna;
}
