#!/usr/bin/env bash
# Makes this fixture with the real release: builds commit 6bf5ce7 in a worktree of its own, runs its jar on an empty
# data directory, fills it with generate.py over HTTP, stops it with SIGTERM and packs the data directory as
# store.zip. Provenance only: no test runs it. Running it again makes a new store (new ids, times and key), and every
# file under expected/ with it.
#
# usage: make-fixture.sh [PORT]    (the release's worktree goes to $RELEASE_WORKTREE, default /work/wt-release-6bf5ce7)
set -euo pipefail

RELEASE=6bf5ce7
PORT=${1:-18931}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
WORKTREE=${RELEASE_WORKTREE:-/work/wt-release-$RELEASE}
WORK=$(mktemp -d)
DATA=$WORK/data

[ -d "$WORKTREE" ] || git -C "$REPO" worktree add "$WORKTREE" "$RELEASE"
[ "$(git -C "$WORKTREE" rev-parse --short=7 HEAD)" = "$RELEASE" ] || { echo "$WORKTREE is not at $RELEASE" >&2; exit 1; }
# never 'mvn install': the modules resolve from the reactor of the worktree's root
(cd "$WORKTREE" && mvn -B -q -DskipTests package)

python3 "$HERE/make-snapshot-subsets.py" "$REPO/../shared/data/algoritmeregister" "$HERE/algoritmeregister"

# h2.maxCompactTime: H2 (2.3.232, the release's own) compacts the file for up to 10 s when the ledger closes it, instead
# of 200 ms; without it the file keeps a varying number of freed chunks (0.6 to 5 MB here). The data stays as written.
AXONIQ_UPDATE_CHECKER_DISABLED=true java -Dh2.maxCompactTime=10000 -jar "$WORKTREE/ledger-api/target/ledger-api.jar" \
    --server.port="$PORT" \
    --ledger.data-dir="$DATA" --ledger.demo-data=false > "$WORK/ledger.log" 2>&1 &
LEDGER=$!
trap 'kill $LEDGER 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
    kill -0 $LEDGER || { cat "$WORK/ledger.log" >&2; exit 1; }
    sleep 1
done

rm -rf "$HERE/expected"
python3 "$HERE/generate.py" "http://localhost:$PORT" "$HERE"
# the public key as its operator publishes it: from the start-up log, not from the checkpoints
sed -n 's/.*Checkpoints are signed with key .* public key \([A-Za-z0-9+/=]*\).*/\1/p' "$WORK/ledger.log" \
    > "$HERE/expected/public-key.txt"
[ -s "$HERE/expected/public-key.txt" ]

kill -TERM $LEDGER
wait $LEDGER || true
trap - EXIT
grep -q "Shutdown completed" "$WORK/ledger.log"

rm -f "$HERE/store.zip"
(cd "$DATA" && zip -q -9 -X "$HERE/store.zip" ./*)
ls -l "$DATA" "$HERE/store.zip"
rm -rf "$WORK"
