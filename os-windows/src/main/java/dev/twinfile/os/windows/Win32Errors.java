package dev.twinfile.os.windows;

import java.util.HashMap;
import java.util.Map;

/**
 * Symbolic names and short descriptions of the Win32 error codes the backends meet. A table, not
 * FormatMessage, so a message is readable on any OS and in tests; codes outside the table get a
 * generated name and, on Windows, the system's text.
 */
final class Win32Errors {
  private static final Map<Integer, String[]> TABLE = new HashMap<>();

  static {
    add(0, "ERROR_SUCCESS", "The operation completed successfully.");
    add(1, "ERROR_INVALID_FUNCTION", "Incorrect function.");
    add(2, "ERROR_FILE_NOT_FOUND", "The system cannot find the file specified.");
    add(3, "ERROR_PATH_NOT_FOUND", "The system cannot find the path specified.");
    add(4, "ERROR_TOO_MANY_OPEN_FILES", "The system cannot open the file.");
    add(5, "ERROR_ACCESS_DENIED", "Access is denied.");
    add(6, "ERROR_INVALID_HANDLE", "The handle is invalid.");
    add(8, "ERROR_NOT_ENOUGH_MEMORY", "Not enough memory resources are available.");
    add(14, "ERROR_OUTOFMEMORY", "Not enough memory resources are available.");
    add(15, "ERROR_INVALID_DRIVE", "The system cannot find the drive specified.");
    add(17, "ERROR_NOT_SAME_DEVICE", "The system cannot move the file to a different disk drive.");
    add(19, "ERROR_WRITE_PROTECT", "The media is write protected.");
    add(21, "ERROR_NOT_READY", "The device is not ready.");
    add(32, "ERROR_SHARING_VIOLATION", "The file is being used by another process.");
    add(33, "ERROR_LOCK_VIOLATION", "Another process has locked a portion of the file.");
    add(38, "ERROR_HANDLE_EOF", "Reached the end of the file.");
    add(39, "ERROR_HANDLE_DISK_FULL", "The disk is full.");
    add(50, "ERROR_NOT_SUPPORTED", "The request is not supported.");
    add(53, "ERROR_BAD_NETPATH", "The network path was not found.");
    add(64, "ERROR_NETNAME_DELETED", "The specified network name is no longer available.");
    add(67, "ERROR_BAD_NET_NAME", "The network name cannot be found.");
    add(80, "ERROR_FILE_EXISTS", "The file exists.");
    add(87, "ERROR_INVALID_PARAMETER", "The parameter is incorrect.");
    add(112, "ERROR_DISK_FULL", "There is not enough space on the disk.");
    add(122, "ERROR_INSUFFICIENT_BUFFER", "The data area passed to a system call is too small.");
    add(
        123,
        "ERROR_INVALID_NAME",
        "The file name, directory name, or volume label syntax is incorrect.");
    add(145, "ERROR_DIR_NOT_EMPTY", "The directory is not empty.");
    add(161, "ERROR_BAD_PATHNAME", "The specified path is invalid.");
    add(183, "ERROR_ALREADY_EXISTS", "Cannot create a file when that file already exists.");
    add(206, "ERROR_FILENAME_EXCED_RANGE", "The filename or extension is too long.");
    add(234, "ERROR_MORE_DATA", "More data is available.");
    add(267, "ERROR_DIRECTORY", "The directory name is invalid.");
    add(
        303,
        "ERROR_DELETE_PENDING",
        "The file cannot be opened because it is in the process of being deleted.");
    add(
        347,
        "ERROR_BLOCK_TOO_MANY_REFERENCES",
        "Too many file regions already share these blocks (the ReFS block-cloning limit).");
    add(
        665,
        "ERROR_FILE_SYSTEM_LIMITATION",
        "The requested operation could not be completed due to a file system limitation.");
    add(775, "ERROR_NOT_CAPABLE", "The file system is not capable of the requested operation.");
    add(1005, "ERROR_UNRECOGNIZED_VOLUME", "The volume does not contain a recognized file system.");
    add(
        1117,
        "ERROR_IO_DEVICE",
        "The request could not be performed because of an I/O device error.");
    add(
        1142,
        "ERROR_TOO_MANY_LINKS",
        "An attempt was made to create more links on a file than the file system supports.");
    add(
        1224,
        "ERROR_USER_MAPPED_FILE",
        "The requested operation cannot be performed on a file with a user-mapped section open.");
    add(1314, "ERROR_PRIVILEGE_NOT_HELD", "A required privilege is not held by the client.");
    add(1392, "ERROR_FILE_CORRUPT", "The file or directory is corrupted and unreadable.");
    add(1393, "ERROR_DISK_CORRUPT", "The disk structure is corrupted and unreadable.");
    add(
        1450,
        "ERROR_NO_SYSTEM_RESOURCES",
        "Insufficient system resources exist to complete the requested service.");
    add(
        1784,
        "ERROR_INVALID_USER_BUFFER",
        "The supplied user buffer is not valid for the requested operation.");
    add(1920, "ERROR_CANT_ACCESS_FILE", "The file cannot be accessed by the system.");
    add(
        1921,
        "ERROR_CANT_RESOLVE_FILENAME",
        "The name of the file cannot be resolved by the system.");
    add(4390, "ERROR_NOT_A_REPARSE_POINT", "The file or directory is not a reparse point.");
    add(
        4392,
        "ERROR_INVALID_REPARSE_DATA",
        "The data present in the reparse point buffer is invalid.");
    add(6009, "ERROR_FILE_READ_ONLY", "The specified file is read only.");
  }

  private Win32Errors() {}

  private static void add(int code, String symbol, String description) {
    TABLE.put(code, new String[] {symbol, description});
  }

  /** Returns the symbolic name of {@code code}, or {@code WIN32_ERROR_<code>} when unknown. */
  static String symbol(int code) {
    String[] entry = TABLE.get(code);
    return entry != null ? entry[0] : "WIN32_ERROR_" + Integer.toUnsignedString(code);
  }

  /** Returns a short description of {@code code}, or null when the table does not know it. */
  static String description(int code) {
    String[] entry = TABLE.get(code);
    return entry != null ? entry[1] : null;
  }

  /** Returns every known code with its symbolic name, for tests that check the table. */
  static Map<Integer, String> symbols() {
    Map<Integer, String> symbols = new HashMap<>();
    TABLE.forEach((code, entry) -> symbols.put(code, entry[0]));
    return symbols;
  }
}
