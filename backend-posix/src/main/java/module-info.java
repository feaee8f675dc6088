/**
 * Linux and macOS backend: link(2), FICLONE and clonefile(2), a link ceiling per filesystem type
 * and errno mapped to Twinfile's typed exceptions.
 */
module dev.twinfile.backend.posix {
  requires transitive dev.twinfile.spi;
  requires dev.twinfile.os.posix;

  exports dev.twinfile.backend.posix;

  provides dev.twinfile.spi.BackendProvider with
      dev.twinfile.backend.posix.PosixBackendProvider;
}
