package dev.twinfile.tck;

import dev.twinfile.spi.Capabilities;
import java.util.List;

/**
 * What a TCK run found: what the backend declares, what was measured on the filesystem itself,
 * and how each property fared.
 *
 * @param backend the backend's name
 * @param volume the backend's description of the volume
 * @param fileStoreType the volume's {@code FileStore.type()}
 * @param declared what the backend declares
 * @param measured what the filesystem did when driven directly, or null when not measured
 * @param results each property's outcome, in the order run
 * @param seed the model test's seed
 * @param modelOperations how many operations the model test executed
 * @param modelSequences how many sequences the model test ran, shrinking included
 * @param millis how long the run took
 */
public record TckReport(
    String backend,
    String volume,
    String fileStoreType,
    Capabilities declared,
    Measurements measured,
    List<PropertyResult> results,
    long seed,
    long modelOperations,
    long modelSequences,
    long millis) {

  /** Freezes the results. */
  public TckReport {
    results = List.copyOf(results);
  }

  /** Returns how many properties had {@code status}. */
  public long count(PropertyResult.Status status) {
    return results.stream().filter(result -> result.status() == status).count();
  }

  /** Returns whether no property failed. */
  public boolean passed() {
    return count(PropertyResult.Status.FAILED) == 0;
  }

  /**
   * What the filesystem itself did, driven through {@code java.nio.file} without the backend.
   *
   * @param namesReached how many names one file reached before the filesystem refused or the cap
   * @param ceilingReached whether the filesystem refused (false: the cap stopped the count)
   * @param refusal what the filesystem said when it refused, or null
   * @param cloneWorked whether a clone through the backend produced an independent equal file, or
   *     null when the volume does not declare clones
   * @param identitiesDistinct whether two files had different identities and one file's names the
   *     same one
   */
  public record Measurements(
      long namesReached,
      boolean ceilingReached,
      String refusal,
      Boolean cloneWorked,
      boolean identitiesDistinct) {}
}
