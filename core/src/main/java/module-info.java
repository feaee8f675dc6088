/**
 * Twinfile's engine: picks a backend for each volume and places files by a {@link
 * dev.twinfile.core.Plan}, reporting every refused attempt in the {@link
 * dev.twinfile.core.Placement}.
 */
module dev.twinfile.core {
  requires transitive dev.twinfile.spi;

  exports dev.twinfile.core;

  uses dev.twinfile.spi.BackendProvider;
}
