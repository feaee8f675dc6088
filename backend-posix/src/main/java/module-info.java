/** Linux and macOS backend: link(2), FICLONE and clonefile(2), ceilings per filesystem. */
module dev.twinfile.backend.posix {
  requires transitive dev.twinfile.spi;
  requires dev.twinfile.os.posix;
}
