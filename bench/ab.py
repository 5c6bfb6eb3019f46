#!/usr/bin/env python3
"""Interleaved whole-process timings of two or more commands.

    bench/ab.py [-n RUNS] [-w WARMUP] 'command A' 'command B' ...

Runs A, B, ... in turn, RUNS rounds, so that a change in machine load hits every command alike
(hyperfine runs one command's rounds back to back, which a busy 2-core machine skews). Prints each
command's median and quartiles of wall time, its median as a ratio to the first command's, and
its median CPU time (user + system), which a busy machine disturbs less than wall time.
Exit codes are ignored: linters exit 1 when they report findings. Output goes to /dev/null.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import time


def run_once(argv):
    """Wall seconds and CPU seconds (user + system, from the child's own rusage) of one run."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


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
    walls = [[] for _ in argvs]
    cpus = [[] for _ in argvs]
    for _ in range(args.runs):
        for i, argv in enumerate(argvs):
            wall, cpu = run_once(argv)
            walls[i].append(wall)
            cpus[i].append(cpu)
    base = statistics.median(walls[0])
    print("  wall median [quartiles]        ratio   CPU median  command")
    for command, ws, cs in zip(args.commands, walls, cpus):
        q1, _, q3 = statistics.quantiles(ws, n=4)
        med = statistics.median(ws)
        print(f"{med * 1000:8.1f} ms [{q1 * 1000:.1f} … {q3 * 1000:.1f}]  x{med / base:.2f}  "
              f"{statistics.median(cs) * 1000:8.1f} ms  {command}")


if __name__ == "__main__":
    main()
