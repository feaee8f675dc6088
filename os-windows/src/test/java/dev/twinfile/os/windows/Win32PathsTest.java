package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Win32PathsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "C:\\|\\\\?\\C:\\",
        "C:\\dir\\file.txt|\\\\?\\C:\\dir\\file.txt",
        "c:\\dir|\\\\?\\C:\\dir",
        "C:/dir/sub/file|\\\\?\\C:\\dir\\sub\\file",
        "C:\\dir\\\\sub\\\\\\file|\\\\?\\C:\\dir\\sub\\file",
        "C:\\dir\\|\\\\?\\C:\\dir\\",
        "\\\\server\\share|\\\\?\\UNC\\server\\share",
        "\\\\server\\share\\dir\\file|\\\\?\\UNC\\server\\share\\dir\\file",
        "//server/share/dir|\\\\?\\UNC\\server\\share\\dir",
        "\\\\?\\C:\\already|\\\\?\\C:\\already",
        "\\\\?\\UNC\\server\\share\\x|\\\\?\\UNC\\server\\share\\x",
        "\\\\.\\PhysicalDrive0|\\\\.\\PhysicalDrive0",
        "\\\\?\\Volume{0b8a2c1e-1111-2222-3333-444455556666}\\f|\\\\?\\Volume{0b8a2c1e-1111-2222-3333-444455556666}\\f",
      })
  void prefixesAbsolutePaths(String path, String expected) {
    assertEquals(expected, Win32Paths.toWin32(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dir\\file",
        "\\dir\\file",
        "C:",
        "C:dir",
        "C:\\dir\\..\\file",
        "C:\\.\\file",
        "\\\\server",
        "\\\\server\\",
        "\\\\\\share",
        "",
      })
  void refusesWhatThePrefixWouldMisread(String path) {
    assertThrows(IllegalArgumentException.class, () -> Win32Paths.toWin32(path));
  }

  @Test
  void keepsAPathLongerThanMaxPathWhole() {
    String component = "d".repeat(200);
    String path = "C:\\" + component + "\\" + component + "\\" + component + "\\file";
    String win32 = Win32Paths.toWin32(path);
    assertEquals("\\\\?\\" + path, win32);
    assertEquals(path, Win32Paths.fromWin32(win32));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\\\\?\\C:\\dir\\file|C:\\dir\\file",
        "\\\\?\\D:\\|D:\\",
        "\\\\?\\UNC\\server\\share\\dir|\\\\server\\share\\dir",
        "\\\\?\\unc\\server\\share\\|\\\\server\\share\\",
        "C:\\plain|C:\\plain",
        "\\\\server\\share\\x|\\\\server\\share\\x",
        "\\\\?\\Volume{0b8a2c1e-1111-2222-3333-444455556666}\\|\\\\?\\Volume{0b8a2c1e-1111-2222-3333-444455556666}\\",
      })
  void stripsThePrefixForJava(String win32, String expected) {
    assertEquals(expected, Win32Paths.fromWin32(win32));
  }

  @ParameterizedTest
  @ValueSource(strings = {"C:\\a\\b", "c:\\x", "\\\\srv\\share\\d\\f", "C:\\"})
  void roundTripsThroughThePrefix(String path) {
    String expected = path.startsWith("c:") ? "C:" + path.substring(2) : path;
    assertEquals(expected, Win32Paths.fromWin32(Win32Paths.toWin32(path)));
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A drive.
        "C:\\|\\Windows\\explorer.exe|C:\\Windows\\explorer.exe",
        // A volume mounted in a folder: names are relative to that volume's root.
        "C:\\mnt\\data\\|\\projects\\a.txt|C:\\mnt\\data\\projects\\a.txt",
        "C:\\mnt\\data\\vol2\\|\\x\\y|C:\\mnt\\data\\vol2\\x\\y",
        // The mount point as the prefixed call returns it.
        "\\\\?\\C:\\|\\dir\\file|C:\\dir\\file",
        "\\\\?\\C:\\mnt\\data\\|\\dir\\file|C:\\mnt\\data\\dir\\file",
        "\\\\?\\UNC\\server\\share\\|\\dir\\file|\\\\server\\share\\dir\\file",
        "\\\\server\\share\\|\\f|\\\\server\\share\\f",
        // Separators present on neither or both sides.
        "C:\\mnt\\data|dir\\file|C:\\mnt\\data\\dir\\file",
        "C:\\mnt\\data|\\dir\\file|C:\\mnt\\data\\dir\\file",
        "C:\\|dir\\file|C:\\dir\\file",
        "C:/mnt/data/|/dir/file|C:\\mnt\\data\\dir\\file",
      })
  void joinsMountPointAndVolumeRelativeName(String root, String name, String expected) {
    assertEquals(expected, Win32Paths.joinVolumeName(root, name));
  }
}
