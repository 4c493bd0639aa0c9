#!/usr/bin/env bash
# Runs the runner on $@ and prints the peak resident memory (VmHWM) of the runner and of its largest kernel.
# Usage: measure.sh run INPUT --out DIR [...]   (from the repository root, after dotnet build)
set -euo pipefail
dotnet src/TeachingKit.Notebooks/bin/Debug/net10.0/TeachingKit.Notebooks.dll "$@" > /tmp/measure.$$.log 2>&1 &
runner=$!
kernel_peak=0; runner_peak=0
hwm() { awk '/VmHWM/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
while kill -0 "$runner" 2>/dev/null; do
  r=$(hwm "$runner"); [[ ${r:-0} -gt $runner_peak ]] && runner_peak=$r
  for k in $(pgrep -P "$runner" || true); do v=$(hwm "$k"); [[ ${v:-0} -gt $kernel_peak ]] && kernel_peak=$v; done
  sleep 0.5
done
wait "$runner" && status=0 || status=$?
tail -n 3 /tmp/measure.$$.log; rm -f /tmp/measure.$$.log
echo "exit $status; runner peak $((runner_peak / 1024)) MB; largest kernel peak $((kernel_peak / 1024)) MB"
