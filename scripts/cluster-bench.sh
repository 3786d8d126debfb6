#!/usr/bin/env bash
# The scale-out figures of docs/scale-out.md: ClusterKillTest with 1, 2 and 3 instances and no kills (photos/s),
# then 3 instances with KILLS kills (takeover times). Needs AUTOCAPTION_TEST_PG_URL (.ci/postgres start DIR prints
# one). Usage: scripts/cluster-bench.sh [PHOTOS] [WRITE_MS] [KILLS]   (defaults 300, 250, 2)
set -euo pipefail
cd "$(dirname "$0")/.."
PHOTOS="${1:-300}"
WRITE_MS="${2:-250}"
KILLS="${3:-2}"
: "${AUTOCAPTION_TEST_PG_URL:?set AUTOCAPTION_TEST_PG_URL to a jdbc:postgresql: URL}"
run() {
  mvn -q -pl bot -am test -Dtest=ClusterKillTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Dcluster.instances="$1" -Dcluster.kills="$2" -Dcluster.arrive-ms="$3" \
      -Dcluster.photos="$PHOTOS" -Dcluster.write-ms="$WRITE_MS" | grep '^cluster test:'
}
for instances in 1 2 3; do
  run "$instances" 0 0
done
run 3 "$KILLS" 150
