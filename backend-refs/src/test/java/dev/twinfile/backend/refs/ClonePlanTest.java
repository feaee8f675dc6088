package dev.twinfile.backend.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.backend.refs.ClonePlan.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClonePlanTest {
  private static final long KIB = 1024;
  private static final long GIB = 1024 * 1024 * 1024;
  private static final long FOUR_GIB = 4 * GIB;

  static Stream<Arguments> sizes() {
    List<Arguments> cases = new ArrayList<>();
    for (long cluster : new long[] {4 * KIB, 64 * KIB}) {
      for (long size :
          new long[] {
            0, 1, cluster - 1, cluster, cluster + 1, FOUR_GIB - cluster, FOUR_GIB, FOUR_GIB + 1,
            9 * GIB
          }) {
        cases.add(Arguments.of(size, cluster));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "size {0}, cluster {1}")
  @MethodSource("sizes")
  void coversTheRoundedUpSizeInAlignedCallsUnder4GiB(long size, long cluster) {
    ClonePlan plan = ClonePlan.of(size, cluster);
    assertEquals(size, plan.endOfFile(), "target end of file is exactly the source size");
    long rounded = (size + cluster - 1) / cluster * cluster;
    long next = 0;
    for (Region region : plan.regions()) {
      assertEquals(0, region.offset() % cluster, "offset aligned: " + region);
      assertEquals(0, region.length() % cluster, "length aligned: " + region);
      assertTrue(region.length() > 0, "empty region: " + region);
      assertTrue(region.length() < FOUR_GIB, "one call under 4 GiB: " + region);
      assertEquals(next, region.offset(), "contiguous, no overlap: " + region);
      next = region.offset() + region.length();
    }
    assertEquals(rounded, next, "covers the size rounded up to a cluster");
    assertEquals(rounded, plan.coveredBytes());
    assertTrue(next - size < cluster, "no more than the last partial cluster beyond the end");
  }

  @Test
  void anEmptyFileNeedsNoCall() {
    assertEquals(List.of(), ClonePlan.of(0, 4 * KIB).regions());
  }

  @Test
  void smallFilesAreOneClusterOrTwo() {
    assertEquals(List.of(new Region(0, 4 * KIB)), ClonePlan.of(1, 4 * KIB).regions());
    assertEquals(List.of(new Region(0, 4 * KIB)), ClonePlan.of(4 * KIB - 1, 4 * KIB).regions());
    assertEquals(List.of(new Region(0, 4 * KIB)), ClonePlan.of(4 * KIB, 4 * KIB).regions());
    assertEquals(List.of(new Region(0, 8 * KIB)), ClonePlan.of(4 * KIB + 1, 4 * KIB).regions());
    assertEquals(List.of(new Region(0, 64 * KIB)), ClonePlan.of(1, 64 * KIB).regions());
  }

  @Test
  void splitsAtFourGibMinusOneCluster() {
    long c = 64 * KIB;
    assertEquals(List.of(new Region(0, FOUR_GIB - c)), ClonePlan.of(FOUR_GIB - c, c).regions());
    assertEquals(
        List.of(new Region(0, FOUR_GIB - c), new Region(FOUR_GIB - c, c)),
        ClonePlan.of(FOUR_GIB, c).regions());
    assertEquals(
        List.of(new Region(0, FOUR_GIB - c), new Region(FOUR_GIB - c, 2 * c)),
        ClonePlan.of(FOUR_GIB + 1, c).regions());
    assertEquals(
        List.of(
            new Region(0, FOUR_GIB - c),
            new Region(FOUR_GIB - c, FOUR_GIB - c),
            new Region(2 * (FOUR_GIB - c), 9 * GIB - 2 * (FOUR_GIB - c))),
        ClonePlan.of(9 * GIB, c).regions());
  }

  @Test
  void hugeFilesCostNoMemory() {
    ClonePlan plan = ClonePlan.of(1L << 55, 4 * KIB); // ReFS's 35 PB maximum is about 2^55
    List<Region> regions = plan.regions();
    assertEquals((1L << 55) / (FOUR_GIB - 4 * KIB) + 1, regions.size());
    Region last = regions.get(regions.size() - 1);
    assertEquals(1L << 55, last.offset() + last.length());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 256, 1000, 3 * 4096, -4096, 4 * 1024 * 1024, 1L << 32})
  void refusesWhatIsNotAClusterSize(long cluster) {
    assertThrows(IllegalArgumentException.class, () -> ClonePlan.of(100, cluster));
  }

  @Test
  void refusesImpossibleSizes() {
    assertThrows(IllegalArgumentException.class, () -> ClonePlan.of(-1, 4 * KIB));
    assertThrows(IllegalArgumentException.class, () -> ClonePlan.of(Long.MAX_VALUE, 4 * KIB));
  }
}
