#!/usr/bin/env bash
# Reading cost of a folder of many meeting groups against the same notes in one flat folder (issue 12's
# "nothing super-linear"): 1,000 notes made from the real Falco notes' text, (a) flat with dated file names,
# (b) in 50 group folders with year folders and MM-DD names (group-07/2024/group-07-03-14.md). Prints the
# median wall time of `export` (read, parse, resolve; no rendering) of each, alternating.
#
#   bash bench/series-scale.sh            # NOTES=1000 SERIES=50 RUNS=3
set -euo pipefail
cd "$(dirname "$0")/.."
notes="${NOTES:-1000}" groups="${SERIES:-50}" runs="${RUNS:-3}"
work="${BENCH_WORK:-/tmp/archive-site-series-bench}"
rm -rf "$work" && mkdir -p "$work"
dotnet build src/ArchiveSite.Cli -c Release -v quiet -nologo >/dev/null
cli="src/ArchiveSite.Cli/bin/Release/net10.0/ArchiveSite.Cli.dll"
python3 - "$work" "$notes" "$groups" <<'PY'
import datetime, glob, os, re, sys
work, n, g = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
# Each made note is one real Falco note's text, with its date headings taken out so that it is one call.
texts = [re.sub(r'(?m)^#{1,3} *\d{4}-.*$', '', open(p, encoding='utf-8').read())
         for p in sorted(glob.glob('../shared/corpus/falco/meeting-notes/*.md'))]
day = datetime.date(2000, 1, 1)
for i in range(n):
    d = day + datetime.timedelta(days=i)
    text = texts[i % len(texts)]
    flat = f"{work}/flat/{d.isoformat()}.md"
    group = f"group-{i % g:02d}"
    grouped = f"{work}/grouped/{group}/{d.year}/{group}-{d.month:02d}-{d.day:02d}.md"
    for path, title in ((flat, "# Community Call\n\n"), (grouped, f"# {d:%b %d} | Group {i % g} Bi-Weekly\n\n")):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, 'w', encoding='utf-8').write(title + re.sub(r'(?m)^# .*$', '', text, count=1))
PY
time_of() { /usr/bin/time -f "%e" dotnet "$cli" export --content "$1" -o /dev/null 2>&1 >/dev/null | tail -1; }
declare -a flat grouped
for _ in $(seq "$runs"); do flat+=("$(time_of "$work/flat")"); grouped+=("$(time_of "$work/grouped")"); done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
f=$(median "${flat[@]}") gr=$(median "${grouped[@]}")
echo "flat:    ${flat[*]} s (median $f)"
echo "grouped: ${grouped[*]} s (median $gr)"
awk -v f="$f" -v g="$gr" 'BEGIN { printf "grouped/flat: %.2f\n", g / f }'
