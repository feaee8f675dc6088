#!/usr/bin/env bash
# Benchmarks on real volumes, compared in the same run with the peers.
#
#   bench/run.sh placement   JMH: 100,000 placements through the engine vs Files.createLink, a
#                            bare FICLONE and the peers cp -al and cp -a --reflink=always, on
#                            tmpfs, ext4 and xfs
#   bench/run.sh down        unmount and remove the benchmark volumes
#
# Makes its own 3 GB volumes in /var/tmp/twinfile-bench (root needed), builds, and writes JMH's
# results to bench/results/. Numbers vary between machines: compare ratios from one run.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
export TWINFILE_VOLUME_DIR=/var/tmp/twinfile-bench TWINFILE_VOLUME_SIZE=3G TWINFILE_VOLUME_NAMES="ext4 xfs tmpfs"
mnt=$TWINFILE_VOLUME_DIR/mnt

if [ "${1:-placement}" = down ]; then
  exec scripts/volumes.sh down
fi

TWINFILE_REQUIRE_VOLUMES=1 scripts/volumes.sh up
for volume in $TWINFILE_VOLUME_NAMES; do
  mountpoint -q "$mnt/$volume" || { echo "bench: $mnt/$volume is not mounted; refusing to measure the root filesystem" >&2; exit 1; }
done
./mvnw -B -q -DskipTests package -pl bench -am
jar=$(ls bench/target/twinfile-bench-*.jar | head -1)
classpath="$jar:$(ls bench/target/lib/*.jar | tr '\n' ':')"
mkdir -p bench/results

jmh() {
  java -cp "$classpath" org.openjdk.jmh.Main "$@"
}

case "${1:-placement}" in
  placement)
    for volume in tmpfs ext4; do
      jmh 'PlacementBenchmark.link' -p volume="$mnt/$volume" -rf json -rff "bench/results/link-$volume.json"
    done
    jmh 'PlacementBenchmark.(link|clone)' -p volume="$mnt/xfs" -rf json -rff "bench/results/placement-xfs.json"
    ;;
  *)
    echo "usage: bench/run.sh placement|down" >&2
    exit 2
    ;;
esac
