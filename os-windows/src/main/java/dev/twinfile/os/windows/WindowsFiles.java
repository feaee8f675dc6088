package dev.twinfile.os.windows;

import com.sun.jna.WString;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Path-level kernel32 calls for the Windows backends: status without following links, hard
 * links, every name of a file, volume information. Every method but {@link #isWindows()} works
 * only on Windows and throws {@link UnsupportedOperationException} elsewhere.
 */
public final class WindowsFiles {
  private WindowsFiles() {}

  /** Returns whether this JVM runs on Windows, without loading any native code. */
  public static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  /** Returns the long-path form of {@code path} for kernel32. */
  static String win32(Path path) {
    return Win32Paths.toWin32(path.toAbsolutePath().normalize().toString());
  }

  /** Returns what a handle tells about {@code path}, a final symbolic link not followed. */
  public static FileInfo status(Path path) throws Win32Exception {
    try (WinFile file = WinFile.openMetadata(path)) {
      return file.info();
    }
  }

  /**
   * Returns what a handle tells about {@code path} after following a final symbolic link,
   * junction or volume mount point; for a directory, that is the volume new files in it land on.
   */
  public static FileInfo statusFollowingLinks(Path path) throws Win32Exception {
    try (WinFile file = WinFile.openMetadataFollowingLinks(path)) {
      return file.info();
    }
  }

  /**
   * Returns the volume holding {@code path}, an existing file or directory; a volume mounted on
   * {@code path} itself counts, as GetVolumePathNameW sees it.
   */
  public static VolumeInfo volume(Path path) throws Win32Exception {
    try (WinFile file = WinFile.openMetadataFollowingLinks(path)) {
      return file.volume();
    }
  }

  /**
   * Returns the mount point of the volume holding {@code path} (GetVolumePathNameW), such as
   * {@code C:\} or {@code C:\mnt\data\}, without the long-path prefix.
   */
  public static String volumePathName(Path path) throws Win32Exception {
    Kernel32 kernel32 = Native32.kernel32();
    String name = win32(path);
    char[] buffer = new char[Math.max(name.length() + 2, Win32.MAX_PATH + 1)];
    if (!kernel32.GetVolumePathName(name, buffer, buffer.length)) {
      throw Native32.lastError("GetVolumePathNameW", path, null);
    }
    return Win32Paths.fromWin32(NameBuffers.read(buffer, buffer.length));
  }

  /**
   * Returns the cluster size of the volume mounted at {@code root} (GetDiskFreeSpaceW: sectors
   * per cluster times bytes per sector).
   */
  public static long clusterSize(String root) throws Win32Exception {
    WinDef.DWORDByReference sectorsPerCluster = new WinDef.DWORDByReference();
    WinDef.DWORDByReference bytesPerSector = new WinDef.DWORDByReference();
    WinDef.DWORDByReference freeClusters = new WinDef.DWORDByReference();
    WinDef.DWORDByReference totalClusters = new WinDef.DWORDByReference();
    String withSlash = root.endsWith("\\") ? root : root + "\\";
    if (!Native32.kernel32()
        .GetDiskFreeSpace(
            withSlash, sectorsPerCluster, bytesPerSector, freeClusters, totalClusters)) {
      throw Native32.lastError("GetDiskFreeSpaceW", Path.of(withSlash), null);
    }
    return sectorsPerCluster.getValue().longValue() * bytesPerSector.getValue().longValue();
  }

  /**
   * Returns whether {@code path} is on a network share: a UNC root, or a drive GetDriveTypeW calls
   * remote. A share reports its server's file system ("NTFS") but may lack file ids and names.
   */
  public static boolean isRemote(Path path) throws Win32Exception {
    String root = volumePathName(path);
    if (root.startsWith("\\\\")) {
      return true;
    }
    String withSlash = root.endsWith("\\") ? root : root + "\\";
    return Native32.kernel32().GetDriveType(withSlash) == Win32.DRIVE_REMOTE;
  }

  /**
   * Deletes {@code path} if it exists, clearing its read-only attribute first if that is what
   * refuses the deletion (CopyFileEx copies the attribute onto a temporary copy).
   */
  public static void deleteEvenIfReadOnly(Path path) throws IOException {
    try {
      Files.deleteIfExists(path);
    } catch (AccessDeniedException e) {
      try (WinFile file = WinFile.openForAttributes(path)) {
        file.setReadOnly(false);
      } catch (Win32Exception cleared) {
        e.addSuppressed(cleared);
        throw e;
      }
      Files.deleteIfExists(path);
    }
  }

  /** Makes {@code link} another name of {@code existing} (CreateHardLinkW). */
  public static void createHardLink(Path link, Path existing) throws Win32Exception {
    Kernel32Ext ext = Native32.ext();
    if (!ext.CreateHardLinkW(new WString(win32(link)), new WString(win32(existing)), null)) {
      throw Native32.lastError("CreateHardLinkW", existing, link);
    }
  }

  /**
   * Removes the name {@code name} of a file that keeps the name {@code otherName}. A read-only
   * file refuses to lose any name, so the attribute is lifted for the deletion and put back
   * through {@code otherName}.
   */
  public static void deleteName(Path name, Path otherName) throws Win32Exception {
    Kernel32 kernel32 = Native32.kernel32();
    if (kernel32.DeleteFile(win32(name))) {
      return;
    }
    Win32Exception refused = Native32.lastError("DeleteFileW", name, null);
    if (refused.code() != Win32.ERROR_ACCESS_DENIED) {
      throw refused;
    }
    try (WinFile file = WinFile.openForAttributes(name)) {
      if (!file.basicInfo().isReadOnly()) {
        throw refused;
      }
      file.setReadOnly(false);
    }
    Win32Exception failed = null;
    if (!kernel32.DeleteFile(win32(name))) {
      failed = Native32.lastError("DeleteFileW", name, null);
    }
    try (WinFile other = WinFile.openForAttributes(otherName)) {
      other.setReadOnly(true);
    } catch (Win32Exception e) {
      if (failed == null) {
        throw e;
      }
      failed.addSuppressed(e);
    }
    if (failed != null) {
      throw failed;
    }
  }

  /**
   * Copies the times and settable attributes of {@code source} to {@code target}, read-only only
   * when {@code withReadOnly}; returns whether {@code source} is read-only.
   */
  public static boolean copyTimesAndAttributes(Path source, Path target, boolean withReadOnly)
      throws Win32Exception {
    try (WinFile from = WinFile.openMetadata(source);
        WinFile to = WinFile.openForAttributes(target)) {
      return to.copyTimesAndAttributesFrom(from, withReadOnly);
    }
  }

  /** Sets the read-only attribute of {@code path}. */
  public static void setReadOnly(Path path) throws Win32Exception {
    try (WinFile file = WinFile.openForAttributes(path)) {
      file.setReadOnly(true);
    }
  }

  /**
   * Returns every name of the file {@code file} (FindFirstFileNameW, FindNextFileNameW), in the
   * order the file system gives them, each joined to the volume's mount point.
   */
  public static List<Path> names(Path file) throws IOException {
    // The names are relative to the volume the file really lives on: resolve junctions and
    // symbolic links in its directories first, or the root may belong to another volume.
    Path real = file.toRealPath();
    String root = volumePathName(real);
    List<Path> names = new ArrayList<>();
    for (String name : volumeRelativeNames(real)) {
      names.add(file.getFileSystem().getPath(Win32Paths.joinVolumeName(root, name)));
    }
    return names;
  }

  private static List<String> volumeRelativeNames(Path file) throws Win32Exception {
    Kernel32Ext ext = Native32.ext();
    WString name = new WString(win32(file));
    char[] buffer = new char[NameBuffers.INITIAL];
    IntByReference length = new IntByReference();
    WinNT.HANDLE find;
    while (true) {
      length.setValue(buffer.length);
      find = ext.FindFirstFileNameW(name, 0, length, buffer);
      if (find != null && !WinBase.INVALID_HANDLE_VALUE.equals(find)) {
        break;
      }
      Win32Exception failed = Native32.lastError("FindFirstFileNameW", file, null);
      buffer = grown(buffer, length.getValue(), failed);
    }
    List<String> names = new ArrayList<>();
    try {
      names.add(NameBuffers.read(buffer, length.getValue()));
      while (true) {
        length.setValue(buffer.length);
        if (ext.FindNextFileNameW(find, length, buffer)) {
          names.add(NameBuffers.read(buffer, length.getValue()));
          continue;
        }
        Win32Exception failed = Native32.lastError("FindNextFileNameW", file, null);
        if (failed.code() == Win32.ERROR_HANDLE_EOF) {
          return names;
        }
        buffer = grown(buffer, length.getValue(), failed);
      }
    } finally {
      if (!Native32.kernel32().FindClose(find)) {
        // Nothing to undo; the names read are whole. Report the leak rather than hide it.
        System.getLogger(WindowsFiles.class.getName())
            .log(System.Logger.Level.WARNING, "FindClose failed for the names of " + file);
      }
    }
  }

  /** Returns a larger buffer after {@code ERROR_MORE_DATA}, or throws {@code failed}. */
  private static char[] grown(char[] buffer, int reported, Win32Exception failed)
      throws Win32Exception {
    if (failed.code() != Win32.ERROR_MORE_DATA) {
      throw failed;
    }
    int capacity = NameBuffers.grow(buffer.length, reported);
    if (capacity < 0) {
      throw failed;
    }
    return new char[capacity];
  }
}
