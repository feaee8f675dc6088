/** The {@code twinfile} command line. */
module dev.twinfile.cli {
  requires dev.twinfile.core;
  requires dev.twinfile.tck;
  requires info.picocli;

  opens dev.twinfile.cli to
      info.picocli;
}
