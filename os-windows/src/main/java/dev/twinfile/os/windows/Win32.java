package dev.twinfile.os.windows;

/**
 * The Win32 numbers this module uses, written out so pure code needs no JNA class; a test checks
 * each against jna-platform where jna-platform has it, and the control codes against CTL_CODE.
 */
final class Win32 {
  private Win32() {}

  // Error codes (winerror.h).
  static final int ERROR_SUCCESS = 0;
  static final int ERROR_INVALID_FUNCTION = 1;
  static final int ERROR_FILE_NOT_FOUND = 2;
  static final int ERROR_PATH_NOT_FOUND = 3;
  static final int ERROR_ACCESS_DENIED = 5;
  static final int ERROR_HANDLE_EOF = 38;
  static final int ERROR_NOT_SUPPORTED = 50;
  static final int ERROR_FILE_EXISTS = 80;
  static final int ERROR_INVALID_PARAMETER = 87;
  static final int ERROR_ALREADY_EXISTS = 183;
  static final int ERROR_MORE_DATA = 234;
  static final int ERROR_PRIVILEGE_NOT_HELD = 1314;

  // File attributes (winnt.h).
  static final int FILE_ATTRIBUTE_READONLY = 0x1;
  static final int FILE_ATTRIBUTE_HIDDEN = 0x2;
  static final int FILE_ATTRIBUTE_SYSTEM = 0x4;
  static final int FILE_ATTRIBUTE_DIRECTORY = 0x10;
  static final int FILE_ATTRIBUTE_ARCHIVE = 0x20;
  static final int FILE_ATTRIBUTE_DEVICE = 0x40;
  static final int FILE_ATTRIBUTE_NORMAL = 0x80;
  static final int FILE_ATTRIBUTE_TEMPORARY = 0x100;
  static final int FILE_ATTRIBUTE_SPARSE_FILE = 0x200;
  static final int FILE_ATTRIBUTE_REPARSE_POINT = 0x400;
  static final int FILE_ATTRIBUTE_OFFLINE = 0x1000;
  static final int FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000;
  static final int FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000;
  static final int FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000;

  static final int IO_REPARSE_TAG_SYMLINK = 0xA000000C;

  // Volume flags (GetVolumeInformation lpFileSystemFlags).
  static final int FILE_SUPPORTS_SPARSE_FILES = 0x00000040;
  static final int FILE_READ_ONLY_VOLUME = 0x00080000;
  static final int FILE_SUPPORTS_HARD_LINKS = 0x00400000;
  static final int FILE_SUPPORTS_OPEN_BY_FILE_ID = 0x01000000;
  static final int FILE_SUPPORTS_INTEGRITY_STREAMS = 0x04000000;
  static final int FILE_SUPPORTS_BLOCK_REFCOUNTING = 0x08000000;

  // CreateFile access, sharing, disposition and flags.
  static final int GENERIC_READ = 0x80000000;
  static final int GENERIC_WRITE = 0x40000000;
  static final int DELETE = 0x00010000;
  static final int FILE_READ_ATTRIBUTES = 0x80;
  static final int FILE_WRITE_ATTRIBUTES = 0x100;
  static final int FILE_SHARE_READ = 0x1;
  static final int FILE_SHARE_WRITE = 0x2;
  static final int FILE_SHARE_DELETE = 0x4;
  static final int CREATE_NEW = 1;
  static final int OPEN_EXISTING = 3;
  static final int FILE_FLAG_BACKUP_SEMANTICS = 0x02000000;
  static final int FILE_FLAG_OPEN_REPARSE_POINT = 0x00200000;

  // FILE_INFO_BY_HANDLE_CLASS.
  static final int FILE_BASIC_INFO = 0;
  static final int FILE_DISPOSITION_INFO = 4;
  static final int FILE_END_OF_FILE_INFO = 6;
  static final int FILE_ATTRIBUTE_TAG_INFO = 9;
  static final int FILE_ID_INFO = 18;

  // File-system controls: CTL_CODE(FILE_DEVICE_FILE_SYSTEM, function, METHOD_BUFFERED, access).
  static final int FSCTL_SET_SPARSE = 0x000900C4;
  /** CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 28, METHOD_NEITHER, FILE_ANY_ACCESS). */
  static final int FSCTL_GET_RETRIEVAL_POINTERS = 0x00090073;
  static final int FSCTL_GET_INTEGRITY_INFORMATION = 0x0009027C;
  static final int FSCTL_SET_INTEGRITY_INFORMATION = 0x0009C280;
  static final int FSCTL_DUPLICATE_EXTENTS_TO_FILE = 0x00098344;

  /** Longest path the wide-character APIs accept, in characters, with its terminator. */
  static final int MAX_LONG_PATH = 32_768;

  /** The classic MAX_PATH, a first guess for buffers that usually hold a short path. */
  static final int MAX_PATH = 260;
  /** GetDriveTypeW: a network drive. */
  static final int DRIVE_REMOTE = 4;

  /** Computes a device control code the way winioctl.h's CTL_CODE macro does. */
  static int ctlCode(int deviceType, int function, int method, int access) {
    return (deviceType << 16) | (access << 14) | (function << 2) | method;
  }
}
