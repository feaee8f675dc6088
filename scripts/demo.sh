#!/usr/bin/env bash
# Builds the CLI, then shows Twinfile on a directory: which backend serves it, placements by
# clone, link and copy with every refusal reported, the names of a file, a refusal that leaves
# nothing behind, and a short TCK run. Usage: scripts/demo.sh [DIR]  (default: a temp directory)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

./mvnw -B -q -DskipTests package
twinfile=./twinfile
parent=${1:-${TMPDIR:-/tmp}}
demo=$(mktemp -d "$parent/twinfile-demo-XXXXXX")
trap 'rm -rf "$demo"' EXIT

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@" || printf '(exit %d)\n' "$?"; }

head -c 1048576 /dev/urandom >"$demo/source.bin"
mkdir -p "$demo/sub"
step $twinfile probe "$demo"
step $twinfile place --plan clone,link,copy "$demo/source.bin" "$demo/cheapest.bin"
step $twinfile place --plan link "$demo/source.bin" "$demo/sub/linked.bin"
step $twinfile place --plan copy --physical-copy --json "$demo/source.bin" "$demo/copy.bin"
step $twinfile names --root "$demo" "$demo/source.bin"
step $twinfile place --plan link "$demo/source.bin" "$demo/copy.bin"
step $twinfile place --plan link "$demo/sub" "$demo/directory-link"
step $twinfile tck --tries 10 --cap 2000 --measure-cap 2000 "$demo"

volumes=${TWINFILE_VOLUME_DIR:-/var/tmp/twinfile-volumes}/volumes.properties
if [ -f "$volumes" ]; then
  printf '\nThe real volumes of scripts/volumes.sh:\n'
  grep -v '^#' "$volumes" | while IFS='=' read -r name mount; do
    step $twinfile probe "$mount"
  done
fi
