package dev.twinfile.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, drawn only on a terminal. */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final long total;
  private long done;

  Progress(PrintWriter err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = Math.max(1, total);
  }

  void begin(String what) {
    draw(what);
  }

  void advance(String what) {
    done++;
    draw(what);
  }

  private void draw(String what) {
    if (!enabled) {
      return;
    }
    int filled = (int) (WIDTH * Math.min(done, total) / total);
    String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
    String text = String.format("\r[%s] %d/%d %s", bar, done, total, what);
    err.print(text.length() > 100 ? text.substring(0, 100) : text);
    err.print("\u001b[K");
    err.flush();
  }

  void end() {
    if (enabled) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
