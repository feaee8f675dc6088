package dev.twinfile.tck;

import java.util.concurrent.atomic.AtomicLong;

/** Counts what a TCK run did, for its report. */
final class Tally {
  final AtomicLong modelOperations = new AtomicLong();
  final AtomicLong modelSequences = new AtomicLong();
}
