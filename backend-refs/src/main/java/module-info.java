/**
 * ReFS backend: hard links on ReFS 3.5 and later, block cloning through {@code
 * FSCTL_DUPLICATE_EXTENTS_TO_FILE} with every rule ReFS sets (cluster alignment, calls under
 * 4 GiB, a pre-sized target, matching integrity and sparseness, one clone per source at a time),
 * and copies. Windows only; elsewhere the provider claims no volume.
 */
module dev.twinfile.backend.refs {
  requires transitive dev.twinfile.spi;
  requires dev.twinfile.os.windows;

  provides dev.twinfile.spi.BackendProvider with
      dev.twinfile.backend.refs.ReFsBackendProvider;
}
