package dev.twinfile.core;

import dev.twinfile.spi.Refusal;
import dev.twinfile.spi.RefusedException;
import dev.twinfile.spi.Strategy;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a placement did: the strategy that placed the target, and every attempt refused before it.
 * Fallbacks are never silent: {@link #refused()} lists each one with its reason.
 *
 * @param source the source asked for
 * @param target the target now in place
 * @param strategy the strategy that placed it
 * @param origin the file the target was made from: the source, or an anchor with the same bytes
 *     when the source had reached its ceiling
 * @param reanchored whether the target became the new anchor for its source
 * @param backend the backend that did it
 * @param refused the attempts refused first, in order
 */
public record Placement(
    Path source,
    Path target,
    Strategy strategy,
    Path origin,
    boolean reanchored,
    String backend,
    List<Attempt> refused) {

  /** Freezes the list of refused attempts. */
  public Placement {
    Objects.requireNonNull(strategy, "strategy");
    refused = List.copyOf(refused);
  }

  /** Returns whether an earlier strategy was refused before this one succeeded. */
  public boolean fellBack() {
    return !refused.isEmpty();
  }

  /**
   * A strategy that was refused, and why.
   *
   * @param strategy the strategy tried
   * @param refusal the kind of refusal
   * @param reason the refusal's message, with paths and native code
   */
  public record Attempt(Strategy strategy, Refusal refusal, String reason) {

    /** Returns the attempt a refusal describes, for {@code strategy}. */
    public static Attempt of(Strategy strategy, RefusedException refusal) {
      return new Attempt(strategy, refusal.refusal(), refusal.getMessage());
    }
  }
}
