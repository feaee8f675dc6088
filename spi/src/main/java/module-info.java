/**
 * The contract between Twinfile's engine and its backends.
 *
 * <p>A {@link dev.twinfile.spi.BackendProvider} is found through {@link java.util.ServiceLoader}
 * and opens a {@link dev.twinfile.spi.Backend} for the volume that holds a path. The backend
 * declares its {@link dev.twinfile.spi.Capabilities} and performs the three strategies; every
 * refusal is a {@link dev.twinfile.spi.RefusedException} that leaves no target behind.
 */
module dev.twinfile.spi {
  exports dev.twinfile.spi;
}
