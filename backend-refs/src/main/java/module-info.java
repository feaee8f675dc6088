/** ReFS backend: hard links and block cloning on Windows. */
module dev.twinfile.backend.refs {
  requires transitive dev.twinfile.spi;
  requires com.sun.jna;
  requires com.sun.jna.platform;
}
