/** ReFS backend: hard links and block cloning on Windows. */
module dev.twinfile.backend.refs {
  requires transitive dev.twinfile.spi;
  requires dev.twinfile.os.windows;
}
