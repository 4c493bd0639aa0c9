#!/usr/bin/python3
"""The kit against PyTorch on the same workloads, interleaved in one sitting (issue 18).

Run by hand, not by CI, with Debian's PyTorch (apt-get install python3-torch) and the system Python:

    /usr/bin/python3 tests/TeachingKit.Benchmarks/side_by_side.py [--rounds 5] [--quick]

It builds the benchmarks (Release), starts them with --side-by-side (SideBySide/SideBySideServer.cs) and, round
after round, times each workload on the kit and then in PyTorch (one thread, float64). Every timing is the median
of a few batches; a ratio is taken per round (PyTorch time / kit time), and the table gives the median ratio
with its range over the rounds, and the load average before and after each round.
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import time

import torch
from functorch import jacfwd, jacrev

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STEP_SIZE = 1_000_000
HESSIAN_SIZES = (50, 200, 400, 1000)
# Bytes each step must move (read + write, 8 per double): GD reads w, g and writes w; momentum also v;
# Adam reads w, g, s, r and writes w, s, r (plus ŝ, r̂, η with diagnostics).
STEP_BYTES = {"gd": 24, "momentum": 40, "adam": 80, "adam-nodiag": 56}


def chain(w):
    """Σᵢ ½wᵢ² + tanh(wᵢwᵢ₊₁) − 0.1 cos wᵢ + softplus(wᵢ − wᵢ₊₁), indices mod N (CriticalPointsBenchmarks.Chain)."""
    nxt = torch.roll(w, -1)
    return (0.5 * w * w + torch.tanh(w * nxt) - 0.1 * torch.cos(w) + torch.nn.functional.softplus(w - nxt)).sum()


def torch_workload(name, n):
    """The PyTorch twin of KitWorkloads.Create(name, n)."""
    gen = torch.Generator().manual_seed(n)
    rand = lambda scale: scale * (2 * torch.rand(n, generator=gen, dtype=torch.float64) - 1)
    if name == "copy":
        src, dst = rand(1), torch.empty(n, dtype=torch.float64)
        return lambda: dst.copy_(src)
    if name in STEP_BYTES:
        p = torch.nn.Parameter(rand(1))
        p.grad = rand(1e-6)
        opt = {"gd": lambda: torch.optim.SGD([p], lr=1e-3),
               "momentum": lambda: torch.optim.SGD([p], lr=1e-3, momentum=0.9),
               "adam": lambda: torch.optim.Adam([p], lr=1e-3),
               "adam-nodiag": lambda: torch.optim.Adam([p], lr=1e-3)}[name]()
        opt.step()
        return opt.step
    x = rand(1)
    hessian = jacfwd(jacrev(chain))
    gradient = jacrev(chain)
    if name == "hessian":
        return lambda: (gradient(x), hessian(x))

    def verdict():
        g, h = gradient(x), hessian(x)
        lam = torch.linalg.eigvalsh(h)
        zero = 1e-8 * lam.abs().max()
        return int((lam < -zero).sum()), int((lam > zero).sum()), float(g.norm())
    return verdict


def timed(run, repetitions, batches):
    seconds = []
    for _ in range(batches):
        start = time.perf_counter()
        for _ in range(repetitions):
            run()
        seconds.append((time.perf_counter() - start) / repetitions)
    return seconds


class Kit:
    def __init__(self):
        subprocess.run(["dotnet", "build", "-c", "Release", os.path.join(HERE, "TeachingKit.Benchmarks.csproj")],
                       check=True, stdout=subprocess.DEVNULL)
        dll = os.path.join(HERE, "bin", "Release", "net10.0", "TeachingKit.Benchmarks.dll")
        self.process = subprocess.Popen(["dotnet", dll, "--side-by-side"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        self.banner = self.process.stdout.readline().strip()

    def time(self, name, n, repetitions, batches):
        self.process.stdin.write(f"{name} {n} {repetitions} {batches}\n")
        self.process.stdin.flush()
        return [float(s) for s in self.process.stdout.readline().split()]


def repetitions_for(seconds_per_run, batch_seconds=0.05):
    return max(1, int(batch_seconds / max(seconds_per_run, 1e-9)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="N = 50 and 200 only")
    parser.add_argument("--only", help="comma-separated workload names (copy is always kept as the yardstick)")
    args = parser.parse_args()
    torch.set_num_threads(1)
    sizes = HESSIAN_SIZES[:2] if args.quick else HESSIAN_SIZES
    workloads = [(w, STEP_SIZE) for w in ("copy", "gd", "momentum", "adam", "adam-nodiag")]
    workloads += [(w, n) for w in ("hessian", "verdict") for n in sizes]
    if args.only:
        keep = set(args.only.split(",")) | {"copy"}
        workloads = [key for key in workloads if key[0] in keep]

    kit = Kit()
    torch_runs = {key: torch_workload(*key) for key in workloads}
    # Calibrate once: about 50 ms per batch on each side.
    reps = {}
    for key in workloads:
        run = torch_runs[key]
        run()
        reps[key] = (repetitions_for(min(kit.time(*key, 1, 2))), repetitions_for(min(timed(run, 1, 2))))

    results = {key: ([], []) for key in workloads}
    loads = []
    for _ in range(args.rounds):
        before = os.getloadavg()[0]
        for key in workloads:
            kit_reps, torch_reps = reps[key]
            results[key][0].append(statistics.median(kit.time(*key, kit_reps, args.batches)))
            results[key][1].append(statistics.median(timed(torch_runs[key], torch_reps, args.batches)))
        loads.append((before, os.getloadavg()[0]))
    kit.process.stdin.close()
    kit.process.wait()
    report(workloads, results, loads, kit.banner, args)


def spread(values):
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def report(workloads, results, loads, banner, args):
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; "
          f"kit: .NET {banner}; PyTorch {torch.__version__}, {torch.get_num_threads()} thread, float64")
    print(f"Command: /usr/bin/python3 tests/TeachingKit.Benchmarks/side_by_side.py --rounds {args.rounds}"
          f"{' --quick' if args.quick else ''}{' --only ' + args.only if args.only else ''}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print("Load average (1 min) before/after each round: " + ", ".join(f"{a:.1f}/{b:.1f}" for a, b in loads))
    print()
    print("| Workload | N | kit (median) | PyTorch (median) | PyTorch / kit, median (range over rounds) | kit: share of copy bandwidth |")
    print("|---|---:|---:|---:|---:|---:|")
    copy_kit, copy_torch = results[("copy", STEP_SIZE)]
    for key in workloads:
        kit_t, torch_t = results[key]
        ratios = [t / k for k, t in zip(kit_t, torch_t)]
        bandwidth = ""
        if key[0] in STEP_BYTES:
            shares = [(STEP_BYTES[key[0]] / 16) * c / k for c, k in zip(copy_kit, kit_t)]
            bandwidth = spread(shares)
        print(f"| {key[0]} | {key[1]} | {fmt(statistics.median(kit_t))} | {fmt(statistics.median(torch_t))} | {spread(ratios)} | {bandwidth} |")


def fmt(seconds):
    return f"{seconds * 1e3:.3g} ms" if seconds >= 1e-3 else f"{seconds * 1e6:.3g} µs"


if __name__ == "__main__":
    sys.exit(main())
