#!/usr/bin/python3
"""Measures the kit kernel's latencies through Debian's jupyter_client (issue 11's performance targets).

  start to kernel_info_reply (target <= 1.5 s), a trivial cell's round trip, execute_request to idle
  (median target <= 20 ms), and the setup cell (target <= 3 s on an idle machine); beside each, the CPU time
  (user + system) the kernel process spent, which other jobs on the machine inflate far less than wall time.

Usage (after `dotnet build` and `dotnet run --project src/TeachingKit.Kernel -- install --prefix /tmp/tk`):
  JUPYTER_PATH=/tmp/tk/share/jupyter /usr/bin/python3 tests/TeachingKit.Benchmarks/kernel_latency.py [STARTS] [CELLS]
Prints one line per measure with the median, the range and the load average; run from the repository root.
"""
import os
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

SETUP = "\n".join([
    '#r "nuget: MathNet.Numerics, 5.0.0"',
    '#r "nuget: Plotly.NET, 6.0.0"',
    '#r "nuget: Plotly.NET.Interactive, 6.0.0"',
    '#r "../src/TeachingKit/bin/net8.0/TeachingKit.dll"',
    '#r "../src/TeachingKit.Plots/bin/net8.0/TeachingKit.Plots.dll"',
])


def cpu_seconds(pid):
    """User + system CPU time of a process so far (Linux /proc), in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def until_idle(kc, msg_id, timeout=120):
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return


def report(name, seconds, unit=1.0, suffix="s"):
    values = [s / unit for s in seconds]
    print(f"{name}: median {statistics.median(values):.3f} {suffix}, range {min(values):.3f}–{max(values):.3f} {suffix}, "
          f"n = {len(values)}, load {os.getloadavg()[0]:.2f}")


def main(starts, cells):
    ready, setup, trivial = [], [], []
    start_cpu, setup_cpu, trivial_cpu = [], [], []
    for _ in range(starts):
        km = KernelManager(kernel_name="teachingkit-csharp")
        t0 = time.perf_counter()
        km.start_kernel(cwd=os.path.abspath("notebooks"))
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=60)          # kernel_info_reply and an IOPub message
        ready.append(time.perf_counter() - t0)
        pid = km.provisioner.process.pid
        start_cpu.append(cpu_seconds(pid))
        t0 = time.perf_counter()
        until_idle(kc, kc.execute(SETUP))
        setup.append(time.perf_counter() - t0)
        setup_cpu.append(cpu_seconds(pid) - start_cpu[-1])
        until_idle(kc, kc.execute("1 + 1"))    # the first small cell after the setup is not a round trip
        c0 = cpu_seconds(pid)
        for _ in range(cells):
            t0 = time.perf_counter()
            until_idle(kc, kc.execute("1 + 1"))
            trivial.append(time.perf_counter() - t0)
        trivial_cpu.append((cpu_seconds(pid) - c0) / cells)
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    report("start to kernel_info_reply", ready)
    report("setup cell", setup)
    report("trivial cell round trip", trivial, unit=1e-3, suffix="ms")
    report("kernel CPU, start to kernel_info_reply (incl. the compiler warm-up begun then)", start_cpu)
    report("kernel CPU, setup cell", setup_cpu)
    report("kernel CPU per trivial cell", trivial_cpu, unit=1e-3, suffix="ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5, int(sys.argv[2]) if len(sys.argv) > 2 else 50)
