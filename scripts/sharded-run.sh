#!/usr/bin/env bash
# Issue 16's simulated sharded run, on one machine, with a release build.
#
#   scripts/sharded-run.sh [N]        # N generated articles (default 2000)
#
# 1. generates N articles from corpus/ (`newskb bench generate`);
# 2. splits their paths round-robin into $SHARDS (8) shards and extracts each shard with its
#    own `newskb extract --files-from SHARD` process ($PARALLEL at a time);
# 3. extracts all of them once more through the Spark job (scripts/spark/extract.py, local
#    mode) and checks that its lines equal the shards', line for line after sorting;
# 4. loads the shards' lines into one SQLite KB, into one PostgreSQL KB (a throwaway server
#    from scripts/postgres-test-server.sh, unless $NEWSKB_PG_URL names one) and the Spark
#    part files into a second SQLite KB, then ingests the same folder on one machine;
# 5. compares, against the ingest, every table's counts (`stats`) and the answers of
#    `quotes --speaker`, `figures --min`, `search` and `timeline` (JSON, sorted).
#
# Prints PASS/FAIL per comparison and the wall times; exits 1 when any comparison fails.
# Environment: WORK (folder, default /tmp/newskb-sharded), SHARDS, PARALLEL, NO_BUILD=1 (use the
# existing .build/release/newskb), NEWSKB_BIN (another binary, e.g. .build/debug/newskb: no build),
# NO_SPARK=1, NO_PG=1, SPARK_MASTER (default local[2]),
# ARTICLES (a folder `bench generate` already wrote: used instead of generating N articles).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-2000}
SHARDS=${SHARDS:-8}
PARALLEL=${PARALLEL:-2}
WORK=${WORK:-/tmp/newskb-sharded}
SPARK_MASTER=${SPARK_MASTER:-local[2]}
BIN=${NEWSKB_BIN:-$PWD/.build/release/newskb}
[[ $BIN = /* ]] || BIN=$PWD/$BIN

say() { echo "sharded-run: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }

if [ "${NO_BUILD:-0}" != 1 ] && [ -z "${NEWSKB_BIN:-}" ]; then
    say "building (release)"
    swift build -c release --product newskb >&2
fi

rm -rf "$WORK"
mkdir -p "$WORK/shards" "$WORK/out" "$WORK/answers"
times=()        # "what: seconds" lines, printed at the end
failures=0
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. The articles, and their paths in a stable order.
if [ -z "${ARTICLES:-}" ]; then
    ARTICLES=$WORK/articles
    "$BIN" bench generate --from corpus --count "$N" "$ARTICLES" >&2
fi
ARTICLES=$(cd "$ARTICLES" && pwd)
find "$ARTICLES" -type f -name '*.md' | LC_ALL=C sort > "$WORK/list.txt"
count=$(wc -l < "$WORK/list.txt")
say "$count articles in $ARTICLES"

# 2. Shards, round-robin (so each shard mixes every template and date), one process each.
split -n "r/$SHARDS" -d -a 2 "$WORK/list.txt" "$WORK/shards/shard-"
extract_shard() { # SHARD -> out/SHARD.jsonl, and its wall time in out/SHARD.seconds
    local shard=$1 name started
    name=$(basename "$shard")
    started=$(now)
    "$BIN" extract --strict --files-from "$shard" --root "$ARTICLES" > "$WORK/out/$name.jsonl"
    echo "$(since "$started")" > "$WORK/out/$name.seconds"
}
export -f extract_shard now since
export BIN ARTICLES WORK
started=$(now)
ls "$WORK"/shards/shard-* | xargs -P "$PARALLEL" -I{} bash -c 'extract_shard {}'
times+=("extract, $SHARDS shards, $PARALLEL at a time: $(since "$started") s (per shard: $(cat "$WORK"/out/*.seconds | paste -sd " "))")

# 3. The same through Spark, in local mode.
spark_lines=
if [ "${NO_SPARK:-0}" != 1 ] && python3 -c 'import pyspark' 2>/dev/null && command -v java >/dev/null; then
    started=$(now)
    python3 scripts/spark/extract.py --newskb "$BIN" --files-from "$WORK/list.txt" --root "$ARTICLES" \
        --out "$WORK/spark" --partitions "$SHARDS" --master "$SPARK_MASTER" 2> "$WORK/spark.log" \
        || { cat "$WORK/spark.log" >&2; exit 1; }
    times+=("spark job, $SHARDS partitions on $SPARK_MASTER (with Spark's start): $(since "$started") s")
    if cmp -s <(cat "$WORK"/out/*.jsonl | LC_ALL=C sort) <(cat "$WORK"/spark/part-* | LC_ALL=C sort); then
        echo "PASS spark lines = shard lines ($(cat "$WORK"/spark/part-* | wc -l) lines)"
    else
        echo "FAIL spark lines differ from the shards' lines"; failures=$((failures + 1))
    fi
    spark_lines=yes
else
    say "no pyspark or java: the Spark job is skipped"
fi

# 4. The stores.
declare -A store   # name -> --db argument
store[sqlite-shards]=$WORK/shards.sqlite
started=$(now)
"$BIN" load --strict --db "${store[sqlite-shards]}" "$WORK"/out/*.jsonl >&2
seconds=$(since "$started")
times+=("load into SQLite: $seconds s ($(per_second "$count" "$seconds") articles/s, linking included)")

if [ -n "$spark_lines" ]; then
    store[sqlite-spark]=$WORK/spark.sqlite
    started=$(now)
    "$BIN" load --strict --db "${store[sqlite-spark]}" "$WORK"/spark/part-* >&2
    times+=("load the Spark part files into SQLite: $(since "$started") s")
fi

pg_started=
if [ "${NO_PG:-0}" != 1 ]; then
    url=${NEWSKB_PG_URL:-}
    if [ -z "$url" ]; then
        export NEWSKB_PG_STATE=$WORK/postgres.state
        url=$(scripts/postgres-test-server.sh start)
        pg_started=yes
        trap 'scripts/postgres-test-server.sh stop' EXIT
    fi
    store[postgres-shards]=$url
    started=$(now)
    "$BIN" load --strict --db "$url" "$WORK"/out/*.jsonl >&2
    seconds=$(since "$started")
    times+=("load into PostgreSQL: $seconds s ($(per_second "$count" "$seconds") articles/s, linking included)")
fi

reference=$WORK/ingest.sqlite
started=$(now)
"$BIN" ingest --db "$reference" "$ARTICLES" >&2
seconds=$(since "$started")
times+=("single-machine ingest: $seconds s ($(per_second "$count" "$seconds") articles/s)")

# 5. The questions: counts, then listings whose rows are compared as sorted JSON lines.
# Speakers and values come from the ingested KB: its three most quoted people and organizations.
mapfile -t speakers < <({ "$BIN" speakers --db "$reference" --kind person --limit 3 --format jsonl
                          "$BIN" speakers --db "$reference" --kind organization --limit 2 --format jsonl; } | jq -r '.name')
questions=("stats")
quote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }  # one shell word, as eval reads it
for speaker in "${speakers[@]}"; do questions+=("quotes --speaker $(quote "$speaker")"); done
questions+=("figures --min 1000" "figures --min 1亿" "figures --min 50 --unit %")
questions+=("search 微信" "search 互联互通" "search '平台 数据'")
questions+=("timeline" "timeline --all")
# And as printed, in order and cut at the default --limit (50): ties in article order, not as
# stored. (Search lists the most recently stored first, so its first page follows the load order.)
questions+=("listed: quotes --speaker $(quote "${speakers[0]}")" "listed: figures --min 1000" "listed: timeline")
ask() { # DB QUESTION -> sorted JSON lines on stdout (QUESTION: words, quoted as in the shell)
    local db=$1
    if [[ $2 == "listed: "* ]]; then
        eval "set -- ${2#listed: }"
        if [ "$1" = timeline ]; then "$BIN" "$@" --db "$db" --format json --out - | jq -c '.[]'
        else "$BIN" "$@" --db "$db" --format jsonl; fi
        return
    fi
    eval "set -- $2"
    case $1 in
        stats) "$BIN" stats --db "$db" --format jsonl | jq -c 'select(.what != "database")' ;;
        timeline) "$BIN" "$@" --db "$db" --format json --out - | jq -c '.[]' ;;
        *) "$BIN" "$@" --db "$db" --format jsonl --limit 10000000 ;;
    esac | LC_ALL=C sort
}
for index in "${!questions[@]}"; do
    question=${questions[$index]}
    ask "$reference" "$question" > "$WORK/answers/$index-ingest.jsonl"
    rows=$(wc -l < "$WORK/answers/$index-ingest.jsonl")
    for name in "${!store[@]}"; do
        ask "${store[$name]}" "$question" > "$WORK/answers/$index-$name.jsonl"
        if cmp -s "$WORK/answers/$index-ingest.jsonl" "$WORK/answers/$index-$name.jsonl"; then
            echo "PASS $name: $question ($rows rows)"
        else
            echo "FAIL $name: $question (diff $WORK/answers/$index-ingest.jsonl $WORK/answers/$index-$name.jsonl)"
            failures=$((failures + 1))
        fi
    done
done

echo
echo "$count articles, $SHARDS shards, $(nproc) cores; load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
for line in "${times[@]}"; do echo "  $line"; done
if [ "$failures" -gt 0 ]; then echo "FAIL: $failures comparisons differ"; exit 1; fi
echo "PASS: every store answers as the single-machine ingest"
