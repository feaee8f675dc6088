package dev.twinfile.os.windows;

import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** Win32 FILETIME values (100 ns ticks since 1601-01-01 UTC) to and from {@link FileTime}. */
final class FileTimes {
  /** Ticks between 1601-01-01 and 1970-01-01. */
  static final long EPOCH_OFFSET_TICKS = 116_444_736_000_000_000L;

  private static final long TICKS_PER_SECOND = 10_000_000L;

  private FileTimes() {}

  /** Returns the instant of {@code ticks}, keeping the full 100 ns precision. */
  static FileTime toFileTime(long ticks) {
    long sinceEpoch = ticks - EPOCH_OFFSET_TICKS;
    long seconds = Math.floorDiv(sinceEpoch, TICKS_PER_SECOND);
    long nanos = Math.floorMod(sinceEpoch, TICKS_PER_SECOND) * 100;
    return FileTime.from(Instant.ofEpochSecond(seconds, nanos));
  }

  /** Returns the ticks of {@code time}, truncated to 100 ns. */
  static long toTicks(FileTime time) {
    Instant instant = time.toInstant();
    return Math.addExact(
        Math.addExact(
            Math.multiplyExact(instant.getEpochSecond(), TICKS_PER_SECOND),
            instant.getNano() / 100),
        EPOCH_OFFSET_TICKS);
  }
}
