#!/usr/bin/env bash
# Times the whole kit through the runner (each notebook in its own kernel process) with --parallel 1 and 2,
# interleaved in one sitting with the in-process runner of an earlier build, for issue 11's "no slower" target.
# Both runners execute the earlier checkout's notebooks (and its library), so only the runner differs.
# Usage: tests/TeachingKit.Benchmarks/kit_timing.sh OLD_CHECKOUT [ROUNDS]
#   OLD_CHECKOUT: a built checkout of the in-process runner (git worktree add --detach /tmp/old 91b2036; dotnet build there).
set -euo pipefail
cd "$(dirname "$0")/../.."
old="$1"; rounds="${2:-3}"
dotnet build src/TeachingKit.Notebooks -v q >/dev/null
time_run() {   # label, command...: prints "label wall, CPU (user + system, the kernel processes included), load"
  local label="$1"; shift
  local times; times=$(mktemp)
  /usr/bin/time -f '%e %U %S' -o "$times" "$@" >/dev/null 2>&1 || echo "($label exited non-zero)"
  read -r wall user sys < "$times"; rm -f "$times"
  printf '%s %.1f s wall, %.1f s CPU (load %s)\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
}
for r in $(seq "$rounds"); do
  echo "round $r"
  time_run "  in-process runner (old)  " dotnet "$old/src/TeachingKit.Notebooks/bin/Debug/net10.0/TeachingKit.Notebooks.dll" run "$old/notebooks" --out /tmp/kit-timing-old
  time_run "  kernel runner --parallel 1" dotnet src/TeachingKit.Notebooks/bin/Debug/net10.0/TeachingKit.Notebooks.dll run "$old/notebooks" --out /tmp/kit-timing-1 --parallel 1
  time_run "  kernel runner --parallel 2" dotnet src/TeachingKit.Notebooks/bin/Debug/net10.0/TeachingKit.Notebooks.dll run "$old/notebooks" --out /tmp/kit-timing-2 --parallel 2
done
