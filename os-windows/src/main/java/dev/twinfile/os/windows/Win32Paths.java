package dev.twinfile.os.windows;

/**
 * Path strings between Java and the wide-character Win32 calls. Pure string work, so every rule is
 * tested on any OS.
 *
 * <p>Every path handed to kernel32 gets the {@code \\?\} prefix ({@code \\?\UNC\} for a UNC path):
 * it lifts the 260-character limit and turns off Win32 name rewriting, which is why the input must
 * already be absolute and normalized. Paths coming back lose the prefix again, because {@code
 * java.nio.file} cannot parse it.
 */
final class Win32Paths {
  private static final String LONG = "\\\\?\\";
  private static final String LONG_UNC = "\\\\?\\UNC\\";
  private static final String DEVICE = "\\\\.\\";

  private Win32Paths() {}

  /**
   * Returns {@code path} with the long-path prefix. Accepts a drive path ({@code C:\dir}), a UNC
   * path ({@code \\server\share\dir}) or an already prefixed one; forward slashes count as
   * separators and repeated separators collapse.
   *
   * @throws IllegalArgumentException for a relative or drive-relative path, or one with {@code .}
   *     or {@code ..} components (the prefix would make them literal names)
   */
  static String toWin32(String path) {
    if (path.startsWith(LONG) || path.startsWith(DEVICE)) {
      return path;
    }
    String slashed = path.replace('/', '\\');
    if (slashed.startsWith("\\\\")) {
      String rest = collapse(slashed.substring(2), path);
      int shareEnd = rest.indexOf('\\');
      if (rest.isEmpty() || shareEnd <= 0 || shareEnd == rest.length() - 1) {
        throw new IllegalArgumentException("UNC path without server and share: " + path);
      }
      return LONG_UNC + rest;
    }
    if (slashed.length() >= 3
        && isDriveLetter(slashed.charAt(0))
        && slashed.charAt(1) == ':'
        && slashed.charAt(2) == '\\') {
      String rest = collapse(slashed.substring(3), path);
      return LONG + Character.toUpperCase(slashed.charAt(0)) + ":\\" + rest;
    }
    throw new IllegalArgumentException("not an absolute Windows path: " + path);
  }

  /**
   * Returns {@code path} without a long-path prefix, in the form {@code java.nio.file} parses:
   * {@code \\?\C:\dir} becomes {@code C:\dir}, {@code \\?\UNC\server\share} becomes {@code
   * \\server\share}. Other paths (including volume GUID paths) come back unchanged.
   */
  static String fromWin32(String path) {
    if (startsWithIgnoreCase(path, LONG_UNC)) {
      return "\\\\" + path.substring(LONG_UNC.length());
    }
    if (path.startsWith(LONG)
        && path.length() >= LONG.length() + 2
        && isDriveLetter(path.charAt(LONG.length()))
        && path.charAt(LONG.length() + 1) == ':') {
      return path.substring(LONG.length());
    }
    return path;
  }

  /**
   * Joins the mount point of a volume, as GetVolumePathNameW gives it ({@code C:\}, {@code
   * C:\mnt\data\} for a volume mounted in a folder, possibly with the long-path prefix), and a
   * volume-relative name, as FindFirstFileNameW gives it ({@code \dir\file}), into a path {@code
   * java.nio.file} parses.
   */
  static String joinVolumeName(String volumeRoot, String volumeRelativeName) {
    String root = fromWin32(volumeRoot.replace('/', '\\'));
    String name = volumeRelativeName.replace('/', '\\');
    StringBuilder joined = new StringBuilder(root.length() + name.length() + 1).append(root);
    boolean rootEnds = root.endsWith("\\");
    boolean nameStarts = name.startsWith("\\");
    if (rootEnds && nameStarts) {
      joined.append(name, 1, name.length());
    } else if (rootEnds || nameStarts) {
      joined.append(name);
    } else {
      joined.append('\\').append(name);
    }
    return joined.toString();
  }

  private static String collapse(String rest, String original) {
    StringBuilder out = new StringBuilder(rest.length());
    for (String part : rest.split("\\\\")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("path is not normalized: " + original);
      }
      if (out.length() > 0) {
        out.append('\\');
      }
      out.append(part);
    }
    if (rest.endsWith("\\") && out.length() > 0) {
      out.append('\\');
    }
    return out.toString();
  }

  private static boolean isDriveLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
