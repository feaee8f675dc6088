package dev.twinfile.tck;

/**
 * How one property of the contract fared.
 *
 * @param property the property's name, such as {@code link.declared-works}
 * @param status passed, failed or skipped
 * @param message why it failed or was skipped, or what a pass covered (empty when nothing to add)
 * @param millis how long it took
 */
public record PropertyResult(String property, Status status, String message, long millis) {

  /** The outcome of a property. */
  public enum Status {
    /** The backend kept the property. */
    PASSED,
    /** The backend broke the property; the message says how. */
    FAILED,
    /** The property does not apply to what the volume declares; the message says why. */
    SKIPPED
  }
}
