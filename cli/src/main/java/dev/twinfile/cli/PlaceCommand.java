package dev.twinfile.cli;

import dev.twinfile.core.Placement;
import dev.twinfile.core.Plan;
import dev.twinfile.spi.CopyMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code twinfile place}: one file, by a plan. */
@Command(
    name = "place",
    description = {
      "Put SOURCE at TARGET by the first strategy of the plan the volume allows.",
      "Every refused strategy is reported with its reason; nothing is left behind on failure."
    },
    mixinStandardHelpOptions = true)
final class PlaceCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(
      names = "--plan",
      paramLabel = "S1,S2,…",
      defaultValue = "clone,link,copy",
      description = "Strategies to try in order: link, clone, copy (default: ${DEFAULT-VALUE}).")
  String plan;

  @Option(
      names = "--on-ceiling",
      paramLabel = "POLICY",
      defaultValue = "next",
      description =
          "When the source has reached its link ceiling: fail, next, or reanchor (make a fresh"
              + " clone or copy; within one process later placements link to it, so one"
              + " command makes it the new anchor for the API or a tree run). Default:"
              + " ${DEFAULT-VALUE}.")
  String onCeiling;

  @Option(
      names = "--on-other-volume",
      paramLabel = "POLICY",
      defaultValue = "next",
      description = "When source and target are on different volumes: fail or next.")
  String onOtherVolume;

  @Option(
      names = "--reserve",
      paramLabel = "N",
      defaultValue = "0",
      description = "Names to keep free below the link ceiling.")
  long reserve;

  @Option(
      names = "--physical-copy",
      description = "Copies read and write every byte, sharing no blocks with the source.")
  boolean physicalCopy;

  @Parameters(index = "0", paramLabel = "SOURCE")
  Path source;

  @Parameters(index = "1", paramLabel = "TARGET")
  Path target;

  @Override
  public Integer call() {
    String invalid = common.invalidBackend();
    if (invalid != null) {
      return Options.usageError(spec, invalid);
    }
    Plan parsed;
    try {
      parsed =
          Plan.parse(plan)
              .onCeiling(Options.policy(Plan.OnCeiling.class, onCeiling, "--on-ceiling"))
              .onOtherVolume(Options.policy(Plan.OnOtherVolume.class, onOtherVolume, "--on-other-volume"))
              .reserve(reserve)
              .copyMode(physicalCopy ? CopyMode.PHYSICAL : CopyMode.DEFAULT);
    } catch (IllegalArgumentException e) {
      return Options.usageError(spec, e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      Placement placement = common.twinfile().place(source, target, parsed);
      if (common.json) {
        out.println(Json.write(Reports.placement(placement)));
      } else {
        out.printf(
            "%s %s -> %s (%s backend)%s%n",
            Reports.word(placement.strategy()),
            placement.origin(),
            placement.target(),
            placement.backend(),
            placement.reanchored() ? ", new anchor for later links" : "");
        for (Placement.Attempt attempt : placement.refused()) {
          out.printf(
              "  refused %s (%s): %s%n",
              Reports.word(attempt.strategy()), attempt.refusal().code(), attempt.reason());
        }
      }
      return 0;
    } catch (IOException e) {
      return Options.failure(spec, common, e);
    }
  }
}
