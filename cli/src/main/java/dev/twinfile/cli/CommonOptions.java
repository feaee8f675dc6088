package dev.twinfile.cli;

import dev.twinfile.core.Twinfile;
import java.util.Arrays;
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

  /** Returns why {@code --backend} names no backend there is, or null when it is fine. */
  String invalidBackend() {
    if (backend == null) {
      return null;
    }
    String known = Twinfile.builder().build().backendNames();
    return Arrays.asList(known.split(", ")).contains(backend)
        ? null
        : "--backend: no backend named '" + backend + "'; known: " + known;
  }
}
