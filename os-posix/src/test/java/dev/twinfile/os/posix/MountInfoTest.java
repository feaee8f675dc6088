package dev.twinfile.os.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MountInfoTest {
  private static final List<String> LINES =
      List.of(
          "22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw",
          "42 22 7:0 / /mnt/xfs rw,relatime - xfs /dev/loop0 rw,inode64",
          "43 22 0:41 / /mnt/ntfs rw,relatime - fuseblk /dev/loop5 rw,user_id=0,allow_other",
          "44 22 0:42 / /mnt/with\\040space rw - tmpfs tmpfs rw,size=1024k",
          "45 42 7:1 / /mnt/xfs/inner rw - btrfs /dev/loop1 rw",
          "garbage line without separator");

  @Test
  void parsesTypeSourceAndOptionsAfterTheSeparator() {
    List<MountInfo> mounts = MountInfo.parse(LINES);

    assertEquals(5, mounts.size());
    assertEquals(new MountInfo("/mnt/xfs", "xfs", "/dev/loop0", "rw,inode64"), mounts.get(1));
    assertEquals("/mnt/with space", mounts.get(3).mountPoint());
  }

  @Test
  void theLongestMountPointHoldingThePathWins() {
    List<MountInfo> mounts = MountInfo.parse(LINES);

    assertEquals("btrfs", MountInfo.holding("/mnt/xfs/inner/a/b", mounts).type());
    assertEquals("xfs", MountInfo.holding("/mnt/xfs/innermost", mounts).type());
    assertEquals("xfs", MountInfo.holding("/mnt/xfs", mounts).type());
    assertEquals("ext4", MountInfo.holding("/home/user", mounts).type());
  }

  @Test
  void fuseMountsAreRecognised() {
    List<MountInfo> mounts = MountInfo.parse(LINES);

    assertTrue(mounts.get(2).isFuse());
    assertFalse(mounts.get(1).isFuse());
    assertTrue(new MountInfo("/m", "fuse.sshfs", "host:", "").isFuse());
  }
}
