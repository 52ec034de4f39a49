#!/usr/bin/env bash
# Builds the libFuzzer target (Fuzz/NewsKBFuzz) with coverage instrumentation in its own
# build folder (.build-fuzz) and runs it, seeded from corpus/. FUZZ_ASAN=1 adds
# AddressSanitizer (about 4x slower; Swift code is memory-safe and the system libxml2 is not
# instrumented either way, so the default leaves it out). FUZZ_BUILD_PATH picks another
# build folder (to rebuild while a campaign is still running). Extra arguments go to libFuzzer, e.g.
#   scripts/fuzz.sh -runs=1000000
#   scripts/fuzz.sh -max_total_time=1800
# Findings (crash-*, timeout-*, oom-*) land in .fuzz/artifacts/; the evolving corpus in
# .fuzz/corpus/ (both ignored by git). Copy each crash input into
# Tests/NewsKBTests/Fixtures/fuzz-regressions/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEWSKB_FUZZ=1
sanitizers=fuzzer
build=${FUZZ_BUILD_PATH:-.build-fuzz}
if [ "${FUZZ_ASAN:-0}" = 1 ]; then sanitizers=fuzzer,address; build=${FUZZ_BUILD_PATH:-.build-fuzz-asan}; fi
swift build --build-path "$build" --product NewsKBFuzz -Xswiftc -sanitize="$sanitizers" 2>&1 \
    | grep -v -e '^\[' -e 'Cannot export local symbol' || true
binary=$build/debug/NewsKBFuzz
[ -x "$binary" ] || { echo "fuzz: build failed" >&2; exit 1; }

mkdir -p .fuzz/corpus .fuzz/seeds .fuzz/artifacts
# Seeds: every article in corpus/ plus the regression fixtures (flat copies, names hashed).
find corpus Tests/NewsKBTests/Fixtures/fuzz-regressions -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.bin' \) 2>/dev/null \
    | while IFS= read -r file; do
        cp "$file" ".fuzz/seeds/$(sha1sum "$file" | cut -c1-16)"
    done || true

exec "$binary" .fuzz/corpus .fuzz/seeds -artifact_prefix=.fuzz/artifacts/ \
    -max_len=16384 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "$@"
