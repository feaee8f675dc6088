#!/usr/bin/env bash
# Real filesystems for the tests: creates and loop-mounts ext4, xfs (reflink=1), btrfs, tmpfs and
# NTFS (ntfs-3g) images, plus a second ext4 volume for other-volume tests, and writes where they
# are to $TWINFILE_VOLUME_DIR/volumes.properties (default /var/tmp/twinfile-volumes), which the
# tests read. Needs root; installs xfsprogs, btrfs-progs and ntfs-3g with apt-get when missing.
#
#   scripts/volumes.sh up       create and mount what is missing (idempotent)
#   scripts/volumes.sh down     unmount and remove everything
#   scripts/volumes.sh status   print the list
#
# A volume that cannot be made is reported loudly as MISSING; with TWINFILE_REQUIRE_VOLUMES=1
# that makes `up` fail. TWINFILE_VOLUME_SIZE (default 256M) sizes the images; the benchmarks use
# bigger ones in their own TWINFILE_VOLUME_DIR.
set -uo pipefail

base=${TWINFILE_VOLUME_DIR:-/var/tmp/twinfile-volumes}
list="$base/volumes.properties"
all_volumes=(ext4 xfs btrfs tmpfs ntfs ext4-other)
# TWINFILE_VOLUME_NAMES picks some of them (the benchmarks need only ext4, xfs and tmpfs).
read -r -a volumes <<<"${TWINFILE_VOLUME_NAMES:-${all_volumes[*]}}"
missing=()

say() { printf 'volumes: %s\n' "$*" >&2; }

need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    say "MISSING ALL: not root, cannot create loop devices or mount"
    return 1
  fi
}

install_tools() {
  local packages=()
  command -v mkfs.xfs >/dev/null || packages+=(xfsprogs)
  command -v mkfs.btrfs >/dev/null || packages+=(btrfs-progs)
  { command -v mkntfs >/dev/null || command -v mkfs.ntfs >/dev/null; } && command -v ntfs-3g >/dev/null || packages+=(ntfs-3g)
  [ ${#packages[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    say "cannot install ${packages[*]}: no apt-get"
    return 0
  fi
  say "installing ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${packages[@]}" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q "${packages[@]}" >/dev/null 2>&1; } \
    || say "apt-get could not install ${packages[*]}"
}

size=${TWINFILE_VOLUME_SIZE:-256M}

image_size() {
  # mkfs.xfs refuses filesystems under 300 MB.
  if [ "$1" = xfs ] && [ "$size" = 256M ]; then echo 320M; else echo "$size"; fi
}

# Unmounts $1 when it is mounted but dead: a FUSE mount (ntfs-3g) whose daemon was killed with the
# session that started it answers every stat with ENOTCONN ("Transport endpoint is not connected").
heal_mount() {
  local mnt=$1
  if ! stat "$mnt" >/dev/null 2>&1 && findmnt -n --mountpoint "$mnt" >/dev/null 2>&1; then
    say "$mnt is a dead mount (its daemon is gone); unmounting it"
    umount "$mnt" 2>/dev/null || umount -l "$mnt" 2>/dev/null || fusermount -u -z "$mnt" 2>/dev/null
  fi
}

make_volume() {
  local name=$1 mnt="$base/mnt/$1" img="$base/$1.img"
  mkdir -p "$mnt"
  if mountpoint -q "$mnt"; then
    return 0
  fi
  case "$name" in
    tmpfs)
      mount -t tmpfs -o "size=$size" twinfile-tmpfs "$mnt" ;;
    ntfs)
      detach_loops "$img"
      truncate -s "$(image_size ntfs)" "$img" &&
        { command -v mkntfs >/dev/null && mkntfs -q -F -f "$img" >/dev/null 2>&1 || mkfs.ntfs -q -F -f "$img" >/dev/null 2>&1; } || return 1
      local device
      device=$(losetup --find --show "$img") || return 1
      ntfs-3g "$device" "$mnt" || { losetup -d "$device"; return 1; } ;;
    ext4|ext4-other)
      # One inode per 8 KiB: enough for the benchmarks' 100,000-file trees on a few GB.
      truncate -s "$(image_size ext4)" "$img" && mkfs.ext4 -q -F -i 8192 "$img" && mount -o loop "$img" "$mnt" ;;
    xfs)
      truncate -s "$(image_size xfs)" "$img" && mkfs.xfs -q -f -m reflink=1 "$img" && mount -o loop "$img" "$mnt" ;;
    btrfs)
      truncate -s "$(image_size btrfs)" "$img" && mkfs.btrfs -q -f "$img" >/dev/null && mount -o loop "$img" "$mnt" ;;
  esac
}

up() {
  need_root || { write_list; return 1; }
  install_tools
  mkdir -p "$base/mnt"
  for name in "${volumes[@]}"; do
    heal_mount "$base/mnt/$name"
    if make_volume "$name" 2>"$base/$name.err" && mountpoint -q "$base/mnt/$name"; then
      chmod 1777 "$base/mnt/$name"
    else
      missing+=("$name")
      say "MISSING $name: $(tr '\n' ' ' <"$base/$name.err")"
    fi
  done
  write_list
  status
  if [ ${#missing[@]} -gt 0 ] && [ "${TWINFILE_REQUIRE_VOLUMES:-0}" = 1 ]; then
    say "TWINFILE_REQUIRE_VOLUMES=1 and ${#missing[@]} volume(s) missing: ${missing[*]}"
    return 1
  fi
}

# Detaches the loop devices still attached to the image $1 (left by an interrupted run).
detach_loops() {
  losetup -j "$1" 2>/dev/null | cut -d: -f1 | xargs -r -n1 losetup -d 2>/dev/null || true
}

write_list() {
  mkdir -p "$base"
  {
    echo "# Written by scripts/volumes.sh; read by the tests (RealVolumes)."
    for name in "${all_volumes[@]}"; do
      if mountpoint -q "$base/mnt/$name" 2>/dev/null; then
        echo "$name=$base/mnt/$name"
      fi
    done
  } >"$list"
}

down() {
  for name in "${volumes[@]}"; do
    local mnt="$base/mnt/$name"
    heal_mount "$mnt"
    if mountpoint -q "$mnt" 2>/dev/null; then
      local device
      device=$(findmnt -n -o SOURCE --target "$mnt" 2>/dev/null)
      umount "$mnt" 2>/dev/null || umount -l "$mnt"
      case "$device" in /dev/loop*) losetup -d "$device" 2>/dev/null ;; esac
    fi
    detach_loops "$base/$name.img"
    rm -f "$base/$name.img" "$base/$name.err"
  done
  write_list
}

status() {
  if [ -f "$list" ]; then
    grep -v '^#' "$list" | while IFS='=' read -r name mnt; do
      printf 'volumes: %-10s %s (%s)\n' "$name" "$mnt" "$(findmnt -n -o FSTYPE --target "$mnt")" >&2
    done
  else
    say "no volumes are up"
  fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
