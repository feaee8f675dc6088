package dev.twinfile.tck;

import static dev.twinfile.tck.Fixture.check;
import static dev.twinfile.tck.Fixture.content;
import static dev.twinfile.tck.Fixture.expectThrows;

import dev.twinfile.core.Placement;
import dev.twinfile.core.Plan;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.Refusal;
import dev.twinfile.spi.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Ceiling exactness, behaviour across volumes, concurrency near the ceiling, and name listing. */
final class VolumeProperties {
  private VolumeProperties() {}

  static List<ContractProperty> all() {
    return List.of(
        new ContractProperty(
            "ceiling.exact",
            "a file reaches exactly the declared number of names; the next link is refused as a"
                + " ceiling with nothing left behind, and a plan falls back or re-anchors",
            VolumeProperties::ceilingExact),
        new ContractProperty(
            "other-volume.link-refused",
            "a link to another volume is refused as other-volume, leaving nothing on either",
            fixture -> otherVolumeRefused(fixture, Strategy.LINK)),
        new ContractProperty(
            "other-volume.clone-refused",
            "a clone to another volume is refused as other-volume, leaving nothing on either",
            fixture -> otherVolumeRefused(fixture, Strategy.CLONE)),
        new ContractProperty(
            "other-volume.plan-falls-back",
            "placing on another volume by link, clone, copy reports each refusal and copies",
            VolumeProperties::otherVolumeFallsBack),
        new ContractProperty(
            "concurrency.ceiling",
            "threads linking one source at its ceiling never exceed it; every target exists once,"
                + " every refusal leaves none",
            VolumeProperties::concurrentCeiling),
        new ContractProperty(
            "concurrency.reserve",
            "threads placing one source with a reserve link exactly up to it and copy the rest,"
                + " each fallback reported",
            VolumeProperties::concurrentReserve),
        new ContractProperty(
            "names.listed",
            "a backend that declares it lists names returns every name of a file; one that does"
                + " not throws UnsupportedOperationException",
            VolumeProperties::names));
  }

  private static void ceilingExact(Fixture fixture) throws IOException {
    fixture.requireDeclared(Strategy.LINK);
    long max = fixture.maxNames();
    if (max < 0) {
      fixture.skip("the ceiling is unknown: " + fixture.capabilities.linkCeiling().basis());
    }
    long cap = fixture.options.ceilingCap();
    Path source = fixture.file("source", content(64, 11));
    Path names = Files.createDirectory(fixture.path("names"));
    long reachable = Math.min(max, cap);
    for (long name = 2; name <= reachable; name++) {
      Path target = names.resolve(Long.toString(name));
      try {
        fixture.backend.link(source, target);
      } catch (IOException e) {
        throw new ContractViolation(
            String.format("ceiling: link number %,d was refused below the declared ceiling of %,d: %s", name, max, e), e);
      }
    }
    long count = fixture.status(source).linkCount();
    check(count < 0 || count == reachable, "ceiling: after %,d names the file reports %,d", reachable, count);
    if (max > cap) {
      fixture.note(String.format(Locale.ROOT,
          "checked up to the cap of %,d names; the declared ceiling of %,d was not reached", cap, max));
      return;
    }
    Path refused = fixture.path("refused");
    LinkCeilingException ceiling =
        expectThrows(LinkCeilingException.class, String.format("ceiling: link number %,d", max + 1),
            () -> fixture.backend.link(source, refused));
    fixture.checkAbsent(refused, "ceiling");
    check(ceiling.maxNames() == max || ceiling.maxNames() < 0,
        "ceiling: the refusal says the ceiling is %,d, the volume declares %,d", ceiling.maxNames(), max);
    long after = fixture.status(source).linkCount();
    check(after < 0 || after == max, "ceiling: after the refusal the file has %,d names, expected %,d", after, max);

    Placement fallback =
        fixture.engine().place(source, fixture.path("fallback"), Plan.of(Strategy.LINK, Strategy.COPY));
    check(fallback.strategy() == Strategy.COPY
            && fallback.refused().size() == 1
            && fallback.refused().get(0).refusal() == Refusal.LINK_CEILING,
        "ceiling: a link-then-copy plan gave %s after %s", fallback.strategy(), fallback.refused());

    var engine = fixture.engine();
    Plan reanchor = Plan.of(Strategy.LINK).onCeiling(Plan.OnCeiling.REANCHOR);
    Placement anchor = engine.place(source, fixture.path("anchor"), reanchor);
    Placement linked = engine.place(source, fixture.path("after-anchor"), reanchor);
    check(anchor.reanchored() && anchor.strategy() != Strategy.LINK,
        "ceiling: re-anchoring placed %s (reanchored %s)", anchor.strategy(), anchor.reanchored());
    check(linked.strategy() == Strategy.LINK && linked.origin().equals(fixture.path("anchor")),
        "ceiling: after re-anchoring, the next placement was %s from %s instead of a link to the anchor",
        linked.strategy(), linked.origin());
    check(fixture.status(fixture.path("anchor")).identity().equals(fixture.status(fixture.path("after-anchor")).identity()),
        "ceiling: the link to the anchor is not another name of it");
    fixture.checkBytes(fixture.path("after-anchor"), content(64, 11), "ceiling: re-anchored link");
    fixture.note(String.format(Locale.ROOT, "reached %,d names; the next was refused", max));
  }

  private static void otherVolumeRefused(Fixture fixture, Strategy strategy) throws IOException {
    fixture.requireDeclared(strategy);
    if (fixture.second == null) {
      fixture.skip("no second volume was given");
    }
    try (Scratch other = fixture.second.create()) {
      Path source = fixture.file("source", content(100, 12));
      Path target = other.resolve("target");
      OtherVolumeException refusal =
          expectThrows(OtherVolumeException.class, strategy + " to another volume",
              () -> StrategyProperties.place(fixture, strategy, source, target, CopyMode.DEFAULT));
      check(refusal.strategy() == strategy, "%s to another volume: the refusal names %s", strategy, refusal.strategy());
      fixture.checkAbsent(target, strategy + " to another volume");
      check(Files.list(other.directory()).findAny().isEmpty(),
          "%s to another volume: something was left in the other volume's directory", strategy);
      fixture.checkListing(new TreeSet<>(List.of("source")), strategy + " to another volume");
    }
  }

  private static void otherVolumeFallsBack(Fixture fixture) throws IOException {
    if (fixture.second == null) {
      fixture.skip("no second volume was given");
    }
    try (Scratch other = fixture.second.create()) {
      byte[] bytes = content(10_000, 13);
      Path source = fixture.file("source", bytes);
      Path target = other.resolve("target");
      Placement placement =
          fixture.engine().place(source, target, Plan.of(Strategy.LINK, Strategy.CLONE, Strategy.COPY));
      check(placement.strategy() == Strategy.COPY, "other volume: placed by %s, expected a copy", placement.strategy());
      List<Refusal> expected = new ArrayList<>();
      expected.add(fixture.declares(Strategy.LINK) ? Refusal.OTHER_VOLUME : Refusal.UNSUPPORTED);
      expected.add(fixture.declares(Strategy.CLONE) ? Refusal.OTHER_VOLUME : Refusal.UNSUPPORTED);
      List<Refusal> reported = placement.refused().stream().map(Placement.Attempt::refusal).toList();
      check(reported.equals(expected), "other volume: refusals reported %s, expected %s", reported, expected);
      fixture.checkBytes(target, bytes, "other volume: the copy");
    }
  }

  private static void concurrentCeiling(Fixture fixture) throws Exception {
    fixture.requireDeclared(Strategy.LINK);
    long max = fixture.maxNames();
    if (max < 0 || max > fixture.options.ceilingCap()) {
      fixture.skip(max < 0 ? "the ceiling is unknown" : String.format(Locale.ROOT,
          "the ceiling of %,d is beyond the cap of %,d; concurrency.reserve covers this volume", max, fixture.options.ceilingCap()));
    }
    int free = Math.min(8, (int) max - 1);
    Path source = fixture.file("source", content(32, 14));
    Path fill = Files.createDirectory(fixture.path("fill"));
    for (long name = 2; name <= max - free; name++) {
      fixture.backend.link(source, fill.resolve(Long.toString(name)));
    }
    Path race = Files.createDirectory(fixture.path("race"));
    List<Object> outcomes =
        race(fixture, source, race, Plan.of(Strategy.LINK).onCeiling(Plan.OnCeiling.FAIL), free);
    long placed = outcomes.stream().filter(Placement.class::isInstance).count();
    check(placed == free, "concurrency: %d links succeeded with %d names free below the ceiling", placed, free);
    for (Object outcome : outcomes) {
      if (outcome instanceof Exception e && !(e instanceof LinkCeilingException)) {
        throw new ContractViolation("concurrency: a placement failed with " + e, e);
      }
      if (outcome instanceof LinkCeilingException refusal) {
        fixture.checkAbsent(race.getFileSystem().getPath(refusal.getOtherFile()), "concurrency");
      }
    }
    long names = fixture.status(source).linkCount();
    check(names < 0 || names == max, "concurrency: the source ended with %,d names, the ceiling is %,d", names, max);
    try (var listed = Files.list(race)) {
      long count = listed.count();
      check(count == free, "concurrency: %d targets exist after %d successful links", count, free);
    }
  }

  private static void concurrentReserve(Fixture fixture) throws Exception {
    fixture.requireDeclared(Strategy.LINK);
    long max = fixture.maxNames();
    if (max < 10) {
      fixture.skip(max < 0 ? "the ceiling is unknown, so a reserve cannot apply" : "the ceiling is below 10 names");
    }
    byte[] bytes = content(32, 15);
    Path source = fixture.file("source", bytes);
    Path race = Files.createDirectory(fixture.path("race"));
    Plan plan = Plan.of(Strategy.LINK, Strategy.COPY).reserve(max - 9);
    List<Object> outcomes = race(fixture, source, race, plan, 8);
    long links = 0;
    for (Object outcome : outcomes) {
      if (!(outcome instanceof Placement placement)) {
        throw new ContractViolation("concurrency with a reserve: a placement failed with " + outcome, (Throwable) outcome);
      }
      fixture.checkBytes(placement.target(), bytes, "concurrency with a reserve");
      if (placement.strategy() == Strategy.LINK) {
        links++;
      } else {
        check(placement.refused().size() == 1 && placement.refused().get(0).refusal() == Refusal.LINK_CEILING,
            "concurrency with a reserve: a copy reported %s instead of the reserve's refusal", placement.refused());
      }
    }
    check(links == 8, "concurrency with a reserve: %d links were made with 8 names free above the reserve", links);
    long names = fixture.status(source).linkCount();
    check(names < 0 || names == 9, "concurrency with a reserve: the source has %d names, expected 9", names);
  }

  /**
   * Places {@code source} from many threads at once: as many placements as there are free names,
   * plus four per thread, so some must be refused whatever the number of threads.
   */
  private static List<Object> race(Fixture fixture, Path source, Path directory, Plan plan, int free)
      throws Exception {
    int threads = fixture.options.threads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    var engine = fixture.engine();
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < free + threads * 4; i++) {
        Path target = directory.resolve("t" + i);
        Callable<Object> task =
            () -> {
              start.await();
              try {
                return engine.place(source, target, plan);
              } catch (IOException e) {
                return e;
              }
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void names(Fixture fixture) throws IOException {
    Path a = fixture.file("a", content(5, 16));
    if (!fixture.capabilities.listsNames()) {
      expectThrows(UnsupportedOperationException.class, "names when not declared",
          () -> fixture.backend.names(a));
      return;
    }
    TreeSet<Path> expected = new TreeSet<>(List.of(a.toRealPath()));
    if (fixture.declares(Strategy.LINK)) {
      Path b = fixture.path("b");
      fixture.backend.link(a, b);
      expected.add(b.toRealPath());
      if (fixture.maxNames() < 0 || fixture.maxNames() >= 3) {
        Path c = fixture.path("sub/c");
        Files.createDirectories(c.getParent());
        fixture.backend.link(a, c);
        expected.add(c.toRealPath());
      }
    }
    TreeSet<Path> listed = new TreeSet<>();
    for (Path name : fixture.backend.names(a)) {
      listed.add(name.toRealPath());
    }
    check(listed.equals(expected), "names: listed %s, expected %s", listed, expected);
  }
}
