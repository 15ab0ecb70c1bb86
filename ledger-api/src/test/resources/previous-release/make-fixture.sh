#!/usr/bin/env bash
# Makes the fixture of a release with the real release: builds commit $RELEASE (default 6bf5ce7) in a worktree of its
# own, runs its jar on an empty store, fills it with generate.py over HTTP and stops it with SIGTERM. On H2 (the
# default) it packs the data directory and the signing key as $RELEASE/store.zip beside this script. With --postgres the
# jar runs on a new database of the machine's PostgreSQL (.ci/postgres-up) and the fixture is $RELEASE-postgres:
# store.sql.gz (a plain pg_dump of that database) and the signing key beside it. Every release gets the same
# generator and the same Algoritmeregister snapshots (algoritmeregister/, cut by make-snapshot-subsets.py).
# Provenance only: no test runs it. Running it again makes a new store (new ids, times and key), and every file under
# its expected/ with it.
#
# usage: [RELEASE=<commit>] make-fixture.sh [--postgres] [PORT]
#        (the release's worktree goes to $RELEASE_WORKTREE, default /work/wt-release-$RELEASE)
set -euo pipefail

RELEASE=${RELEASE:-6bf5ce7}
POSTGRES=false
if [ "${1:-}" = "--postgres" ]; then
    POSTGRES=true
    shift
fi
PORT=${1:-18931}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
WORKTREE=${RELEASE_WORKTREE:-/work/wt-release-$RELEASE}
WORK=$(mktemp -d)
DATA=$WORK/data
OUT=$HERE/$RELEASE
STORAGE=()

[ -d "$WORKTREE" ] || git -C "$REPO" worktree add "$WORKTREE" "$RELEASE"
[ "$(git -C "$WORKTREE" rev-parse HEAD)" = "$(git -C "$REPO" rev-parse "$RELEASE^{commit}")" ] \
    || { echo "$WORKTREE is not at $RELEASE" >&2; exit 1; }
# never 'mvn install': the modules resolve from the reactor of the worktree's root
(cd "$WORKTREE" && mvn -B -q -DskipTests package)

python3 "$HERE/make-snapshot-subsets.py" "$REPO/../shared/data/algoritmeregister" "$HERE/algoritmeregister"

if $POSTGRES; then
    OUT=$HERE/$RELEASE-postgres
    DATABASE=ledger_fixture_$RELEASE  # not ledger_t_%: .ci/postgres-up drops those
    eval "$("$REPO/.ci/postgres-up")"
    MAINTENANCE=${LEDGER_PG_URL#jdbc:}  # postgresql://host:port/ledger_ci, as libpq reads it
    SERVER=${MAINTENANCE%/*}
    export PGUSER=$LEDGER_PG_USER PGPASSWORD=$LEDGER_PG_PASSWORD
    psql -X -q -v ON_ERROR_STOP=1 -d "$MAINTENANCE" \
        -c "DROP DATABASE IF EXISTS $DATABASE" -c "CREATE DATABASE $DATABASE"
    # the postgres profile refuses the development admin token unless told otherwise, as the tests tell it
    STORAGE=(--spring.profiles.active=postgres --spring.datasource.url="jdbc:$SERVER/$DATABASE"
             --spring.datasource.username="$LEDGER_PG_USER" --spring.datasource.password="$LEDGER_PG_PASSWORD"
             --ledger.security.bootstrap-admin-token=dev-admin-token
             --ledger.security.require-explicit-admin-token=false)
fi
mkdir -p "$OUT"

# h2.maxCompactTime: H2 (2.3.232, the release's own) compacts the file for up to 10 s when the ledger closes it, instead
# of 200 ms; without it the file keeps a varying number of freed chunks (0.6 to 5 MB here). The data stays as written.
AXONIQ_UPDATE_CHECKER_DISABLED=true java -Dh2.maxCompactTime=10000 -jar "$WORKTREE/ledger-api/target/ledger-api.jar" \
    --server.port="$PORT" \
    --ledger.data-dir="$DATA" --ledger.demo-data=false "${STORAGE[@]}" > "$WORK/ledger.log" 2>&1 &
LEDGER=$!
trap 'kill $LEDGER 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
    kill -0 $LEDGER || { cat "$WORK/ledger.log" >&2; exit 1; }
    sleep 1
done

rm -rf "$OUT/expected"
python3 "$HERE/generate.py" "http://localhost:$PORT" "$HERE/algoritmeregister" "$OUT/expected"
# the public key as its operator publishes it: from the start-up log, not from the checkpoints
sed -n 's/.*Checkpoints are signed with key .* public key \([A-Za-z0-9+/=]*\).*/\1/p' "$WORK/ledger.log" \
    > "$OUT/expected/public-key.txt"
[ -s "$OUT/expected/public-key.txt" ]

kill -TERM $LEDGER
wait $LEDGER || true
trap - EXIT
grep -q "Shutdown completed" "$WORK/ledger.log"
# 6bf5ce7 keeps its signing key in the data directory; later releases beside it, in <data-dir>-keys/
KEY=$DATA/sealing-key.pem
[ -f "$KEY" ] || KEY=$DATA-keys/sealing-key.pem

if $POSTGRES; then
    # Plain SQL with INSERTs, without owner and privileges: the test restores it over JDBC into a database of its own.
    pg_dump --no-owner --no-privileges --inserts -d "$SERVER/$DATABASE" | gzip -9 -n > "$OUT/store.sql.gz"
    cp "$KEY" "$OUT/sealing-key.pem"
    psql -X -q -v ON_ERROR_STOP=1 -d "$MAINTENANCE" -c "DROP DATABASE $DATABASE"
    ls -l "$OUT/store.sql.gz" "$OUT/sealing-key.pem"  # on PostgreSQL, 947554e makes no data directory
else
    # the key beside the H2 files, wherever the release kept it: the ledger under test finds it in its data directory
    rm -f "$OUT/store.zip"
    (cd "$DATA" && zip -q -9 -X "$OUT/store.zip" ./*)
    [ "$KEY" = "$DATA/sealing-key.pem" ] || zip -q -9 -X -j "$OUT/store.zip" "$KEY"
    ls -l "$DATA" "$OUT/store.zip"
fi
rm -rf "$WORK"
