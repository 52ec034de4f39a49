#!/usr/bin/env bash
# Nothing lost on a crash: SIGKILL `newskb ingest` at random moments and check that the
# knowledge base still opens, passes `PRAGMA integrity_check`, and that re-running the
# ingest ends with exactly the counts of a clean ingest.
#
#   scripts/crash-test.sh                       # full run: 20 kills, 3000 articles
#   KILLS=3 ARTICLES=300 scripts/crash-test.sh  # the short variant CI runs
#
# Odd runs start from a fresh database; even runs reuse the recovered one after every 10th
# article was edited (newskb bench generate --variant), so kills also land in replacements.
# Environment: KILLS, ARTICLES, SEED (random kill times), NEWSKB (binary; default: build
# and use .build/debug/newskb), KEEP=1 keeps the work folder.
set -euo pipefail
cd "$(dirname "$0")/.."

kills=${KILLS:-20}
articles=${ARTICLES:-3000}
RANDOM=${SEED:-6}
newskb=${NEWSKB:-}
if [ -z "$newskb" ]; then
    swift build --product newskb 2>&1 | grep -E "error|warning: unre" || true
    newskb=$(swift build --show-bin-path)/newskb
fi
[ -x "$newskb" ] || { echo "crash-test: no newskb binary at $newskb" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/newskb-crash.XXXXXX")
if [ "${KEEP:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT; fi
# A private copy, so a rebuild during a long run cannot swap the binary under test
# (with its resource bundles, which Bundle.module finds next to the executable).
cp "$newskb" "$work/newskb"
cp -r "$(dirname "$newskb")"/*.resources "$work/" 2>/dev/null || true
newskb=$work/newskb
echo "crash-test: $kills kills, $articles articles, work folder $work"

"$newskb" bench generate --count "$articles" "$work/original" >/dev/null
"$newskb" bench generate --count "$articles" --variant 1 "$work/edited" >/dev/null
mkdir -p "$work/articles"
use_version() { rm -rf "$work/articles"; cp -r "$work/$1" "$work/articles"; }

# Stats without the row naming the database file.
stats() { "$newskb" stats --db "$1" --format json | python3 -c '
import json, sys
print(json.dumps([row for row in json.load(sys.stdin) if row["what"] != "database"], ensure_ascii=False, sort_keys=True))'; }

# The names of the indexes: a bulk load (1,000+ new articles) drops some until its end, and
# the next ingest after a kill must build them again.
indexes() { python3 -c '
import sqlite3, sys
print(" ".join(r[0] for r in sqlite3.connect(sys.argv[1]).execute(
    "SELECT name FROM sqlite_master WHERE type = '"'"'index'"'"' ORDER BY name")))' "$1"; }

integrity() {
    if command -v sqlite3 >/dev/null; then
        sqlite3 "$1" "PRAGMA integrity_check"
    else
        python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "$1"
    fi
}

# Clean references, and how long a clean ingest takes (the window kills fall into).
declare -A expected
for version in original edited; do
    use_version "$version"
    started=$(date +%s%N)
    "$newskb" ingest --db "$work/clean-$version.sqlite" "$work/articles" >/dev/null
    elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
    expected[$version]=$(stats "$work/clean-$version.sqlite")
    echo "crash-test: clean ingest of $version took ${elapsed_ms} ms"
done
window_ms=$(( elapsed_ms > 200 ? elapsed_ms : 200 ))
# An incremental re-ingest (original → edited) must agree with the clean one, and its
# duration is the window for kills in reused runs.
cp "$work/clean-original.sqlite" "$work/incremental.sqlite"
started=$(date +%s%N)
"$newskb" ingest --db "$work/incremental.sqlite" "$work/articles" >/dev/null
reuse_window_ms=$(( ($(date +%s%N) - started) / 1000000 ))
reuse_window_ms=$(( reuse_window_ms > 100 ? reuse_window_ms : 100 ))
if [ "$(stats "$work/incremental.sqlite")" != "${expected[edited]}" ]; then
    echo "crash-test: an incremental ingest does not match a clean one" >&2
    exit 1
fi

failures=0
db="$work/crash.sqlite"
version=original
for run in $(seq 1 "$kills"); do
    if (( run % 2 == 1 )); then
        rm -f "$db" "$db-wal" "$db-shm"
        version=original
        state=fresh
    else
        version=$([ "$version" = original ] && echo edited || echo original)
        state="reused, $version"
    fi
    use_version "$version"
    window=$([ "$state" = fresh ] && echo "$window_ms" || echo "$reuse_window_ms")
    delay_ms=$(( (RANDOM * 32768 + RANDOM) % window ))
    "$newskb" ingest --db "$db" "$work/articles" >/dev/null 2>"$work/killed.err" &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    if kill -KILL "$pid" 2>/dev/null; then outcome="killed at ${delay_ms} ms"; else outcome="finished before ${delay_ms} ms"; fi
    wait "$pid" 2>/dev/null || true

    problem=""
    if [ -e "$db" ]; then
        check=$(integrity "$db" 2>&1) || true
        [ "$check" = ok ] || problem="integrity_check: $check"
    fi
    if [ -z "$problem" ]; then
        if ! "$newskb" ingest --db "$db" "$work/articles" >"$work/rerun.out" 2>&1; then
            problem="re-ingest failed: $(tail -1 "$work/rerun.out")"
        elif [ "$(integrity "$db")" != ok ]; then
            problem="integrity_check after re-ingest failed"
        elif [ "$(stats "$db")" != "${expected[$version]}" ]; then
            problem="counts differ from a clean ingest: $(stats "$db") vs ${expected[$version]}"
        elif [ "$(indexes "$db")" != "$(indexes "$work/clean-$version.sqlite")" ]; then
            problem="indexes differ from a clean ingest: $(indexes "$db")"
        fi
    fi
    if [ -n "$problem" ]; then
        failures=$((failures + 1))
        echo "crash-test: run $run ($state): $outcome: FAILED: $problem"
    else
        echo "crash-test: run $run ($state): $outcome: ok"
    fi
done

if (( failures > 0 )); then
    echo "crash-test: $failures of $kills runs FAILED" >&2
    exit 1
fi
echo "crash-test: all $kills runs ok"
