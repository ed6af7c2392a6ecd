#!/usr/bin/env bash
# Side-by-side build benchmark: archive-site vs Hugo 0.111 on the Falco notes replicated ×1, ×30, ×300.
# Runs alternate (ours, Hugo, ours, Hugo, ...) so drift hits both; prints each run, the medians of wall time
# and peak RSS (/usr/bin/time -v), and our/Hugo ratios. Search indexing is off (--no-search): Hugo has none.
#
#   bash bench/run.sh                 # scales 1 30 300; 3 runs each at ×1 and ×30, 1 at ×300
#   SCALES="1 30" RUNS=5 bash bench/run.sh
#   BENCH_OUT=/tmp/bench-out bash bench/run.sh   # write both sites to disk instead of /dev/shm
#
# Our tool runs as shipped for big archives: `dotnet publish -p:PublishReadyToRun=true` (precompiled code,
# no JIT warm-up). Both sites are written to /dev/shm by default: this VM's disk is rate-limited, and after a
# few builds its mkdir/open calls slow from ~0.2 ms to over 0.5 ms, which swamps both tools' own work with
# noise (docs/PERFORMANCE.md has the disk figures too).
#
# The rows: "no cache" (--no-cache, a new folder); "warm cache" (the notes of the last build, into a new folder, as
# CI after a merge that changed no note: the last site is kept whole); "+1 note" (one new note, into the folder of
# the last build: the pages it changes are rendered, the rest kept); Hugo's full build.
#
# Needs ../shared/bench (replicate-corpus.py, hugo-site.py) and hugo (apt-get install -y hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared="$root/../shared"
notes="$shared/corpus/falco/meeting-notes"
work="${BENCH_WORK:-/tmp/archive-site-bench}"
scales="${SCALES:-1 30 300}"
runs="${RUNS:-3}"
mkdir -p "$work"

command -v hugo >/dev/null || { echo "hugo is missing: apt-get install -y hugo" >&2; exit 2; }
out="${BENCH_OUT:-$([ -d /dev/shm ] && echo /dev/shm/archive-site-bench || echo "$work")}"
mkdir -p "$out"
dotnet publish src/ArchiveSite.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/tool" -v quiet -nologo >/dev/null
cli="$work/tool/ArchiveSite.Cli.dll"

# One run: prints "wall_seconds peak_kb"
measure() {
  local log="$work/time.log"
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { echo "failed: $*" >&2; tail -20 "$log" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  echo "$wall $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf "%-6s %-12s %10s %12s\n" scale tool wall_s peak_MB
summary=()
for scale in $scales; do
  [ "$scale" -ge 300 ] && n=1 || n=$runs
  corpus="$work/notes-x$scale"
  if [ ! -d "$corpus" ]; then
    if [ "$scale" -eq 1 ]; then cp -r "$notes" "$corpus"
    else python3 "$shared/bench/replicate-corpus.py" "$notes" "$corpus" --copies "$scale" >/dev/null; fi
  fi
  hugo_site="$work/hugo-x$scale"
  [ -d "$hugo_site" ] || python3 "$shared/bench/hugo-site.py" "$corpus" "$hugo_site" >/dev/null
  ours_t=(); ours_m=(); hugo_t=(); hugo_m=(); cold_t=(); inc_t=()
  # The build cache (compiled theme, parsed notes, page fingerprints) in a folder of its own, warmed once;
  # a copy of the notes that gains one new call per run, for the incremental build.
  cache="$work/cache-x$scale"; growing="$work/growing-x$scale"
  # The warm-up builds into a new folder, as every measured warm build does: that is what makes the cache's copy of the site.
  rm -rf "$cache" "$growing" "$out/out-ours" "$out/.out-ours.spare" && cp -r "$corpus" "$growing"
  dotnet "$cli" build --content "$growing" --out "$out/out-ours" --no-search --cache "$cache" >/dev/null 2>&1
  for i in $(seq "$n"); do
    rm -rf "$out/out-cold" "$out/out-hugo"
    read -r t m < <(measure dotnet "$cli" build --content "$corpus" --out "$out/out-cold" --no-search --no-cache)
    printf "%-6s %-12s %10.2f %12.0f\n" "x$scale" "no cache" "$t" "$((m / 1024))"
    cold_t+=("$t")
    # A new folder as on CI's fresh machine: no site, and no spare of one (the folder the next build would write into).
    rm -rf "$out/out-cold" "$out/out-ours" "$out/.out-ours.spare"
    read -r t m < <(measure dotnet "$cli" build --content "$growing" --out "$out/out-ours" --no-search --cache "$cache")
    printf "%-6s %-12s %10.2f %12.0f\n" "x$scale" "warm cache" "$t" "$((m / 1024))"
    ours_t+=("$t"); ours_m+=("$m")
    # One new call, built into the same folder: what CI does after a merge when it keeps the cache and the site.
    printf '# Community call\n\n## Attendees\n\n- Leonardo Grasso ([@leogr](https://github.com/leogr))\n\n## Agenda\n\n- falcosecurity/falco#%d needs reviews\n' "$i" > "$growing/2099-0$i-0$i.md"
    read -r t m < <(measure dotnet "$cli" build --content "$growing" --out "$out/out-ours" --no-search --cache "$cache")
    printf "%-6s %-12s %10.2f %12.0f\n" "x$scale" "+1 note" "$t" "$((m / 1024))"
    inc_t+=("$t")
    read -r t m < <(cd "$hugo_site" && measure hugo --quiet -d "$out/out-hugo")
    printf "%-6s %-12s %10.2f %12.0f\n" "x$scale" hugo "$t" "$((m / 1024))"
    hugo_t+=("$t"); hugo_m+=("$m")
  done
  ct=$(printf "%s\n" "${cold_t[@]}" | median); it=$(printf "%s\n" "${inc_t[@]}" | median)
  ot=$(printf "%s\n" "${ours_t[@]}" | median); om=$(printf "%s\n" "${ours_m[@]}" | median)
  ht=$(printf "%s\n" "${hugo_t[@]}" | median); hm=$(printf "%s\n" "${hugo_m[@]}" | median)
  pages=$(find "$out/out-ours" -name '*.html' | wc -l)
  summary+=("$(awk -v s="$scale" -v ot="$ot" -v om="$om" -v ht="$ht" -v hm="$hm" -v p="$pages" -v n="$n" -v ct="$ct" -v it="$it" \
    'BEGIN {printf "x%-5s runs %d  pages %6d  warm cache %7.2f s %6.0f MB | hugo %7.2f s %6.0f MB | time %.2fx  memory %.2fx | no cache %.2f s (%.2fx) | +1 note %.2f s (%.2fx)", s, n, p, ot, om/1024, ht, hm/1024, ot/ht, om/hm, ct, ct/ht, it, it/ht}')")
done
echo
echo "medians (ratio = archive-site / hugo; goals: x1 warm cache <= 1.0, no cache <= 1.5; x30 <= 0.50 for both; +1 note at x30 <= 0.10 of Hugo):"
printf "%s\n" "${summary[@]}"
rm -rf "$out/out-ours" "$out/.out-ours.spare" "$out/out-hugo" "$out/out-cold"
