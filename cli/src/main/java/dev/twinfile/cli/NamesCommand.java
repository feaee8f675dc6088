package dev.twinfile.cli;

import dev.twinfile.core.Names;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code twinfile names}: every name of a file. */
@Command(
    name = "names",
    description = {
      "List every name (hard link) of FILE.",
      "NTFS on Windows lists them itself (FindFirstFileNameW); elsewhere give --root: the tree",
      "under it is scanned, one status per entry, stopping once all names are found."
    },
    mixinStandardHelpOptions = true)
final class NamesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Option(names = "--root", paramLabel = "DIR", description = "The tree to scan where the backend cannot list names.")
  Path root;

  @Override
  public Integer call() {
    String invalid = common.invalidBackend();
    if (invalid != null) {
      return Options.usageError(spec, invalid);
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      Names names = common.twinfile().names(file, root);
      if (common.json) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        List<Object> listed = new ArrayList<>();
        names.names().forEach(name -> listed.add(name.toString()));
        json.put("names", listed);
        json.put("linkCount", names.linkCount());
        json.put("complete", names.complete());
        json.put("method", names.listedByBackend() ? "backend" : "scan");
        json.put("scanned", names.scanned());
        out.println(Json.write(json));
      } else {
        names.names().forEach(out::println);
        if (!names.complete()) {
          spec.commandLine().getErr().printf(
              "twinfile: found %d of %d names under %s; the others are outside it%n",
              names.names().size(), names.linkCount(), root);
        }
      }
      return 0;
    } catch (IOException e) {
      return Options.failure(spec, common, e);
    }
  }
}
