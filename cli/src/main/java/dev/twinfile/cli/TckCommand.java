package dev.twinfile.cli;

import dev.twinfile.core.Twinfile;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.tck.PropertyResult;
import dev.twinfile.tck.Tck;
import dev.twinfile.tck.TckOptions;
import dev.twinfile.tck.TckReport;
import dev.twinfile.tck.VolumeFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code twinfile tck}: hold a filesystem and its backend to the contract. */
@Command(
    name = "tck",
    description = {
      "Run the Twinfile TCK in scratch directories under DIR, with the backend chosen for DIR.",
      "Prints what the filesystem does, what the backend declares, and each property's result;",
      "exits 1 if any property fails. Scratch directories are removed afterwards."
    },
    mixinStandardHelpOptions = true)
final class TckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A writable directory on the volume to test.")
  Path directory;

  @Option(names = "--second", paramLabel = "DIR", description = "A directory on another volume, for the other-volume properties.")
  Path second;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the model test (a failure prints the one that reruns it).")
  Long seed;

  @Option(names = "--tries", paramLabel = "N", defaultValue = "100", description = "Random sequences the model test runs (default: ${DEFAULT-VALUE}).")
  int tries;

  @Option(names = "--cap", paramLabel = "N", defaultValue = "70000", description = "Most names the ceiling checks create (default: ${DEFAULT-VALUE}).")
  long cap;

  @Option(
      names = "--measure-cap",
      paramLabel = "N",
      description =
          "Most names the filesystem measurement creates (default: the --cap). On ntfs-3g each name"
              + " costs more than the last: 8,189 names take minutes to make and remove.")
  Long measureCap;

  @Override
  public Integer call() {
    String invalid = common.invalidBackend();
    if (invalid != null) {
      return Options.usageError(spec, invalid);
    }
    if (!Files.isDirectory(directory)) {
      return Options.usageError(spec, "tck: " + directory + " is not a directory");
    }
    if (second != null && !Files.isDirectory(second)) {
      return Options.usageError(spec, "tck: --second " + second + " is not a directory");
    }
    TckOptions options;
    try {
      options = TckOptions.defaults().withTries(tries).withCeilingCap(cap);
    } catch (IllegalArgumentException e) {
      return Options.usageError(spec, "tck: --tries must be at least 1 and --cap at least 2");
    }
    if (seed != null) {
      options = options.withSeed(seed);
    }
    Twinfile twinfile = common.twinfile();
    PrintWriter out = spec.commandLine().getOut();
    Progress progress = new Progress(spec.commandLine().getErr(), !common.json && System.console() != null, Tck.propertyNames().size());
    try {
      progress.begin("measuring the filesystem");
      TckReport report =
          Tck.run(
              VolumeFactory.inDirectory(directory, twinfile),
              second == null ? null : VolumeFactory.inDirectory(second, twinfile),
              options,
              result -> {
                progress.advance(result.property());
                if (!common.json) {
                  out.println(line(result));
                  out.flush();
                }
              },
              measureCap == null ? cap : measureCap);
      progress.end();
      if (common.json) {
        out.println(Json.write(json(report)));
      } else {
        printSheet(out, report);
      }
      return report.passed() ? 0 : Options.FAILED;
    } catch (IOException e) {
      progress.end();
      return Options.failure(spec, common, e);
    }
  }

  private static String line(PropertyResult result) {
    String tag =
        switch (result.status()) {
          case PASSED -> "PASS";
          case FAILED -> "FAIL";
          case SKIPPED -> "SKIP";
        };
    String text = result.message().isEmpty() ? "" : " — " + result.message().replace("\n", "\n       ");
    return String.format(Locale.ROOT, "  %s  %s (%,d ms)%s", tag, result.property(), result.millis(), text);
  }

  private void printSheet(PrintWriter out, TckReport report) {
    Capabilities declared = report.declared();
    Long max = Reports.maxNames(declared.linkCeiling());
    out.println();
    out.printf("Filesystem at %s%n", directory.toAbsolutePath().normalize());
    out.printf("  backend:     %s — %s%n", report.backend(), report.volume());
    out.printf("  declares:    %s; ceiling %s (%s); clones %s; lists names %s; maps extents %s%n",
        declared.strategies().stream().map(Reports::word).collect(Collectors.joining(", ")),
        max == null ? "unknown" : Reports.count(max) + " names",
        declared.linkCeiling().basis(),
        declared.cloneGranularity() > 0 ? "at " + Reports.count(declared.cloneGranularity()) + " bytes" : "no",
        declared.listsNames() ? "yes" : "no",
        declared.mapsExtents() ? "yes" : "no");
    TckReport.Measurements measured = report.measured();
    if (measured != null) {
      String names =
          measured.ceilingReached()
              ? "a file reached " + Reports.count(measured.namesReached()) + " names, then: " + measured.refusal()
              : "a file reached " + Reports.count(measured.namesReached()) + " names without refusal (the cap)";
      out.printf("  measured:    %s%n", names);
      if (max != null && measured.ceilingReached() && measured.namesReached() > max) {
        out.printf("               the backend enforces %s names, below what the driver allows%n", Reports.count(max));
      }
      out.printf("               identities %s; clone %s%n",
          measured.identitiesDistinct() ? "distinct and shared by links" : "NOT distinct",
          measured.cloneWorked() == null ? "not declared" : measured.cloneWorked() ? "worked" : "FAILED");
    }
    out.printf(Locale.ROOT, "  result:      %d passed, %d failed, %d skipped in %.1f s; model test %,d operations in %,d sequences, seed %d%n",
        report.count(PropertyResult.Status.PASSED),
        report.count(PropertyResult.Status.FAILED),
        report.count(PropertyResult.Status.SKIPPED),
        report.millis() / 1000.0,
        report.modelOperations(),
        report.modelSequences(),
        report.seed());
  }

  private Map<String, Object> json(TckReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("directory", directory.toString());
    json.put("backend", report.backend());
    json.put("volume", report.volume());
    json.put("fileStoreType", report.fileStoreType());
    Capabilities declared = report.declared();
    Map<String, Object> declares = new LinkedHashMap<>();
    declares.put("strategies", declared.strategies().stream().map(Reports::word).map(Object.class::cast).toList());
    declares.put("maxLinks", Reports.maxNames(declared.linkCeiling()));
    declares.put("ceilingBasis", declared.linkCeiling().basis());
    declares.put("cloneGranularity", declared.cloneGranularity());
    declares.put("listsNames", declared.listsNames());
    declares.put("mapsExtents", declared.mapsExtents());
    json.put("declared", declares);
    TckReport.Measurements measured = report.measured();
    if (measured != null) {
      Map<String, Object> measures = new LinkedHashMap<>();
      measures.put("namesReached", measured.namesReached());
      measures.put("ceilingReached", measured.ceilingReached());
      measures.put("refusal", measured.refusal());
      measures.put("cloneWorked", measured.cloneWorked());
      measures.put("identitiesDistinct", measured.identitiesDistinct());
      json.put("measured", measures);
    }
    List<Object> properties = new ArrayList<>();
    for (PropertyResult result : report.results()) {
      Map<String, Object> property = new LinkedHashMap<>();
      property.put("name", result.property());
      property.put("status", result.status().name().toLowerCase(Locale.ROOT));
      property.put("message", result.message());
      property.put("millis", result.millis());
      properties.add(property);
    }
    json.put("properties", properties);
    json.put("passed", report.count(PropertyResult.Status.PASSED));
    json.put("failed", report.count(PropertyResult.Status.FAILED));
    json.put("skipped", report.count(PropertyResult.Status.SKIPPED));
    json.put("seed", report.seed());
    json.put("modelOperations", report.modelOperations());
    json.put("modelSequences", report.modelSequences());
    json.put("millis", report.millis());
    return json;
  }
}
