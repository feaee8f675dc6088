package dev.twinfile.backend.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.spi.LinkCeiling;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilesystemRulesTest {

  private static long max(FilesystemRules rules) {
    return ((LinkCeiling.Known) rules.ceiling()).maxNames();
  }

  @ParameterizedTest(name = "{0}: {1} names, kernel enforces {2}, clones {3}")
  @CsvSource({
    "ext2, 32000, false, false",
    "ext3, 32000, false, false",
    "ext4, 65000, true, false",
    "btrfs, 65535, true, true",
    "tmpfs, 4294967295, true, false",
    "f2fs, 4294967295, true, false",
    "vfat, 1, true, false",
    "exfat, 1, true, false",
  })
  void knownFilesystems(String type, long names, boolean kernelEnforces, boolean clones) {
    FilesystemRules rules = FilesystemRules.of(type, 127, false, false);

    assertEquals(names, max(rules));
    assertEquals(kernelEnforces, rules.kernelEnforcesCeiling());
    assertEquals(clones, rules.clones());
    assertEquals(names > 1, rules.hasLinks());
  }

  @ParameterizedTest
  @CsvSource({"true", "false"})
  void xfsClonesOnlyWhenMadeWithReflink(boolean reflink) {
    FilesystemRules rules = FilesystemRules.of("xfs", 2147483647, reflink, false);

    assertEquals(Integer.MAX_VALUE, max(rules));
    assertEquals(reflink, rules.clones());
    assertTrue(rules.kernelEnforcesCeiling());
  }

  @ParameterizedTest
  @CsvSource({"zfs", "nfs4", "fuse.sshfs"})
  void unknownFilesystemsTakePathconfAndEnforceItInUserSpace(String type) {
    FilesystemRules rules = FilesystemRules.of(type, 127, false, false);

    assertEquals(127, max(rules));
    assertFalse(rules.kernelEnforcesCeiling());
    assertFalse(rules.clones());
    assertTrue(rules.ceiling().basis().contains("does not know"), rules.ceiling().basis());
  }

  @ParameterizedTest
  @CsvSource({"zfs"})
  void noStatedLimitIsAnUnknownCeiling(String type) {
    FilesystemRules rules = FilesystemRules.of(type, -1, false, false);

    assertTrue(rules.ceiling() instanceof LinkCeiling.Unknown);
    assertTrue(rules.hasLinks());
  }

  @ParameterizedTest
  @CsvSource({"apfs, 65000, true", "hfs, 32767, false"})
  void macFilesystemsAnswerPathconfThemselves(String type, long pathconf, boolean clones) {
    FilesystemRules rules = FilesystemRules.of(type, pathconf, false, true);

    assertEquals(pathconf, max(rules));
    assertTrue(rules.kernelEnforcesCeiling());
    assertEquals(clones, rules.clones());
  }

  @ParameterizedTest
  @CsvSource({
    "ext4, true", "ext3, true", "xfs, true", "btrfs, true", "f2fs, true",
    "tmpfs, false", "fuseblk, false", "nfs, false", "zfs, false"
  })
  void extentMapsAreDeclaredWhereLinuxDriversAnswerFiemap(String type, boolean maps) {
    assertEquals(maps, FilesystemRules.mapsExtents(type, true), type);
    assertFalse(FilesystemRules.mapsExtents(type, false), type + " off Linux");
  }
}
