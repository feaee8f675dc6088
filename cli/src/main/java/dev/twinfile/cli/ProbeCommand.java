package dev.twinfile.cli;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.Strategy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code twinfile probe}: which backend serves a path and what it declares. */
@Command(
    name = "probe",
    description = "Say which backend serves PATH's volume and what that backend declares it can do.",
    mixinStandardHelpOptions = true)
final class ProbeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", defaultValue = ".")
  Path path;

  @Override
  public Integer call() {
    String invalid = common.invalidBackend();
    if (invalid != null) {
      return Options.usageError(spec, invalid);
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      Backend backend = common.twinfile().backendFor(path);
      if (common.json) {
        out.println(Json.write(Reports.probe(path, backend)));
        return 0;
      }
      Capabilities capabilities = backend.capabilities();
      Map<String, Object> probe = Reports.probe(path, backend);
      out.printf("%s is served by the %s backend%n", path.toAbsolutePath().normalize(), backend.name());
      out.printf("  volume:       %s%n", backend.description());
      out.printf("  store type:   %s%n", backend.fileStoreType());
      out.printf(
          "  strategies:   %s%n",
          capabilities.strategies().stream().map(Reports::word).collect(Collectors.joining(", ")));
      Long max = (Long) probe.get("maxLinks");
      out.printf(
          "  link ceiling: %s (%s)%n",
          max == null ? "unknown" : Reports.count(max) + " names per file",
          capabilities.linkCeiling().basis());
      out.printf(
          "  clones:       %s%n",
          capabilities.supports(Strategy.CLONE)
              ? "yes, sharing " + Reports.count(capabilities.cloneGranularity()) + "-byte blocks"
              : "no");
      out.printf(
          "  lists names:  %s%n",
          capabilities.listsNames() ? "yes, by itself" : "by scanning a directory tree");
      out.printf(
          "  extent maps:  %s%n",
          capabilities.mapsExtents() ? "yes, shared blocks can be told from copies" : "no");
      return 0;
    } catch (IOException e) {
      return Options.failure(spec, common, e);
    }
  }
}
