package dev.twinfile.cli;

import dev.twinfile.core.Placement;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.RefusedException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.TwinfileException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns results into the maps printed as JSON, and into lines of text. */
final class Reports {
  private Reports() {}

  static String word(Strategy strategy) {
    return strategy == null ? null : strategy.name().toLowerCase(Locale.ROOT);
  }

  static Map<String, Object> placement(Placement placement) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", placement.source().toString());
    json.put("target", placement.target().toString());
    json.put("strategy", word(placement.strategy()));
    json.put("origin", placement.origin().toString());
    json.put("reanchored", placement.reanchored());
    json.put("backend", placement.backend());
    json.put("attempts", attempts(placement.refused()));
    return json;
  }

  static List<Object> attempts(List<Placement.Attempt> refused) {
    List<Object> attempts = new ArrayList<>();
    for (Placement.Attempt attempt : refused) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("strategy", word(attempt.strategy()));
      json.put("reason", attempt.refusal().code());
      json.put("message", attempt.reason());
      attempts.add(json);
    }
    return attempts;
  }

  static Map<String, Object> error(Exception error) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", error.getClass().getSimpleName());
    json.put("message", error.getMessage());
    if (error instanceof FileSystemException fileError) {
      json.put("file", fileError.getFile());
      json.put("otherFile", fileError.getOtherFile());
    }
    if (error instanceof TwinfileException twinfileError) {
      json.put("backend", twinfileError.backend());
      json.put(
          "nativeCode",
          twinfileError.nativeCode().isPresent() ? twinfileError.nativeCode().getAsInt() : null);
    }
    if (error instanceof RefusedException refusal) {
      json.put("strategy", word(refusal.strategy()));
      json.put("reason", refusal.refusal().code());
    }
    json.put("attempts", earlierRefusals(error));
    return json;
  }

  /** Returns the refusals before the one that stopped a plan, or before any other failure. */
  private static List<Object> earlierRefusals(Exception error) {
    List<Object> earlier = new ArrayList<>();
    for (Throwable suppressed : error.getSuppressed()) {
      if (suppressed instanceof RefusedException before) {
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("strategy", word(before.strategy()));
        attempt.put("reason", before.refusal().code());
        attempt.put("message", before.getMessage());
        earlier.add(attempt);
      }
    }
    return earlier;
  }

  static Map<String, Object> probe(Path path, Backend backend) {
    Capabilities capabilities = backend.capabilities();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("path", path.toString());
    json.put("backend", backend.name());
    json.put("fileStoreType", backend.fileStoreType());
    json.put("description", backend.description());
    List<Object> strategies = new ArrayList<>();
    capabilities.strategies().forEach(strategy -> strategies.add(word(strategy)));
    json.put("strategies", strategies);
    json.put("maxLinks", maxNames(capabilities.linkCeiling()));
    json.put("ceilingBasis", capabilities.linkCeiling().basis());
    json.put("cloneGranularity", capabilities.cloneGranularity());
    json.put("listsNames", capabilities.listsNames());
    json.put("mapsExtents", capabilities.mapsExtents());
    return json;
  }

  static Long maxNames(LinkCeiling ceiling) {
    return ceiling instanceof LinkCeiling.Known known ? known.maxNames() : null;
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
