package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FileTimesTest {

  @Test
  void theUnixEpochIsTheKnownTickCount() {
    assertEquals(Instant.EPOCH, FileTimes.toFileTime(116_444_736_000_000_000L).toInstant());
  }

  @Test
  void keepsHundredNanosecondPrecision() {
    Instant instant = Instant.parse("2024-02-29T12:34:56.123456700Z");
    long ticks = FileTimes.toTicks(FileTime.from(instant));
    assertEquals(instant, FileTimes.toFileTime(ticks).toInstant());
    assertEquals(FileTimes.toTicks(FileTime.from(instant.plusNanos(100))), ticks + 1);
  }

  @Test
  void handlesTimesBefore1970() {
    Instant instant = Instant.parse("1601-01-01T00:00:00Z");
    assertEquals(0, FileTimes.toTicks(FileTime.from(instant)));
    assertEquals(instant, FileTimes.toFileTime(0).toInstant());
    Instant before = Instant.parse("1969-12-31T23:59:59.999999900Z");
    assertEquals(before, FileTimes.toFileTime(FileTimes.toTicks(FileTime.from(before))).toInstant());
  }
}
