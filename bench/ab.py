#!/usr/bin/env python3
"""Interleaved whole-process timings of two or more commands.

    bench/ab.py [-n RUNS] [-w WARMUP] 'command A' 'command B' ...

Runs A, B, ... in turn, RUNS rounds, so that a change in machine load hits every command alike
(hyperfine runs one command's rounds back to back, which a busy 2-core machine skews). Prints each
command's median and quartiles of wall time and its median as a ratio to the first command's.
Exit codes are ignored: linters exit 1 when they report findings. Output goes to /dev/null.
"""
import argparse
import shlex
import statistics
import subprocess
import time


def run_once(argv):
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=20)
    parser.add_argument("-w", "--warmup", type=int, default=2)
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    argvs = [shlex.split(c) for c in args.commands]
    for _ in range(args.warmup):
        for argv in argvs:
            run_once(argv)
    times = [[] for _ in argvs]
    for _ in range(args.runs):
        for i, argv in enumerate(argvs):
            times[i].append(run_once(argv))
    base = statistics.median(times[0])
    for command, ts in zip(args.commands, times):
        q1, _, q3 = statistics.quantiles(ts, n=4)
        med = statistics.median(ts)
        print(f"{med * 1000:8.1f} ms  [{q1 * 1000:.1f} … {q3 * 1000:.1f}]  x{med / base:.2f}  {command}")


if __name__ == "__main__":
    main()
