package dev.twinfile.spi;

/** How a {@link Strategy#COPY} may produce its bytes. */
public enum CopyMode {
  /**
   * Whatever the platform copy does; since JDK 20 that may share blocks on filesystems that can
   * clone, which still gives an independent file.
   */
  DEFAULT,
  /** Read and write every byte, so the copy shares no blocks with the source (backups). */
  PHYSICAL
}
