package dev.twinfile.tck;

/**
 * One promise of the backend contract, checked on a fresh scratch directory.
 *
 * @param name a dotted name such as {@code clone.declared-works}
 * @param promise what the backend promises, in one sentence
 * @param body the check; it throws {@link ContractViolation} when the promise is broken and
 *     {@link PropertySkipped} when it does not apply to the volume
 */
record ContractProperty(String name, String promise, Body body) {

  /** The check of one property. */
  @FunctionalInterface
  interface Body {
    void check(Fixture fixture) throws Exception;
  }
}
