/**
 * Twinfile's technology compatibility kit: the backend contract as properties gated by declared
 * capabilities, a stateful model test, ceiling exactness, other-volume and concurrency checks. Run
 * it from JUnit by extending {@link dev.twinfile.tck.BackendContractTest}, or on any directory with
 * {@link dev.twinfile.tck.Tck} (the {@code twinfile tck} command).
 */
module dev.twinfile.tck {
  requires transitive dev.twinfile.core;
  requires static org.junit.jupiter.api;
  requires quicktheories;
  requires jdk.unsupported;

  exports dev.twinfile.tck;
}
