package dev.twinfile.os.windows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import dev.twinfile.spi.Extent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An open Win32 file handle, closed by {@link #close()}. Existing files are opened without
 * following a final symbolic link (the link itself is opened), except by {@link
 * #openMetadataFollowingLinks}, and directories can be opened, so a caller checks {@link #info()}
 * before treating the file as a regular one. Not thread-safe.
 */
public final class WinFile implements AutoCloseable {
  private static final int SHARE_ALL =
      Win32.FILE_SHARE_READ | Win32.FILE_SHARE_WRITE | Win32.FILE_SHARE_DELETE;
  private static final int EXISTING_FLAGS =
      Win32.FILE_FLAG_BACKUP_SEMANTICS | Win32.FILE_FLAG_OPEN_REPARSE_POINT;

  private final Path path;
  private WinNT.HANDLE handle;

  private WinFile(Path path, WinNT.HANDLE handle) {
    this.path = path;
    this.handle = handle;
  }

  /** Opens {@code path} to read its metadata only. */
  public static WinFile openMetadata(Path path) throws Win32Exception {
    return open(path, Win32.FILE_READ_ATTRIBUTES, SHARE_ALL, Win32.OPEN_EXISTING, EXISTING_FLAGS);
  }

  /**
   * Opens {@code path} to read its metadata, following a final symbolic link, junction or volume
   * mount point: the file or directory a new name under {@code path} would land in.
   */
  public static WinFile openMetadataFollowingLinks(Path path) throws Win32Exception {
    return open(
        path,
        Win32.FILE_READ_ATTRIBUTES,
        SHARE_ALL,
        Win32.OPEN_EXISTING,
        Win32.FILE_FLAG_BACKUP_SEMANTICS);
  }

  /** Opens {@code path} to read its data and metadata (the source of a clone). */
  public static WinFile openForReading(Path path) throws Win32Exception {
    return open(
        path,
        Win32.GENERIC_READ | Win32.FILE_READ_ATTRIBUTES,
        SHARE_ALL,
        Win32.OPEN_EXISTING,
        EXISTING_FLAGS);
  }

  /** Opens {@code path} to read and change its times and attributes. */
  public static WinFile openForAttributes(Path path) throws Win32Exception {
    return open(
        path,
        Win32.FILE_READ_ATTRIBUTES | Win32.FILE_WRITE_ATTRIBUTES,
        SHARE_ALL,
        Win32.OPEN_EXISTING,
        EXISTING_FLAGS);
  }

  /**
   * Creates the new, empty file {@code path}, failing with {@code ERROR_FILE_EXISTS} when any file
   * has that name; opened to read, write and delete, shared for reading only.
   */
  public static WinFile createNew(Path path) throws Win32Exception {
    return open(
        path,
        Win32.GENERIC_READ | Win32.GENERIC_WRITE | Win32.DELETE,
        Win32.FILE_SHARE_READ,
        Win32.CREATE_NEW,
        Win32.FILE_ATTRIBUTE_NORMAL);
  }

  private static WinFile open(Path path, int access, int share, int disposition, int flags)
      throws Win32Exception {
    Kernel32 kernel32 = Native32.kernel32();
    WinNT.HANDLE handle =
        kernel32.CreateFile(
            WindowsFiles.win32(path), access, share, null, disposition, flags, null);
    if (handle == null || WinBase.INVALID_HANDLE_VALUE.equals(handle)) {
      throw Native32.lastError("CreateFileW", path, null);
    }
    return new WinFile(path, handle);
  }

  /** Returns the path this handle was opened with. */
  public Path path() {
    return path;
  }

  private WinNT.HANDLE handle() {
    if (handle == null) {
      throw new IllegalStateException("handle of " + path + " is closed");
    }
    return handle;
  }

  /** Returns the identity, attributes, link count, size and last-write time. */
  public FileInfo info() throws Win32Exception {
    byte[] byHandle = new byte[Layouts.BY_HANDLE_FILE_INFORMATION_SIZE];
    if (!Native32.ext().GetFileInformationByHandle(handle(), byHandle)) {
      throw Native32.lastError("GetFileInformationByHandle", path, null);
    }
    byte[] id =
        Native32.fileInformation(handle(), Win32.FILE_ID_INFO, Layouts.FILE_ID_INFO_SIZE, path);
    FileInfo info = Layouts.fileInfo(byHandle, id, 0);
    if ((info.attributes() & Win32.FILE_ATTRIBUTE_REPARSE_POINT) == 0) {
      return info;
    }
    byte[] tag =
        Native32.fileInformation(
            handle(), Win32.FILE_ATTRIBUTE_TAG_INFO, Layouts.FILE_ATTRIBUTE_TAG_INFO_SIZE, path);
    return Layouts.fileInfo(byHandle, id, Layouts.reparseTag(tag));
  }

  /** Returns the file system, flags, serial number and mount point of the file's volume. */
  public VolumeInfo volume() throws Win32Exception {
    char[] label = new char[Win32.MAX_PATH + 1];
    char[] fileSystem = new char[Win32.MAX_PATH + 1];
    IntByReference serial = new IntByReference();
    IntByReference maxComponent = new IntByReference();
    IntByReference flags = new IntByReference();
    if (!Native32.ext()
        .GetVolumeInformationByHandleW(
            handle(),
            label,
            label.length,
            serial,
            maxComponent,
            flags,
            fileSystem,
            fileSystem.length)) {
      throw Native32.lastError("GetVolumeInformationByHandleW", path, null);
    }
    return new VolumeInfo(
        WindowsFiles.volumePathName(realPathOrAsGiven()),
        NameBuffers.read(fileSystem, fileSystem.length),
        serial.getValue() & 0xFFFF_FFFFL,
        flags.getValue(),
        maxComponent.getValue(),
        NameBuffers.read(label, label.length));
  }

  /**
   * Returns the path with junctions and symbolic links resolved, so GetVolumePathNameW names the
   * volume the handle is really on; the path as given if it cannot be resolved.
   */
  private Path realPathOrAsGiven() {
    try {
      return path.toRealPath();
    } catch (java.io.IOException | RuntimeException e) {
      return path;
    }
  }

  /** Returns the integrity setting and cluster size ({@code FSCTL_GET_INTEGRITY_INFORMATION}). */
  public IntegrityInfo integrity() throws Win32Exception {
    return Layouts.integrity(
        Native32.control(
            handle(),
            Win32.FSCTL_GET_INTEGRITY_INFORMATION,
            "FSCTL_GET_INTEGRITY_INFORMATION",
            null,
            Layouts.GET_INTEGRITY_SIZE,
            path,
            null));
  }

  /**
   * Gives the file {@code setting}'s integrity setting ({@code FSCTL_SET_INTEGRITY_INFORMATION});
   * ReFS takes it only while the file is empty.
   */
  public void setIntegrity(IntegrityInfo setting) throws Win32Exception {
    Native32.control(
        handle(),
        Win32.FSCTL_SET_INTEGRITY_INFORMATION,
        "FSCTL_SET_INTEGRITY_INFORMATION",
        Layouts.setIntegrity(setting),
        0,
        path,
        null);
  }

  /**
   * Returns where the file's non-resident data lies, in bytes, for a volume of {@code
   * clusterBytes} clusters ({@code FSCTL_GET_RETRIEVAL_POINTERS}, asked again while it answers
   * ERROR_MORE_DATA). Data kept in the file record (resident) has no extent.
   */
  public List<Extent> extents(long clusterBytes) throws Win32Exception {
    List<Extent> extents = new ArrayList<>();
    boolean[] more = {true};
    long vcn = 0;
    while (more[0]) {
      byte[] output =
          Native32.controlInParts(
              handle(),
              Win32.FSCTL_GET_RETRIEVAL_POINTERS,
              "FSCTL_GET_RETRIEVAL_POINTERS",
              RetrievalPointers.input(vcn),
              RetrievalPointers.OUTPUT_BYTES,
              path,
              more);
      if (output == null) {
        break;
      }
      long next = RetrievalPointers.decode(output, clusterBytes, extents);
      if (next <= vcn) {
        break;
      }
      vcn = next;
    }
    return extents;
  }

  /** Marks the file sparse ({@code FSCTL_SET_SPARSE} without a buffer). */
  public void setSparse() throws Win32Exception {
    Native32.control(handle(), Win32.FSCTL_SET_SPARSE, "FSCTL_SET_SPARSE", null, 0, path, null);
  }

  /** Sets the file's size ({@code SetFileInformationByHandle(FileEndOfFileInfo)}). */
  public void setEndOfFile(long size) throws Win32Exception {
    Native32.setFileInformation(
        handle(), Win32.FILE_END_OF_FILE_INFO, Layouts.endOfFile(size), path);
  }

  /**
   * Marks the file to be deleted when its last handle closes, or clears the mark ({@code
   * FileDispositionInfo}); needs a handle from {@link #createNew}.
   */
  public void setDeleteOnClose(boolean delete) throws Win32Exception {
    Native32.setFileInformation(
        handle(), Win32.FILE_DISPOSITION_INFO, Layouts.disposition(delete), path);
  }

  /**
   * Makes {@code byteCount} bytes at {@code targetOffset} of this file share the blocks at {@code
   * sourceOffset} of {@code source} ({@code FSCTL_DUPLICATE_EXTENTS_TO_FILE}, sent to this, the
   * target). ReFS wants cluster-aligned offsets and length, less than 4 GiB per call, and a target
   * already long enough.
   */
  public void duplicateExtentsFrom(
      WinFile source, long sourceOffset, long targetOffset, long byteCount) throws Win32Exception {
    byte[] data =
        Layouts.duplicateExtents(
            Pointer.nativeValue(source.handle().getPointer()),
            Native.POINTER_SIZE,
            sourceOffset,
            targetOffset,
            byteCount);
    Native32.control(
        handle(),
        Win32.FSCTL_DUPLICATE_EXTENTS_TO_FILE,
        "FSCTL_DUPLICATE_EXTENTS_TO_FILE",
        data,
        0,
        path,
        source.path);
  }

  /**
   * Gives this file the creation, access and write times and the settable attributes of {@code
   * source}, the read-only attribute only when {@code withReadOnly}. Returns whether {@code source}
   * is read-only, so a caller that left it out can add it once the file is in place.
   */
  public boolean copyTimesAndAttributesFrom(WinFile source, boolean withReadOnly)
      throws Win32Exception {
    BasicInfo from = source.basicInfo();
    setBasicInfo(from.forCopy(withReadOnly));
    return from.isReadOnly();
  }

  /** Sets or clears the read-only attribute, leaving the times and other attributes alone. */
  public void setReadOnly(boolean readOnly) throws Win32Exception {
    BasicInfo current = basicInfo();
    int attributes = current.attributes() & BasicInfo.SETTABLE_ATTRIBUTES;
    attributes =
        readOnly
            ? attributes | Win32.FILE_ATTRIBUTE_READONLY
            : attributes & ~Win32.FILE_ATTRIBUTE_READONLY;
    setBasicInfo(
        new BasicInfo(0, 0, 0, 0, attributes == 0 ? Win32.FILE_ATTRIBUTE_NORMAL : attributes));
  }

  BasicInfo basicInfo() throws Win32Exception {
    return Layouts.basicInfo(
        Native32.fileInformation(
            handle(), Win32.FILE_BASIC_INFO, Layouts.FILE_BASIC_INFO_SIZE, path));
  }

  void setBasicInfo(BasicInfo info) throws Win32Exception {
    Native32.setFileInformation(handle(), Win32.FILE_BASIC_INFO, Layouts.basicInfo(info), path);
  }

  /** Closes the handle; a second call does nothing. */
  @Override
  public void close() throws Win32Exception {
    WinNT.HANDLE open = handle;
    if (open == null) {
      return;
    }
    handle = null;
    if (!Native32.kernel32().CloseHandle(open)) {
      throw Native32.lastError("CloseHandle", path, null);
    }
  }
}
