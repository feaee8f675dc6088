package dev.twinfile.spi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a backend declares it can do on one volume. The TCK holds it to every word: a declared
 * strategy must work, an undeclared one must be refused with {@link StrategyUnsupportedException}.
 *
 * @param strategies the strategies this volume performs
 * @param linkCeiling the most names one file may have
 * @param cloneGranularity the unit of block sharing in bytes (a cluster or block), or 0 when the
 *     volume cannot clone
 * @param listsNames whether the backend lists every name of a file without scanning directories
 * @param mapsExtents whether {@link Backend#extents} says where a file's bytes lie, so shared
 *     blocks can be told from copied ones
 */
public record Capabilities(
    Set<Strategy> strategies,
    LinkCeiling linkCeiling,
    long cloneGranularity,
    boolean listsNames,
    boolean mapsExtents) {

  /** Checks that the declaration is coherent and freezes the strategy set in enum order. */
  public Capabilities {
    EnumSet<Strategy> ordered = EnumSet.noneOf(Strategy.class);
    ordered.addAll(strategies);
    strategies = Collections.unmodifiableSet(ordered);
    if (strategies.contains(Strategy.CLONE) != (cloneGranularity > 0)) {
      throw new IllegalArgumentException(
          "CLONE must be declared exactly when the clone granularity is positive: "
              + strategies
              + ", granularity "
              + cloneGranularity);
    }
    if (cloneGranularity < 0) {
      throw new IllegalArgumentException("negative clone granularity: " + cloneGranularity);
    }
  }

  /** Returns whether {@code strategy} is declared. */
  public boolean supports(Strategy strategy) {
    return strategies.contains(strategy);
  }
}
