# Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
"""Alternates fresh processes of each variant and prints wall and CPU time per process.

usage: /usr/bin/python3 compare.py --pairs N --out FILE.md VARIANT=COMMAND ...

Each COMMAND is a shell-free command line (split on spaces; {run} becomes a fresh folder per run).
Round r runs every variant once, starting with variant r mod count, so that no variant always
follows the same one. Wall time is from fork to exit (time.perf_counter), CPU time the child's
user + system time from os.wait4's rusage (the child and what it waited for). The first variant
is the baseline of the ratios. The load average is recorded before and after.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(command, workdir):
    args = [a.replace("{run}", workdir) for a in command.split()]
    start = time.perf_counter()
    with open(os.path.join(workdir, "stdout"), "wb") as out, open(os.path.join(workdir, "stderr"), "wb") as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        with open(os.path.join(workdir, "stderr"), "rb") as err:
            tail = err.read()[-3000:].decode("utf-8", "replace")
        raise SystemExit("failed (exit %d): %s\n%s" % (proc.returncode, " ".join(args), tail))
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first (page cache, JIT-free disk)")
    parser.add_argument("--out", required=True)
    parser.add_argument("--note", default="")
    parser.add_argument("variants", nargs="+")
    a = parser.parse_args()
    variants = [v.split("=", 1) for v in a.variants]
    names = [v[0] for v in variants]
    base = tempfile.mkdtemp(prefix="fit-process-", dir=os.environ.get("FIT_TMP"))
    load_before = os.getloadavg()
    walls = {n: [] for n in names}
    cpus = {n: [] for n in names}
    lines = []
    try:
        for r in range(a.warmup + a.pairs):
            timed = r >= a.warmup
            order = [(r + i) % len(variants) for i in range(len(variants))]
            parts = []
            for i in order:
                name, command = variants[i]
                workdir = os.path.join(base, "%s-%d" % (name, r))
                os.makedirs(workdir)
                wall, cpu = run_once(command, workdir)
                shutil.rmtree(workdir)
                parts.append("%s %.2f s wall %.2f s cpu" % (name, wall, cpu))
                if timed:
                    walls[name].append(wall)
                    cpus[name].append(cpu)
            line = ("round %d: " % (r - a.warmup + 1) if timed else "warmup: ") + "; ".join(parts) \
                + "; load %.2f" % os.getloadavg()[0]
            print(line, flush=True)
            if timed:
                lines.append(line)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    load_after = os.getloadavg()
    baseline = names[0]
    bw = statistics.median(walls[baseline])
    bc = statistics.median(cpus[baseline])
    out = []
    out.append("| variant | wall median (min-max) s | CPU median (min-max) s | wall / %s | CPU / %s |" % (baseline, baseline))
    out.append("|---|---:|---:|---:|---:|")
    for n in names:
        w = statistics.median(walls[n])
        c = statistics.median(cpus[n])
        out.append("| %s | %.2f (%.2f-%.2f) | %.2f (%.2f-%.2f) | %.2f | %.2f |" % (
            n, w, min(walls[n]), max(walls[n]), c, min(cpus[n]), max(cpus[n]), w / bw, c / bc))
    out.append("")
    out.append("load average before %.2f %.2f %.2f, after %.2f %.2f %.2f; %d rounds (after %d untimed), "
               "each variant a fresh process, order rotated every round" % (load_before + load_after + (a.pairs, a.warmup)))
    if a.note:
        out.append("")
        out.append(a.note)
    out.append("")
    out.append("```")
    out.extend(lines)
    out.append("```")
    text = "\n".join(out) + "\n"
    print(text)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
