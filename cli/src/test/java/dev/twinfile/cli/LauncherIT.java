package dev.twinfile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the repository's ./twinfile launcher, which starts the CLI on the module path: proves the
 * module descriptors, and that ServiceLoader finds the backends through {@code provides}.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("..", "twinfile").toAbsolutePath().normalize();

  private static String run(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = LAUNCHER.toString();
    System.arraycopy(args, 0, command, 1, args.length);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }

  @Test
  void probeFindsThePosixBackendOnTheModulePath(@TempDir Path directory) throws Exception {
    String probe = run("probe", "--json", directory.toString());

    assertTrue(probe.contains("\"backend\":\"posix\""), probe);
    assertTrue(run("--version").startsWith("twinfile "), "version line");
  }

  @Test
  void placeWorksOnTheModulePath(@TempDir Path directory) throws Exception {
    Path source = Files.writeString(directory.resolve("a"), "data");

    String place = run("place", "--plan", "link", "--json", source.toString(), directory.resolve("b").toString());

    assertTrue(place.contains("\"strategy\":\"link\""), place);
    assertEquals("data", Files.readString(directory.resolve("b")));
  }
}
