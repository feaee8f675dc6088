package dev.twinfile.cli;

import dev.twinfile.core.Twinfile;
import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {
  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(
      names = "--backend",
      paramLabel = "NAME",
      description = "Use this backend instead of detecting one (posix, ntfs, refs, memory, nio).")
  String backend;

  /** Returns a Twinfile configured by these options. */
  Twinfile twinfile() {
    return Twinfile.builder().forceBackend(backend).build();
  }
}
