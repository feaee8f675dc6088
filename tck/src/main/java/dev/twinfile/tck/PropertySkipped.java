package dev.twinfile.tck;

/** A property does not apply to the volume under test; thrown with the reason. */
final class PropertySkipped extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PropertySkipped(String reason) {
    super(reason, null, false, false);
  }
}
