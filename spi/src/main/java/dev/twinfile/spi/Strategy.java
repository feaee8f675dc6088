package dev.twinfile.spi;

/** The three ways to put a file at a second path, from cheapest to most independent. */
public enum Strategy {
  /** Another name of the same file: same identity, one more link on every name. */
  LINK,
  /** A new file that shares data blocks copy-on-write with the source. */
  CLONE,
  /** A new file with its own copy of the bytes. */
  COPY
}
