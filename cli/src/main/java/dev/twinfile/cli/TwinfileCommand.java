package dev.twinfile.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code twinfile} command. */
@Command(
    name = "twinfile",
    description = "Place a file at a second path as cheaply as the filesystem allows: link, clone or copy.",
    mixinStandardHelpOptions = true,
    versionProvider = TwinfileCommand.Version.class,
    subcommands = {
      PlaceCommand.class,
      ProbeCommand.class,
      TckCommand.class,
      NamesCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 done (fallbacks are reported, not failures), 1 failed or refused, 2 bad usage."
    })
public final class TwinfileCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return new CommandLine(new TwinfileCommand()).execute(args);
  }

  /** Entry point of the {@code twinfile} launcher. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = TwinfileCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "twinfile " + (version == null ? "(development build)" : version),
        "Java " + Runtime.version() + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
      };
    }
  }
}
