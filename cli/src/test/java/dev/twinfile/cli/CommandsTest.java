package dev.twinfile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.tck.RealVolumes;
import dev.twinfile.tck.VolumeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands on the real volumes, as a user types them. */
class CommandsTest {
  private Path scratch;

  private Path scratch(String volume) throws IOException {
    scratch = Files.createTempDirectory(RealVolumes.require(volume), "cli-test-");
    return scratch;
  }

  @AfterEach
  void removeScratch() throws IOException {
    if (scratch != null) {
      VolumeFactory.deleteTree(scratch);
    }
  }

  @ParameterizedTest(name = "probe {0}")
  @CsvSource({
    "ext4, posix, '[\"link\",\"copy\"]', 65000",
    "xfs, posix, '[\"link\",\"clone\",\"copy\"]', 2147483647",
    "btrfs, posix, '[\"link\",\"clone\",\"copy\"]', 65535",
    "tmpfs, posix, '[\"link\",\"copy\"]', 4294967295",
    "ntfs, ntfs, '[\"link\",\"copy\"]', 1024",
  })
  void probeSaysWhichBackendServesEachVolume(String volume, String backend, String strategies, long maxLinks) {
    Cli probe = Cli.run("probe", "--json", RealVolumes.require(volume).toString());

    assertEquals(0, probe.exitCode(), probe.toString());
    assertTrue(probe.out().contains("\"backend\":\"" + backend + "\""), probe.out());
    assertTrue(probe.out().contains("\"strategies\":" + strategies), probe.out());
    assertTrue(probe.out().contains("\"maxLinks\":" + maxLinks + ","), probe.out());
    assertTrue(probe.out().contains("\"fileStoreType\":"), probe.out());
  }

  @Test
  void placeClonesOnXfs() throws IOException {
    Path directory = scratch("xfs");
    Path source = Files.writeString(directory.resolve("source"), "x".repeat(10_000));

    Cli place = Cli.run("place", "--plan", "clone,copy", "--json", source.toString(), directory.resolve("target").toString());

    assertEquals(0, place.exitCode(), place.toString());
    assertTrue(place.out().contains("\"strategy\":\"clone\""), place.out());
    assertTrue(place.out().contains("\"attempts\":[]"), place.out());
  }

  @Test
  void placeOnExt4ReportsTheRefusedCloneAndTheCopy() throws IOException {
    Path directory = scratch("ext4");
    Path source = Files.writeString(directory.resolve("source"), "data");

    Cli place = Cli.run("place", "--plan", "clone,copy", "--json", source.toString(), directory.resolve("target").toString());

    assertEquals(0, place.exitCode(), place.toString());
    assertTrue(place.out().contains("\"strategy\":\"copy\""), place.out());
    assertTrue(place.out().contains("\"attempts\":[{\"strategy\":\"clone\",\"reason\":\"unsupported\""), place.out());
    Cli text = Cli.run("place", "--plan", "clone,copy", source.toString(), directory.resolve("text").toString());
    assertTrue(text.out().contains("refused clone (unsupported)"), text.out());
  }

  @Test
  void aRefusalIsExitOneWithTheReasonAndNothingLeft() throws IOException {
    Path directory = scratch("ext4");
    Path source = Files.writeString(directory.resolve("source"), "data");
    Path other = Files.createTempDirectory(RealVolumes.require("ext4-other"), "cli-test-");
    try {
      Cli place =
          Cli.run("place", "--plan", "link", "--on-other-volume", "fail", "--json", source.toString(), other.resolve("t").toString());

      assertEquals(1, place.exitCode(), place.toString());
      assertTrue(place.out().contains("\"reason\":\"other-volume\""), place.out());
      assertTrue(place.out().contains("\"nativeCode\":18"), place.out());
      assertTrue(Files.notExists(other.resolve("t")));
    } finally {
      VolumeFactory.deleteTree(other);
    }
  }

  @Test
  void badUsageIsExitTwo(@TempDir Path directory) {
    Cli place = Cli.run("place", "--plan", "hardlink", directory.resolve("a").toString(), directory.resolve("b").toString());

    assertEquals(2, place.exitCode(), place.toString());
    assertTrue(place.err().contains("'hardlink' is not a strategy"), place.err());
  }

  @Test
  void tckPassesOnTmpfsAndSaysWhatItMeasured() {
    Cli tck = Cli.run("tck", "--json", "--tries", "5", "--cap", "300", RealVolumes.require("tmpfs").toString());

    assertEquals(0, tck.exitCode(), tck.toString());
    assertTrue(tck.out().contains("\"failed\":0"), tck.out());
    assertTrue(tck.out().contains("\"namesReached\":300"), tck.out());
    assertTrue(tck.out().contains("\"backend\":\"posix\""), tck.out());
  }

  @Test
  void namesListsEveryNameOnNtfs() throws IOException {
    Path directory = scratch("ntfs");
    Path a = Files.writeString(directory.resolve("a"), "data");
    Files.createDirectory(directory.resolve("sub"));
    assertEquals(0, Cli.run("place", "--plan", "link", a.toString(), directory.resolve("sub/b").toString()).exitCode());

    Cli names = Cli.run("names", "--root", directory.toString(), directory.resolve("sub/b").toString());

    assertEquals(0, names.exitCode(), names.toString());
    assertEquals(2, names.out().lines().count(), names.out());
    assertTrue(names.out().contains(a.toString()), names.out());
    Cli noRoot = Cli.run("names", a.toString());
    assertEquals(1, noRoot.exitCode());
    assertTrue(noRoot.err().contains("give a directory to scan"), noRoot.err());
  }
}
