package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameBuffersTest {

  @Test
  void growsToTheReportedLength() {
    assertEquals(1_000, NameBuffers.grow(260, 1_000));
    assertEquals(261, NameBuffers.grow(260, 261));
  }

  @Test
  void doublesWhenTheReportIsNoHelp() {
    // ERROR_MORE_DATA with a length that would not fit more: double instead of looping forever.
    assertEquals(520, NameBuffers.grow(260, 260));
    assertEquals(520, NameBuffers.grow(260, 0));
    assertEquals(520, NameBuffers.grow(260, -5));
    assertEquals(2, NameBuffers.grow(0, 0));
  }

  @Test
  void stopsAtTheLongestWin32Path() {
    assertEquals(Win32.MAX_LONG_PATH, NameBuffers.grow(260, 1 << 20));
    assertEquals(Win32.MAX_LONG_PATH, NameBuffers.grow(20_000, 20_000));
    assertEquals(-1, NameBuffers.grow(Win32.MAX_LONG_PATH, Win32.MAX_LONG_PATH + 10));
  }

  @Test
  void everyRetryGrowsUntilItGivesUp() {
    int capacity = NameBuffers.INITIAL;
    int retries = 0;
    while (capacity > 0) {
      int next = NameBuffers.grow(capacity, capacity);
      assertTrue(next < 0 || next > capacity, "no progress at " + capacity);
      capacity = next;
      retries++;
    }
    assertTrue(retries < 10, "retries: " + retries);
  }

  @Test
  void readsUpToTheTerminator() {
    char[] buffer = new char[16];
    "\\dir\\f".getChars(0, 6, buffer, 0);
    buffer[7] = 'x'; // stale bytes after the NUL are not part of the name
    assertEquals("\\dir\\f", NameBuffers.read(buffer, 16));
    assertEquals("\\dir\\f", NameBuffers.read(buffer, 7));
    assertEquals("\\dir\\f", NameBuffers.read(buffer, 0));
  }

  @Test
  void readsNoFurtherThanTheReportedLength() {
    char[] buffer = "\\dir\\fileXYZ".toCharArray();
    assertEquals("\\dir\\file", NameBuffers.read(buffer, 9));
    // An implausible length falls back to the whole buffer.
    assertEquals("\\dir\\fileXYZ", NameBuffers.read(buffer, 99));
  }
}
