package dev.twinfile.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.backend.memory.MemoryVolume;
import dev.twinfile.backend.memory.Profile;
import dev.twinfile.spi.CloneShareLimitException;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.Refusal;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlacementTest {
  private final Twinfile twinfile = Twinfile.create();
  private final List<MemoryVolume> volumes = new java.util.ArrayList<>();

  @AfterEach
  void closeVolumes() throws IOException {
    for (MemoryVolume volume : volumes) {
      volume.close();
    }
  }

  private MemoryVolume volume(Profile profile) {
    MemoryVolume volume = MemoryVolume.create(profile);
    volumes.add(volume);
    return volume;
  }

  private static Path file(MemoryVolume volume, String name, String content) throws IOException {
    return Files.writeString(volume.root().resolve(name), content);
  }

  private static long names(MemoryVolume volume, Path path) throws IOException {
    return volume.backend().status(path).linkCount();
  }

  /** Gives {@code source} links until it has {@code names} names, bypassing the engine. */
  private static void fill(MemoryVolume volume, Path source, long names) throws IOException {
    Path directory = Files.createDirectories(volume.root().resolve("fill"));
    for (long i = names(volume, source); i < names; i++) {
      Files.createLink(directory.resolve(source.getFileName() + "-" + i), source);
    }
  }

  @Test
  void firstStrategyTheVolumeCanDoIsUsedAndEachEarlierRefusalReported() throws IOException {
    MemoryVolume ntfs = volume(Profile.NTFS);
    Path source = file(ntfs, "a", "alpha");
    Path target = ntfs.root().resolve("b");

    Placement placement = twinfile.place(source, target, Plan.of(Strategy.CLONE, Strategy.LINK, Strategy.COPY));

    assertEquals(Strategy.LINK, placement.strategy());
    assertEquals("memory", placement.backend());
    assertEquals(1, placement.refused().size());
    assertEquals(Strategy.CLONE, placement.refused().get(0).strategy());
    assertEquals(Refusal.UNSUPPORTED, placement.refused().get(0).refusal());
    assertTrue(placement.fellBack());
    assertEquals(2, names(ntfs, source));
    assertEquals(ntfs.backend().status(source).identity(), ntfs.backend().status(target).identity());
  }

  @Test
  void cloneIsUsedWhereTheVolumeClones() throws IOException {
    MemoryVolume btrfs = volume(Profile.BTRFS);
    Path source = file(btrfs, "a", "alpha");
    Path target = btrfs.root().resolve("b");

    Placement placement = twinfile.place(source, target);

    assertEquals(Strategy.CLONE, placement.strategy());
    assertFalse(placement.fellBack());
    assertEquals("alpha", Files.readString(target));
    assertEquals(1, names(btrfs, source));
    assertEquals(5, btrfs.sharedBytes(target));
  }

  @Test
  void unsupportedStrategyFailsWhenThePlanSaysSo() throws IOException {
    MemoryVolume ext4 = volume(Profile.EXT4);
    Path source = file(ext4, "a", "alpha");
    Path target = ext4.root().resolve("b");
    Plan plan = Plan.of(Strategy.CLONE, Strategy.COPY).onUnsupported(Plan.OnUnsupported.FAIL);

    StrategyUnsupportedException refusal =
        assertThrows(StrategyUnsupportedException.class, () -> twinfile.place(source, target, plan));

    assertEquals(Strategy.CLONE, refusal.strategy());
    assertFalse(Files.exists(target));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ntfs", "ext4", "btrfs"})
  void linkCeilingIsReachedExactlyAtTheProfilesFigure(String profileName) throws IOException {
    Profile profile = Profile.named(profileName);
    MemoryVolume volume = volume(profile);
    Path source = file(volume, "a", "alpha");
    fill(volume, source, profile.maxNames() - 1);
    Plan linkOnly = Plan.of(Strategy.LINK).onCeiling(Plan.OnCeiling.FAIL);

    twinfile.place(source, volume.root().resolve("last"), linkOnly);
    assertEquals(profile.maxNames(), names(volume, source));
    Path refused = volume.root().resolve("refused");
    LinkCeilingException ceiling =
        assertThrows(LinkCeilingException.class, () -> twinfile.place(source, refused, linkOnly));

    assertEquals(profile.maxNames(), ceiling.maxNames());
    assertEquals(profile.maxNames(), ceiling.linkCount());
    assertEquals("memory", ceiling.backend());
    assertFalse(Files.exists(refused));
    assertEquals(profile.maxNames(), names(volume, source));
  }

  @Test
  void ceilingWithNextFallsBackToTheNextStrategyAndSaysWhy() throws IOException {
    MemoryVolume ntfs = volume(Profile.NTFS);
    Path source = file(ntfs, "a", "alpha");
    fill(ntfs, source, 1024);
    Path target = ntfs.root().resolve("b");

    Placement placement =
        twinfile.place(source, target, Plan.of(Strategy.CLONE, Strategy.LINK, Strategy.COPY));

    assertEquals(Strategy.COPY, placement.strategy());
    assertEquals(
        List.of(Refusal.UNSUPPORTED, Refusal.LINK_CEILING),
        placement.refused().stream().map(Placement.Attempt::refusal).toList());
    assertEquals(List.of(Strategy.CLONE, Strategy.LINK),
        placement.refused().stream().map(Placement.Attempt::strategy).toList());
    assertTrue(placement.refused().get(1).reason().contains("1024"), placement.refused().get(1).reason());
    assertEquals("alpha", Files.readString(target));
    assertEquals(1, names(ntfs, target));
  }

  @Test
  void reanchorMakesAFreshCopyAndLinksLaterPlacementsToIt() throws IOException {
    MemoryVolume tiny = volume(new Profile("tiny", "tiny", 3, 0, 0));
    Path source = file(tiny, "a", "alpha");
    Plan plan = Plan.of(Strategy.LINK).onCeiling(Plan.OnCeiling.REANCHOR);

    twinfile.place(source, tiny.root().resolve("t1"), plan);
    twinfile.place(source, tiny.root().resolve("t2"), plan);
    Placement anchor = twinfile.place(source, tiny.root().resolve("t3"), plan);
    Placement linked = twinfile.place(source, tiny.root().resolve("t4"), plan);
    Placement linkedToo = twinfile.place(source, tiny.root().resolve("t5"), plan);
    Placement secondAnchor = twinfile.place(source, tiny.root().resolve("t6"), plan);

    assertTrue(anchor.reanchored());
    assertEquals(Strategy.COPY, anchor.strategy());
    assertEquals(Refusal.LINK_CEILING, anchor.refused().get(0).refusal());
    assertEquals(Strategy.LINK, linked.strategy());
    assertEquals(tiny.root().resolve("t3"), linked.origin());
    assertEquals(tiny.root().resolve("t3"), linkedToo.origin());
    assertTrue(secondAnchor.reanchored());
    assertEquals(3, names(tiny, source));
    assertEquals(3, names(tiny, tiny.root().resolve("t3")));
    assertEquals(1, names(tiny, tiny.root().resolve("t6")));
    assertEquals("alpha", Files.readString(tiny.root().resolve("t5")));
  }

  @Test
  void reanchorClonesWhereTheVolumeCan() throws IOException {
    MemoryVolume tiny = volume(new Profile("tiny-clone", "tiny", 2, 4096, 0));
    Path source = file(tiny, "a", "alpha");
    Plan plan = Plan.of(Strategy.LINK, Strategy.COPY).onCeiling(Plan.OnCeiling.REANCHOR);

    twinfile.place(source, tiny.root().resolve("t1"), plan);
    Placement anchor = twinfile.place(source, tiny.root().resolve("t2"), plan);

    assertTrue(anchor.reanchored());
    assertEquals(Strategy.CLONE, anchor.strategy());
    assertEquals(Strategy.LINK, twinfile.place(source, tiny.root().resolve("t3"), plan).strategy());
    assertEquals(2, names(tiny, tiny.root().resolve("t2")));
  }

  @Test
  void anchorChangedSinceItWasMadeIsNotUsed() throws IOException {
    MemoryVolume tiny = volume(new Profile("tiny", "tiny", 2, 0, 0));
    Path source = file(tiny, "a", "alpha");
    Plan plan = Plan.of(Strategy.LINK).onCeiling(Plan.OnCeiling.REANCHOR);
    twinfile.place(source, tiny.root().resolve("t1"), plan);
    twinfile.place(source, tiny.root().resolve("t2"), plan);
    Files.writeString(tiny.root().resolve("t2"), "changed");

    Placement placement = twinfile.place(source, tiny.root().resolve("t3"), plan);

    assertTrue(placement.reanchored());
    assertEquals("alpha", Files.readString(tiny.root().resolve("t3")));
  }

  @Test
  void anchorRewrittenWithTheSameSizeAndMtimeIsNotUsed() throws IOException {
    MemoryVolume tiny = volume(new Profile("tiny", "tiny", 2, 0, 0));
    Path source = file(tiny, "a", "alpha");
    Plan plan = Plan.of(Strategy.LINK).onCeiling(Plan.OnCeiling.REANCHOR);
    twinfile.place(source, tiny.root().resolve("t1"), plan);
    twinfile.place(source, tiny.root().resolve("t2"), plan);
    Path anchor = tiny.root().resolve("t2");
    var modified = Files.getLastModifiedTime(anchor);
    Files.writeString(anchor, "omega");
    Files.setLastModifiedTime(anchor, modified);

    Placement placement = twinfile.place(source, tiny.root().resolve("t3"), plan);

    assertTrue(placement.reanchored(), "a stale anchor must not be linked to");
    assertEquals("alpha", Files.readString(tiny.root().resolve("t3")));
  }

  @Test
  void largeAnchorRewrittenInPlaceIsNotUsed() throws IOException {
    MemoryVolume tiny = volume(new Profile("tiny", "tiny", 2, 0, 0));
    byte[] big = new byte[2 << 20];
    Path source = Files.write(tiny.root().resolve("a"), big);
    Plan plan = Plan.of(Strategy.LINK).onCeiling(Plan.OnCeiling.REANCHOR);
    twinfile.place(source, tiny.root().resolve("t1"), plan);
    twinfile.place(source, tiny.root().resolve("t2"), plan);
    Path anchor = tiny.root().resolve("t2");
    Files.setLastModifiedTime(anchor, java.nio.file.attribute.FileTime.fromMillis(0));

    Placement placement = twinfile.place(source, tiny.root().resolve("t3"), plan);

    assertTrue(placement.reanchored(), "an anchor whose mtime moved must not be linked to");
  }

  @Test
  void reserveKeepsNamesFreeBelowTheCeiling() throws IOException {
    MemoryVolume ntfs = volume(Profile.NTFS);
    Path source = file(ntfs, "a", "alpha");
    fill(ntfs, source, 1013);
    Plan plan = Plan.of(Strategy.LINK).reserve(10).onCeiling(Plan.OnCeiling.FAIL);

    twinfile.place(source, ntfs.root().resolve("b"), plan);
    LinkCeilingException ceiling =
        assertThrows(LinkCeilingException.class, () -> twinfile.place(source, ntfs.root().resolve("c"), plan));

    assertEquals(10, ceiling.reserve());
    assertEquals(1014, ceiling.linkCount());
    assertEquals(1014, names(ntfs, source));
    assertFalse(Files.exists(ntfs.root().resolve("c")));
  }

  @Test
  void otherVolumeFallsBackOrFailsAsThePlanSays() throws IOException {
    MemoryVolume first = volume(Profile.BTRFS);
    MemoryVolume second = volume(Profile.BTRFS);
    Path source = file(first, "a", "alpha");

    Placement placement =
        twinfile.place(source, second.root().resolve("b"), Plan.of(Strategy.LINK, Strategy.CLONE, Strategy.COPY));
    assertEquals(Strategy.COPY, placement.strategy());
    assertEquals(
        List.of(Refusal.OTHER_VOLUME, Refusal.OTHER_VOLUME),
        placement.refused().stream().map(Placement.Attempt::refusal).toList());
    assertEquals("alpha", Files.readString(second.root().resolve("b")));

    Plan strict = Plan.of(Strategy.LINK, Strategy.COPY).onOtherVolume(Plan.OnOtherVolume.FAIL);
    assertThrows(OtherVolumeException.class, () -> twinfile.place(source, second.root().resolve("c"), strict));
    assertFalse(Files.exists(second.root().resolve("c")));
  }

  @Test
  void directorySourceIsRefusedWhateverThePlan() throws IOException {
    MemoryVolume volume = volume(Profile.UNBOUNDED);
    Path directory = Files.createDirectory(volume.root().resolve("d"));

    NotRegularFileException refusal =
        assertThrows(NotRegularFileException.class,
            () -> twinfile.place(directory, volume.root().resolve("e"), Plan.of(Strategy.COPY, Strategy.LINK)));

    assertEquals(FileStatus.Kind.DIRECTORY, refusal.kind());
    assertFalse(Files.exists(volume.root().resolve("e")));
  }

  @Test
  void symbolicLinkSourceIsNotFollowed() throws IOException {
    MemoryVolume volume = volume(Profile.UNBOUNDED);
    Path real = file(volume, "real", "x");
    Path symlink = Files.createSymbolicLink(volume.root().resolve("s"), real);

    NotRegularFileException refusal =
        assertThrows(NotRegularFileException.class, () -> twinfile.place(symlink, volume.root().resolve("t")));

    assertEquals(FileStatus.Kind.SYMBOLIC_LINK, refusal.kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"link", "clone", "copy"})
  void existingTargetIsLeftAlone(String strategy) throws IOException {
    MemoryVolume volume = volume(Profile.UNBOUNDED);
    Path source = file(volume, "a", "alpha");
    Path target = file(volume, "b", "keep me");

    assertThrows(FileAlreadyExistsException.class, () -> twinfile.place(source, target, Plan.parse(strategy)));

    assertEquals("keep me", Files.readString(target));
    assertEquals(1, names(volume, source));
    assertEquals(List.of("a", "b"), listing(volume));
  }

  @ParameterizedTest
  @ValueSource(strings = {"link", "clone", "copy"})
  void missingSourceLeavesNothing(String strategy) throws IOException {
    MemoryVolume volume = volume(Profile.UNBOUNDED);

    assertThrows(NoSuchFileException.class,
        () -> twinfile.place(volume.root().resolve("nope"), volume.root().resolve("b"), Plan.parse(strategy)));

    assertEquals(List.of(), listing(volume));
  }

  @Test
  void cloneShareLimitIsItsOwnRefusalAndReanchorsWithAPhysicalCopy() throws IOException {
    MemoryVolume refs = volume(new Profile("tiny-refs", "ReFS", 1000, 4096, 3));
    Path source = file(refs, "a", "x".repeat(5000));
    Plan cloneOnly = Plan.of(Strategy.CLONE).onCeiling(Plan.OnCeiling.FAIL);
    twinfile.place(source, refs.root().resolve("c1"), cloneOnly);
    twinfile.place(source, refs.root().resolve("c2"), cloneOnly);

    assertThrows(CloneShareLimitException.class, () -> twinfile.place(source, refs.root().resolve("c3"), cloneOnly));
    assertFalse(Files.exists(refs.root().resolve("c3")));

    Plan reanchor = Plan.of(Strategy.CLONE).onCeiling(Plan.OnCeiling.REANCHOR);
    Placement anchor = twinfile.place(source, refs.root().resolve("c3"), reanchor);
    assertEquals(Strategy.COPY, anchor.strategy());
    assertEquals(0, refs.sharedBytes(refs.root().resolve("c3")));
    Placement cloned = twinfile.place(source, refs.root().resolve("c4"), reanchor);
    assertEquals(Strategy.CLONE, cloned.strategy());
    assertEquals(refs.root().resolve("c3"), cloned.origin());
  }

  @Test
  void deletingACloneFreesItsShare() throws IOException {
    MemoryVolume refs = volume(new Profile("tiny-refs", "ReFS", 1000, 4096, 2));
    Path source = file(refs, "a", "alpha");
    Plan cloneOnly = Plan.of(Strategy.CLONE).onCeiling(Plan.OnCeiling.FAIL);
    twinfile.place(source, refs.root().resolve("c1"), cloneOnly);
    assertThrows(CloneShareLimitException.class, () -> twinfile.place(source, refs.root().resolve("c2"), cloneOnly));

    Files.delete(refs.root().resolve("c1"));

    assertEquals(Strategy.CLONE, twinfile.place(source, refs.root().resolve("c2"), cloneOnly).strategy());
  }

  private static List<String> listing(MemoryVolume volume) throws IOException {
    try (Stream<Path> files = Files.list(volume.root())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
