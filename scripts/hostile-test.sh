#!/usr/bin/env bash
# The long hostile-input suite: the same JUnit storms as `mvn verify` (bot/src/test/.../hostile), with the generated
# families SCALE times larger, then the figures per kind and in all. Fails unless every input ends where it may, with
# no crash, no lost photo and no wrong write. Usage: scripts/hostile-test.sh [SCALE]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE="${1:-10}"
rm -rf bot/target/hostile
status=0
mvn -o -q -pl bot -am verify -Dtest='Hostile*Test' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dhostile.scale="$SCALE" || status=$?
if compgen -G "bot/target/hostile/*.txt" > /dev/null; then
    cat bot/target/hostile/*.txt
    awk '{ for (i = 1; i <= NF; i++) if ($(i + 1) ~ /^inputs$/) inputs += $i;
           for (i = 1; i <= NF; i++) if ($(i + 1) ~ /^crashes,$/) crashes += $i;
           for (i = 1; i <= NF; i++) if ($(i + 1) ~ /^lost,$/) lost += $i }
         END { printf "hostile total: %d inputs, %d crashes, %d lost (scale %s)\n", inputs, crashes, lost, "'"$SCALE"'" }' \
        bot/target/hostile/*.txt
fi
exit "$status"
