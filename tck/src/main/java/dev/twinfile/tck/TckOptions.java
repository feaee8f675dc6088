package dev.twinfile.tck;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How thoroughly the TCK runs.
 *
 * @param seed the seed of the model test; the same seed reruns the same sequences
 * @param tries how many random operation sequences the model test runs
 * @param maxOperations the longest sequence
 * @param ceilingCap the most names the ceiling checks create; a larger ceiling is checked as far
 *     as this and the report says so
 * @param threads threads in the concurrency checks
 */
public record TckOptions(long seed, int tries, int maxOperations, long ceilingCap, int threads) {

  /** Checks the figures. */
  public TckOptions {
    if (tries < 1 || maxOperations < 1 || ceilingCap < 2 || threads < 2) {
      throw new IllegalArgumentException("tries, operations, cap and threads must be positive");
    }
  }

  /** Returns the defaults with a random seed: 100 tries of up to 40 operations, cap 70,000 names. */
  public static TckOptions defaults() {
    return new TckOptions(ThreadLocalRandom.current().nextLong(), 100, 40, 70_000, 8);
  }

  /** Returns these options with another seed. */
  public TckOptions withSeed(long newSeed) {
    return new TckOptions(newSeed, tries, maxOperations, ceilingCap, threads);
  }

  /** Returns these options with another number of tries. */
  public TckOptions withTries(int newTries) {
    return new TckOptions(seed, newTries, maxOperations, ceilingCap, threads);
  }

  /** Returns these options with another ceiling cap. */
  public TckOptions withCeilingCap(long newCap) {
    return new TckOptions(seed, tries, maxOperations, newCap, threads);
  }
}
