package dev.twinfile.backend.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.os.windows.VolumeInfo;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.Strategy;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReFsVolumeTest {
  static final int HARD_LINKS = 0x0040_0000;
  static final int BLOCK_REFCOUNTING = 0x0800_0000;
  static final int BASE = 0x0000_00CF | 0x0004_0000 | 0x0400_0000; // names, sparse, streams, integrity

  static VolumeInfo refs(int flags) {
    return new VolumeInfo("D:\\", "ReFS", 0xDEAD_BEEFL, BASE | flags, 255, "Dev");
  }

  @Test
  void refs35WithCloningDeclaresEverything() {
    Capabilities c = ReFsVolume.capabilities(refs(HARD_LINKS | BLOCK_REFCOUNTING), 4096);
    assertEquals(EnumSet.allOf(Strategy.class), c.strategies());
    assertEquals(4096, c.cloneGranularity());
    assertTrue(c.listsNames());
    assertTrue(c.mapsExtents(), "declared: ReFS answers FSCTL_GET_RETRIEVAL_POINTERS");
    LinkCeiling.Known ceiling = (LinkCeiling.Known) c.linkCeiling();
    assertEquals(1_000_000, ceiling.maxNames());
    assertTrue(ceiling.basis().contains("ERROR_TOO_MANY_LINKS"));
  }

  @Test
  void theClusterIsTheGranularity() {
    assertEquals(
        65_536,
        ReFsVolume.capabilities(refs(HARD_LINKS | BLOCK_REFCOUNTING), 65_536).cloneGranularity());
  }

  @Test
  void olderReFsClonesButDoesNotLink() {
    Capabilities c = ReFsVolume.capabilities(refs(BLOCK_REFCOUNTING), 4096);
    assertEquals(EnumSet.of(Strategy.CLONE, Strategy.COPY), c.strategies());
    LinkCeiling.Known ceiling = (LinkCeiling.Known) c.linkCeiling();
    assertEquals(1, ceiling.maxNames());
    assertFalse(ceiling.allowsAnotherName(1));
  }

  @Test
  void noRefcountingNoClone() {
    Capabilities c = ReFsVolume.capabilities(refs(HARD_LINKS), 4096);
    assertEquals(EnumSet.of(Strategy.LINK, Strategy.COPY), c.strategies());
    assertEquals(0, c.cloneGranularity());
  }

  @Test
  void unknownClusterNoClone() {
    Capabilities c = ReFsVolume.capabilities(refs(HARD_LINKS | BLOCK_REFCOUNTING), 0);
    assertEquals(EnumSet.of(Strategy.LINK, Strategy.COPY), c.strategies());
    assertEquals(0, c.cloneGranularity());
  }

  @Test
  void choosesTheFirstUsableClusterSize() {
    assertEquals(65_536, ReFsVolume.chooseClusterSize(65_536, 4096));
    assertEquals(4096, ReFsVolume.chooseClusterSize(0, 4096));
    assertEquals(4096, ReFsVolume.chooseClusterSize(3000, 4096));
    assertEquals(0, ReFsVolume.chooseClusterSize(0, 0));
    assertEquals(0, ReFsVolume.chooseClusterSize());
  }

  @Test
  void describesWhatItFound() {
    String line = ReFsVolume.describe(refs(BLOCK_REFCOUNTING), 65_536);
    assertTrue(line.contains("D:\\"), line);
    assertTrue(line.contains("DEAD-BEEF"), line);
    assertTrue(line.contains("64 KiB clusters"), line);
    assertTrue(line.contains("block cloning yes"), line);
    assertTrue(line.contains("hard links no"), line);
    assertTrue(ReFsVolume.describe(refs(0), 0).contains("cluster size unknown"));
  }
}
