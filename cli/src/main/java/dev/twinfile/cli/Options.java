package dev.twinfile.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Parsing helpers and the exit codes shared by the subcommands. */
final class Options {
  /** The operation failed or was refused; nothing was left behind. */
  static final int FAILED = 1;

  /** The command line was wrong. */
  static final int USAGE = 2;

  private Options() {}

  /** Parses a policy word such as {@code reanchor} into its enum constant. */
  static <E extends Enum<E>> E policy(Class<E> type, String word, String option) {
    try {
      return Enum.valueOf(type, word.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
      }
      throw new IllegalArgumentException(
          option + ": '" + word + "' is not one of " + allowed, e);
    }
  }

  static int usageError(CommandSpec spec, String message) {
    CommandLine line = spec.commandLine();
    line.getErr().println(message);
    line.usage(line.getErr());
    return USAGE;
  }

  static int failure(CommandSpec spec, CommonOptions common, Exception error) {
    if (common.json) {
      spec.commandLine().getOut().println(Json.write(java.util.Map.of("error", Reports.error(error))));
    } else {
      spec.commandLine().getErr().println("twinfile: " + error.getMessage());
      for (Throwable earlier : error.getSuppressed()) {
        spec.commandLine().getErr().println("  refused first: " + earlier.getMessage());
      }
    }
    return FAILED;
  }
}
