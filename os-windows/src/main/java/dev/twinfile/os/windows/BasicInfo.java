package dev.twinfile.os.windows;

/**
 * {@code FILE_BASIC_INFO}: the four times (FILETIME ticks; 0 leaves a time unchanged when set) and
 * the attributes of a file.
 */
record BasicInfo(
    long creationTicks,
    long lastAccessTicks,
    long lastWriteTicks,
    long changeTicks,
    int attributes) {

  /**
   * The attributes SetFileInformationByHandle(FileBasicInfo) may change; the rest (directory,
   * sparse, reparse point, compression, encryption, integrity) belong to the file system.
   */
  static final int SETTABLE_ATTRIBUTES =
      Win32.FILE_ATTRIBUTE_READONLY
          | Win32.FILE_ATTRIBUTE_HIDDEN
          | Win32.FILE_ATTRIBUTE_SYSTEM
          | Win32.FILE_ATTRIBUTE_ARCHIVE
          | Win32.FILE_ATTRIBUTE_TEMPORARY
          | Win32.FILE_ATTRIBUTE_OFFLINE
          | Win32.FILE_ATTRIBUTE_NOT_CONTENT_INDEXED
          | Win32.FILE_ATTRIBUTE_NO_SCRUB_DATA;

  /**
   * Returns what to set on a copy of a file with this information: its creation, access and
   * write times (the change time stays the copy's own) and its settable attributes, except
   * read-only when {@code withReadOnly} is false. Attributes of 0 mean "unchanged" to the call,
   * so a file with none of them gets {@code FILE_ATTRIBUTE_NORMAL}, which clears them.
   */
  BasicInfo forCopy(boolean withReadOnly) {
    int settable = attributes & SETTABLE_ATTRIBUTES;
    if (!withReadOnly) {
      settable &= ~Win32.FILE_ATTRIBUTE_READONLY;
    }
    return new BasicInfo(
        creationTicks,
        lastAccessTicks,
        lastWriteTicks,
        0,
        settable == 0 ? Win32.FILE_ATTRIBUTE_NORMAL : settable);
  }

  /** Returns whether the read-only attribute is set. */
  boolean isReadOnly() {
    return (attributes & Win32.FILE_ATTRIBUTE_READONLY) != 0;
  }
}
