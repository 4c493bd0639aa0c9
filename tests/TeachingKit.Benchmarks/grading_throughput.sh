#!/usr/bin/env bash
# Issue 12's grading target: grading N submissions of one notebook with --parallel 2 against running that notebook
# N times in sequence (--parallel 1), divided by the 2 cores: the ratio should be at most 2.
# Usage: tests/TeachingKit.Benchmarks/grading_throughput.sh [N] [NOTEBOOK]
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-100}"; notebook="${2:-04-momentum}"
runner=src/TeachingKit.Notebooks/bin/Debug/net10.0/TeachingKit.Notebooks.dll
dotnet build src/TeachingKit.Notebooks -v q >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet "$runner" student "notebooks/$notebook.ipynb" --out "$work/edition" >/dev/null
# N copies of the notebook in a course-shaped folder (src and data linked), so the setup cell's relative paths hold.
mkdir -p "$work/submissions" "$work/course/notebooks"
ln -s "$PWD/src" "$work/course/src"; ln -s "$PWD/data" "$work/course/data"
for i in $(seq -w "$n"); do
  cp "$work/edition/$notebook.ipynb" "$work/submissions/student$i.ipynb"
  cp "notebooks/$notebook.ipynb" "$work/course/notebooks/copy$i.ipynb"
done
start=$(date +%s.%N)
dotnet "$runner" run "$work/course/notebooks" --out "$work/site" --parallel 1 >/dev/null 2>&1 || true
sequential=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
dotnet "$runner" grade "$work/submissions" --out "$work/grades" --parallel 2 >/dev/null 2>&1 || true
grading=$(echo "$(date +%s.%N) - $start" | bc)
rows=$(($(wc -l < "$work/grades/grades.csv") - 1))
printf 'notebook %s, %s submissions (%s rows): %.1f s in sequence, %.1f s grading on 2 cores; ratio %.2f (target <= 2); load %s\n' \
  "$notebook" "$n" "$rows" "$sequential" "$grading" "$(echo "$grading / ($sequential / 2)" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
