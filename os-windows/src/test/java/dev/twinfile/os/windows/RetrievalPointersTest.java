package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.twinfile.spi.Extent;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RETRIEVAL_POINTERS_BUFFER as winioctl.h lays it out, decoded without Windows. */
class RetrievalPointersTest {
  private static final long CLUSTER = 4096;

  /** An answer starting at {@code startingVcn} with runs of {next VCN, LCN}. */
  private static byte[] answer(long startingVcn, long[][] runs) {
    ByteBuffer buffer = ByteBuffer.allocate(RetrievalPointers.OUTPUT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.putInt(0, runs.length).putLong(8, startingVcn);
    for (int i = 0; i < runs.length; i++) {
      buffer.putLong(16 + 16 * i, runs[i][0]).putLong(24 + 16 * i, runs[i][1]);
    }
    return buffer.array();
  }

  @Test
  void theInputIsTheStartingVcnLittleEndian() {
    byte[] input = RetrievalPointers.input(0x0102030405060708L);
    assertEquals(8, input.length);
    assertEquals(0x08, input[0]);
    assertEquals(0x01, input[7]);
  }

  @Test
  void runsBecomeByteExtentsAndHolesAreLeftOut() {
    List<Extent> extents = new ArrayList<>();
    long next =
        RetrievalPointers.decode(
            answer(0, new long[][] {{2, 100}, {4, 102}, {6, -1}, {7, 500}}), CLUSTER, extents);
    assertEquals(7, next);
    assertEquals(
        List.of(new Extent(0, 100 * CLUSTER, 4 * CLUSTER), new Extent(6 * CLUSTER, 500 * CLUSTER, CLUSTER)),
        extents);
  }

  @Test
  void aSecondPartContinuesTheFirst() {
    List<Extent> extents = new ArrayList<>();
    RetrievalPointers.decode(answer(0, new long[][] {{3, 10}}), CLUSTER, extents);
    long next = RetrievalPointers.decode(answer(3, new long[][] {{5, 13}, {8, 90}}), CLUSTER, extents);
    assertEquals(8, next);
    assertEquals(
        List.of(new Extent(0, 10 * CLUSTER, 5 * CLUSTER), new Extent(5 * CLUSTER, 90 * CLUSTER, 3 * CLUSTER)),
        extents);
  }

  @Test
  void anEmptyAnswerAddsNothingAndDoesNotMove() {
    List<Extent> extents = new ArrayList<>();
    assertEquals(9, RetrievalPointers.decode(answer(9, new long[][] {}), CLUSTER, extents));
    assertEquals(List.of(), extents);
  }

  @Test
  void aCountBeyondTheBufferIsReadOnlyAsFarAsTheBufferGoes() {
    long[][] full = new long[RetrievalPointers.PAIRS_PER_CALL][];
    for (int i = 0; i < full.length; i++) {
      full[i] = new long[] {i + 1, 1000 + 2L * i};
    }
    byte[] lying = answer(0, full);
    ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN).putInt(0, -1);
    List<Extent> extents = new ArrayList<>();
    assertEquals(RetrievalPointers.PAIRS_PER_CALL, RetrievalPointers.decode(lying, CLUSTER, extents));
    assertEquals(RetrievalPointers.PAIRS_PER_CALL, extents.size());
  }
}
