package dev.twinfile.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.backend.memory.Profile;
import dev.twinfile.spi.Backend;
import java.io.IOException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The TCK fails each broken backend, at the property it breaks, with a readable message. */
class LiarsTest {
  private static final Profile SMALL = new Profile("small", "small", 5, 4096, 0);
  private static final Profile SMALL_NO_CLONE = new Profile("small-no-clone", "small", 5, 0, 0);

  private static TckReport run(Profile profile, Function<Backend, Backend> liar, long seed) throws IOException {
    TckOptions options = TckOptions.defaults().withSeed(seed).withTries(60);
    return Tck.run(MemoryVolumes.wrapped(profile, liar), MemoryVolumes.wrapped(profile, liar), options, null);
  }

  private static PropertyResult result(TckReport report, String property) {
    return report.results().stream().filter(r -> r.property().equals(property)).findFirst().orElseThrow();
  }

  private static void assertFailed(TckReport report, String property, String... words) {
    PropertyResult result = result(report, property);
    assertEquals(PropertyResult.Status.FAILED, result.status(), property + ": " + result.message());
    System.out.println("caught as expected, " + property + ": " + result.message());
    for (String word : words) {
      assertTrue(result.message().contains(word), property + " says: " + result.message());
    }
  }

  @Test
  void theHonestMemoryBackendPasses() throws IOException {
    TckReport report = run(SMALL, Function.identity(), 1);
    assertTrue(report.passed(), report.results().toString());
  }

  @Test
  void linkThatCopiesIsCaught() throws IOException {
    TckReport report = run(SMALL, Liars.LinkThatCopies::new, 2);
    assertFailed(report, "link.declared-works", "identity");
    assertFailed(report, "model.sequences", "seed", "minimal failing sequence", "link");
  }

  @Test
  void ceilingThatLetsOneMoreThroughIsCaught() throws IOException {
    TckReport report = run(SMALL, Liars.CeilingPlusOne::new, 3);
    assertFailed(report, "ceiling.exact", "expected LinkCeilingException but it succeeded");
  }

  @Test
  void cloneWhoseWritesLeakIsCaught() throws IOException {
    TckReport report = run(SMALL, Liars.CloneThatLeaks::new, 4);
    assertFailed(report, "clone.declared-works", "identity");
    assertFailed(report, "model.sequences", "clone");
  }

  @Test
  void cloneThatCopiesPassesEveryByteLevelCheckAndIsCaughtByTheExtentMap() throws IOException {
    TckReport report = run(SMALL, Liars.CloneThatCopies::new, 6);
    assertEquals(PropertyResult.Status.PASSED, result(report, "clone.declared-works").status());
    assertEquals(PropertyResult.Status.PASSED, result(report, "model.sequences").status());
    assertFailed(report, "clone.shares-blocks", "granule 0", "copied, not shared");
  }

  @Test
  void refusalThatLeavesAPartialTargetIsCaught() throws IOException {
    TckReport report = run(SMALL_NO_CLONE, Liars.RefusalWithResidue::new, 5);
    assertFailed(report, "clone.refused-when-undeclared", "left behind [b]");
    assertFailed(report, "model.sequences", "left behind");
  }

  @Test
  void thePrintedSeedRerunsTheSameMinimalFailure() throws IOException {
    String first = result(run(SMALL, Liars.LinkThatCopies::new, 77), "model.sequences").message();
    Matcher seed = Pattern.compile("seed (-?\\d+) reruns it").matcher(first);
    assertTrue(seed.find(), first);

    String again = result(run(SMALL, Liars.LinkThatCopies::new, Long.parseLong(seed.group(1))), "model.sequences").message();

    assertEquals(first, again);
  }
}
