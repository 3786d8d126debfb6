#!/usr/bin/env bash
# The long crash test: the daemon as a child process, SIGKILLed at random moments KILLS times during a run of
# PHOTOS photos, restarted each time; fails unless every eligible photo was written exactly once and nothing is
# stuck. Usage: scripts/crash-test.sh [KILLS] [PHOTOS] [SEED]   (defaults 100, 200, random)
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS="${1:-100}"
PHOTOS="${2:-200}"
SEED="${3:-$RANDOM$RANDOM}"
exec mvn -o -q -pl bot -am test -Dtest=CrashTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcrash.kills="$KILLS" -Dcrash.photos="$PHOTOS" -Dcrash.seed="$SEED"
