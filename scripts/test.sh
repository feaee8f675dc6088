#!/usr/bin/env bash
# Runs every test. As root it first mounts the real volumes (scripts/volumes.sh up) so the
# POSIX and NTFS backends and the TCK run on ext4, xfs, btrfs, tmpfs and ntfs-3g; without root
# those tests are skipped, each saying so. TWINFILE_REQUIRE_VOLUMES=1 turns a missing volume into
# a failure (CI sets it).
#
# Runs ./mvnw -B verify on the default JDK, then on a second JDK when one is found: the one named
# by TWINFILE_SECOND_JDK, else a Temurin 25 under /usr/lib/jvm. TWINFILE_SECOND_JDK=none skips it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

if [ "$(id -u)" -eq 0 ]; then
  scripts/volumes.sh up
else
  echo "test.sh: not root, so no real volumes: their tests will be skipped (loudly)" >&2
  if [ "${TWINFILE_REQUIRE_VOLUMES:-0}" = 1 ]; then
    echo "test.sh: TWINFILE_REQUIRE_VOLUMES=1 needs root to mount them" >&2
    exit 1
  fi
fi

echo "test.sh: ./mvnw -B verify on $(java -version 2>&1 | head -1)" >&2
./mvnw -B verify

second=${TWINFILE_SECOND_JDK:-}
if [ -z "$second" ]; then
  second=$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1 || true)
fi
if [ -n "$second" ] && [ "$second" != none ]; then
  echo "test.sh: ./mvnw -B verify on $("$second/bin/java" -version 2>&1 | head -1) ($second)" >&2
  JAVA_HOME="$second" ./mvnw -B verify
fi
