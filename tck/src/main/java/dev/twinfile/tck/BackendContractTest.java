package dev.twinfile.tck;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The TCK as a JUnit 5 test: extend it, supply the volume under test (and optionally a second
 * volume), and every property of the contract becomes a test. Properties that do not apply to
 * what the volume declares are skipped with the reason.
 *
 * <pre>{@code
 * class MyBackendContractTest extends BackendContractTest {
 *   @Override
 *   protected VolumeFactory volume() {
 *     return VolumeFactory.inDirectory(Path.of("/mnt/myfs"), Twinfile.create());
 *   }
 * }
 * }</pre>
 *
 * <p>The model test's seed is random unless the system property {@code twinfile.tck.seed} or
 * the environment variable {@code TWINFILE_TCK_SEED} sets it; a failure prints the seed that
 * reruns it.
 */
public abstract class BackendContractTest {

  /** Returns the factory of scratch directories on the volume under test. */
  protected abstract VolumeFactory volume();

  /** Returns a factory on another volume, for the other-volume properties; null skips them. */
  protected VolumeFactory secondVolume() {
    return null;
  }

  /**
   * Returns properties the filesystem itself is known to break, each with the reason: they are
   * reported as skipped with that reason, and fail if they start passing, so the list stays true.
   * Empty by default; use it for the filesystem's behaviour, never for the backend's.
   */
  protected Map<String, String> knownFilesystemDefects() {
    return Map.of();
  }

  /** Returns how thoroughly to run; the defaults, with a seed from the environment if set. */
  protected TckOptions options() {
    TckOptions options = TckOptions.defaults();
    String seed = System.getProperty("twinfile.tck.seed", System.getenv("TWINFILE_TCK_SEED"));
    return seed == null || seed.isBlank() ? options : options.withSeed(Long.parseLong(seed.trim()));
  }

  /** Returns one test per property of the contract. */
  @TestFactory
  Stream<DynamicTest> contract() {
    VolumeFactory volume = volume();
    VolumeFactory second = secondVolume();
    TckOptions options = options();
    Tally tally = new Tally();
    Map<String, String> defects = knownFilesystemDefects();
    return Tck.properties().stream()
        .map(
            property ->
                DynamicTest.dynamicTest(
                    property.name(),
                    () -> {
                      PropertyResult result = Tck.run(property, volume, second, options, tally);
                      String defect = defects.get(property.name());
                      if (defect != null) {
                        if (result.status() == PropertyResult.Status.PASSED) {
                          throw new ContractViolation(property.name()
                              + " is listed as a known defect of this filesystem but passed; remove it from knownFilesystemDefects()");
                        }
                        Assumptions.abort("known defect of this filesystem: " + defect + " — the TCK says: " + result.message());
                      }
                      switch (result.status()) {
                        case FAILED -> throw new ContractViolation(
                            property.name() + ": " + result.message());
                        case SKIPPED -> Assumptions.abort(result.message());
                        default -> {
                          if (!result.message().isEmpty()) {
                            System.out.println(property.name() + ": " + result.message());
                          }
                        }
                      }
                    }));
  }
}
