package dev.twinfile.tck;

/** A backend broke the contract; the message says which promise and how. */
public final class ContractViolation extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** Creates the violation with its explanation. */
  public ContractViolation(String message) {
    super(message);
  }

  /** Creates the violation with its explanation and the exception that revealed it. */
  public ContractViolation(String message, Throwable cause) {
    super(message, cause);
  }
}
