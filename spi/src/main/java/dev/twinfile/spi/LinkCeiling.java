package dev.twinfile.spi;

/**
 * The most names one file may have on a volume: the original name plus every hard link.
 *
 * <p>A backend enforces its ceiling itself, also where the driver would let more links through
 * (ntfs-3g accepts 8,189 names where Windows stops at 1,024).
 */
public sealed interface LinkCeiling {

  /** Returns a known ceiling of {@code maxNames} names, with where the figure comes from. */
  static LinkCeiling known(long maxNames, String basis) {
    return new Known(maxNames, basis);
  }

  /** Returns a ceiling nobody knows yet, with why. */
  static LinkCeiling unknown(String why) {
    return new Unknown(why);
  }

  /** Returns whether a file that has {@code names} names may get one more. */
  boolean allowsAnotherName(long names);

  /** Where the figure comes from, or why there is none. */
  String basis();

  /**
   * A ceiling with a figure.
   *
   * @param maxNames the most names one file may have, at least 1
   * @param basis where the figure comes from (documentation, a measurement, a refusal)
   */
  record Known(long maxNames, String basis) implements LinkCeiling {
    /** Checks the figure. */
    public Known {
      if (maxNames < 1) {
        throw new IllegalArgumentException("a file has at least one name: " + maxNames);
      }
    }

    @Override
    public boolean allowsAnotherName(long names) {
      return names < maxNames;
    }
  }

  /**
   * No figure: links are attempted and a refusal from the filesystem is the ceiling.
   *
   * @param basis why there is no figure
   */
  record Unknown(String basis) implements LinkCeiling {
    @Override
    public boolean allowsAnotherName(long names) {
      return true;
    }
  }
}
