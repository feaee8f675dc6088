package dev.twinfile.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.backend.memory.MemoryVolume;
import dev.twinfile.backend.memory.Profile;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.Strategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/** Many threads placing one source near its ceiling: never above it, every target accounted for. */
class ConcurrentPlacementTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 20;

  private static List<Object> race(Twinfile twinfile, Path source, Path directory, Plan plan)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        for (int i = 0; i < PER_THREAD; i++) {
          Path target = directory.resolve("t" + t + "-" + i);
          Callable<Object> placement =
              () -> {
                start.await();
                try {
                  return twinfile.place(source, target, plan);
                } catch (LinkCeilingException e) {
                  return e;
                }
              };
          futures.add(pool.submit(placement));
        }
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

  @RepeatedTest(3)
  void linkOnlyNeverExceedsTheCeilingAndEveryRefusalLeavesNoTarget() throws Exception {
    try (MemoryVolume ntfs = MemoryVolume.create(Profile.NTFS)) {
      Path source = Files.writeString(ntfs.root().resolve("source"), "data");
      Path fill = Files.createDirectory(ntfs.root().resolve("fill"));
      for (int i = 1; i < 1000; i++) {
        Files.createLink(fill.resolve("f" + i), source);
      }
      Path race = Files.createDirectory(ntfs.root().resolve("race"));
      Twinfile twinfile = Twinfile.create();

      List<Object> outcomes =
          race(twinfile, source, race, Plan.of(Strategy.LINK).onCeiling(Plan.OnCeiling.FAIL));

      long placed = outcomes.stream().filter(Placement.class::isInstance).count();
      assertEquals(24, placed);
      assertEquals(THREADS * PER_THREAD - 24,
          outcomes.stream().filter(LinkCeilingException.class::isInstance).count());
      assertEquals(1024, ntfs.backend().status(source).linkCount());
      for (Object outcome : outcomes) {
        if (outcome instanceof Placement placement) {
          assertTrue(Files.exists(placement.target()));
        } else {
          LinkCeilingException refusal = (LinkCeilingException) outcome;
          assertFalse(Files.exists(ntfs.fileSystem().getPath(refusal.getOtherFile())));
        }
      }
      try (var files = Files.list(race)) {
        assertEquals(24, files.count());
      }
    }
  }

  @RepeatedTest(3)
  void withAFallbackEveryTargetExistsExactlyOnce() throws Exception {
    try (MemoryVolume ntfs = MemoryVolume.create(Profile.NTFS)) {
      Path source = Files.writeString(ntfs.root().resolve("source"), "data");
      Path fill = Files.createDirectory(ntfs.root().resolve("fill"));
      for (int i = 1; i < 1000; i++) {
        Files.createLink(fill.resolve("f" + i), source);
      }
      Path race = Files.createDirectory(ntfs.root().resolve("race"));

      List<Object> outcomes =
          race(Twinfile.create(), source, race, Plan.of(Strategy.LINK, Strategy.COPY).reserve(4));

      assertTrue(outcomes.stream().allMatch(Placement.class::isInstance));
      long links = outcomes.stream().filter(o -> ((Placement) o).strategy() == Strategy.LINK).count();
      assertEquals(20, links);
      assertEquals(1020, ntfs.backend().status(source).linkCount());
      try (var files = Files.list(race)) {
        assertEquals(THREADS * PER_THREAD, files.count());
      }
      for (Object outcome : outcomes) {
        Placement placement = (Placement) outcome;
        assertEquals("data", Files.readString(placement.target()));
        assertEquals(placement.strategy() == Strategy.COPY, placement.fellBack());
      }
    }
  }

  @RepeatedTest(3)
  void twoEngineInstancesKeepOneReserve() throws Exception {
    try (MemoryVolume ntfs = MemoryVolume.create(Profile.NTFS)) {
      Path source = Files.writeString(ntfs.root().resolve("source"), "data");
      Path race = Files.createDirectory(ntfs.root().resolve("race"));
      Plan plan = Plan.of(Strategy.LINK).onCeiling(Plan.OnCeiling.FAIL).reserve(1024 - 11);
      Twinfile first = Twinfile.create();
      Twinfile second = Twinfile.create();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> placed = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Twinfile twinfile = i % 2 == 0 ? first : second;
        Path target = race.resolve("t" + i);
        placed.add(pool.submit(() -> {
          start.await();
          try {
            twinfile.place(source, target, plan);
            return true;
          } catch (LinkCeilingException e) {
            return false;
          }
        }));
      }
      start.countDown();
      long links = 0;
      for (Future<Boolean> outcome : placed) {
        links += outcome.get() ? 1 : 0;
      }
      pool.shutdown();

      assertEquals(10, links);
      assertEquals(11, ntfs.backend().status(source).linkCount());
    }
  }
}
