package dev.twinfile.core;

import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.Strategy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to place a file: strategies to try in order, and what to do when one is refused.
 *
 * <pre>{@code
 * Plan plan = Plan.of(Strategy.LINK, Strategy.COPY)
 *     .onCeiling(Plan.OnCeiling.REANCHOR)
 *     .reserve(16);
 * }</pre>
 *
 * @param strategies the strategies, tried in this order, each at most once
 * @param onCeiling what to do when a link is refused at the source's link ceiling (or a clone at
 *     the block-sharing limit)
 * @param reserve names kept free below the link ceiling, for later snapshots
 * @param onOtherVolume what to do when a link or clone is refused because the target is on
 *     another volume
 * @param onUnsupported what to do when the volume cannot do a strategy at all
 * @param copyMode whether a copy may share blocks with its source
 */
public record Plan(
    List<Strategy> strategies,
    OnCeiling onCeiling,
    long reserve,
    OnOtherVolume onOtherVolume,
    OnUnsupported onUnsupported,
    CopyMode copyMode) {

  /** What to do when the source has reached its link ceiling (or clone share limit). */
  public enum OnCeiling {
    /** Stop: the placement fails with the ceiling refusal. */
    FAIL,
    /** Try the plan's next strategy. */
    NEXT,
    /**
     * Make the target a fresh clone or copy and link later placements of the same source to it,
     * until it fills in turn.
     */
    REANCHOR
  }

  /** What to do when a link or clone is refused because the target is on another volume. */
  public enum OnOtherVolume {
    /** Stop: the placement fails with the refusal. */
    FAIL,
    /** Try the plan's next strategy. */
    NEXT
  }

  /** What to do when the volume cannot do a strategy. */
  public enum OnUnsupported {
    /** Stop: the placement fails with the refusal. */
    FAIL,
    /** Try the plan's next strategy. */
    NEXT
  }

  /** Checks the plan. */
  public Plan {
    Objects.requireNonNull(onCeiling, "onCeiling");
    Objects.requireNonNull(onOtherVolume, "onOtherVolume");
    Objects.requireNonNull(onUnsupported, "onUnsupported");
    Objects.requireNonNull(copyMode, "copyMode");
    strategies = List.copyOf(strategies);
    if (strategies.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one strategy");
    }
    if (EnumSet.copyOf(strategies).size() != strategies.size()) {
      throw new IllegalArgumentException("a strategy appears twice in the plan: " + strategies);
    }
    if (reserve < 0) {
      throw new IllegalArgumentException("the reserve cannot be negative: " + reserve);
    }
  }

  /**
   * Returns a plan of these strategies with the defaults: on a ceiling, other volume or
   * unsupported strategy go on to the next strategy; no reserve; default copies.
   */
  public static Plan of(Strategy... strategies) {
    return new Plan(
        List.of(strategies), OnCeiling.NEXT, 0, OnOtherVolume.NEXT, OnUnsupported.NEXT,
        CopyMode.DEFAULT);
  }

  /** Returns the default plan: clone, else link, else copy. */
  public static Plan cheapest() {
    return of(Strategy.CLONE, Strategy.LINK, Strategy.COPY);
  }

  /**
   * Parses a comma-separated list of strategies such as {@code clone,link,copy}, with the
   * defaults of {@link #of}.
   *
   * @throws IllegalArgumentException naming the word that is not a strategy
   */
  public static Plan parse(String strategies) {
    List<Strategy> parsed = new ArrayList<>();
    for (String word : strategies.split(",", -1)) {
      String trimmed = word.trim();
      try {
        parsed.add(Strategy.valueOf(trimmed.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "'" + trimmed + "' is not a strategy; use link, clone or copy", e);
      }
    }
    return of(parsed.toArray(new Strategy[0]));
  }

  /** Returns this plan with another ceiling policy. */
  public Plan onCeiling(OnCeiling policy) {
    return new Plan(strategies, policy, reserve, onOtherVolume, onUnsupported, copyMode);
  }

  /** Returns this plan keeping {@code names} names free below each link ceiling. */
  public Plan reserve(long names) {
    return new Plan(strategies, onCeiling, names, onOtherVolume, onUnsupported, copyMode);
  }

  /** Returns this plan with another other-volume policy. */
  public Plan onOtherVolume(OnOtherVolume policy) {
    return new Plan(strategies, onCeiling, reserve, policy, onUnsupported, copyMode);
  }

  /** Returns this plan with another unsupported-strategy policy. */
  public Plan onUnsupported(OnUnsupported policy) {
    return new Plan(strategies, onCeiling, reserve, onOtherVolume, policy, copyMode);
  }

  /** Returns this plan with another copy mode. */
  public Plan copyMode(CopyMode mode) {
    return new Plan(strategies, onCeiling, reserve, onOtherVolume, onUnsupported, mode);
  }
}
