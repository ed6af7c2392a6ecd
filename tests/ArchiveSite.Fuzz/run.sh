#!/usr/bin/env bash
# Fuzz the note reader and parser, and the YAML readers, with libFuzzer through SharpFuzz.
#
#   bash tests/ArchiveSite.Fuzz/run.sh [SECONDS_PER_TARGET] [TARGETS...]     (default: 60 s, note yaml refs cost)
#
# Needs clang with libFuzzer (apt-get install clang libclang-rt-14-dev) and the .NET SDK. The corpus is
# seeded from the real notes in ../shared/corpus (never copied into the repository) and kept in
# $FUZZ_WORK (default /tmp/archive-site-fuzz), so later runs go on where earlier ones stopped. A crash
# or hang leaves its input as $FUZZ_WORK/findings/<target>/crash-* (or timeout-*, oom-*) and the script
# exits non-zero: turn each into a test (tests/ArchiveSite.Tests/Fuzz/) before fixing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${1:-60}
shift || true
targets=("${@:-note}")
[ $# -eq 0 ] && targets=(note yaml refs cost)
work=${FUZZ_WORK:-/tmp/archive-site-fuzz}
build="$work/build"
mkdir -p "$work"

if ! command -v clang >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
fi

echo "== build the target and instrument it (SharpFuzz)"
rm -rf "$build"
dotnet publish tests/ArchiveSite.Fuzz -c Release -o "$build" --nologo -v quiet
if [ ! -x "$work/tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
fi
# Our readers, and the two parsers they stand on: coverage inside Markdig and YamlDotNet guides the
# fuzzer to the inputs that reach their corners.
for dll in ArchiveSite.Core.dll ArchiveSite.dll Markdig.dll YamlDotNet.dll; do
  "$work/tools/sharpfuzz" "$build/$dll" >/dev/null
done
clang -O2 -fsanitize=fuzzer tests/ArchiveSite.Fuzz/driver/bridge.c -o "$build/bridge"

echo "== seed corpora"
shared="$root/../shared/corpus"
for target in "${targets[@]}"; do
  seeds="$work/seeds/$target"
  mkdir -p "$seeds" "$work/corpus/$target" "$work/findings/$target"
  if [ -z "$(ls -A "$seeds")" ]; then
    case "$target" in
      note)
        # Every real note, capped at 64 KB each (the largest is 44 KB).
        find "$shared" "$root/content" -name '*.md' -size -64k -print0 | while IFS= read -r -d '' f; do
          cp "$f" "$seeds/$(sha1sum "$f" | cut -c1-16).md"
        done ;;
      cost)
        # The shapes that were quadratic (calls of one date, identical agenda items, open actions, unknown speakers, references).
        cp "$root"/tests/ArchiveSite.Fuzz/seeds/cost/*.md "$seeds/" ;;
      refs)
        # content/refs.json, and seeds with the fields it lacks (url, etag, a not-found entry).
        cp "$root/content/refs.json" "$root"/tests/ArchiveSite.Fuzz/seeds/refs/*.json "$seeds/" ;;
      yaml)
        find "$root/content" "$root/tests" -name '*.yml' -print0 | while IFS= read -r -d '' f; do
          cp "$f" "$seeds/$(sha1sum "$f" | cut -c1-16).yml"
        done
        # The front matter of the real notes is YAML too (empty files, for notes without any, are dropped).
        find "$shared" -name '*.md' -print0 | while IFS= read -r -d '' f; do
          awk 'NR==1 && $0!="---"{exit} NR>1 && ($0=="---"){exit} NR>1{print}' "$f" > "$seeds/fm-$(sha1sum "$f" | cut -c1-16).yml"
        done
        find "$seeds" -empty -delete ;;
    esac
  fi
done

status=0
for target in "${targets[@]}"; do
  echo "== fuzz $target for $seconds s"
  (cd "$work/findings/$target" && "$build/bridge" --target_path="$build/ArchiveSite.Fuzz" --target_arg="$target" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
      "$work/corpus/$target" "$work/seeds/$target" 2>&1 | grep -E 'stat::number_of_executed_units|stat::peak_rss|ERROR|crash-|timeout-|oom-|Done' ) || true
  if ls "$work/findings/$target" | grep -qE '^(crash|timeout|oom|leak)-'; then
    echo "findings in $work/findings/$target:"; ls "$work/findings/$target"
    status=1
  fi
done
exit $status
