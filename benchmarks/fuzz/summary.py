#!/usr/bin/env python3
"""Summarises the logs of benchmarks/fuzz/run.sh as a Markdown table (stdout)."""
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

logs, secs, jobs = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
root = Path(__file__).resolve().parents[2]
rows = []
for log in sorted(logs.glob("*.log")):
    if log.name == "compile.log":
        continue
    text = log.read_text(errors="replace")
    runs = [int(m) for m in re.findall(r"Done (\d+) runs in", text)]
    done = re.findall(r"#(\d+)\s+DONE\s.*?exec/s: (\d+)", text)
    last = re.findall(r"#(\d+)\s+(?:NEW|REDUCE|pulse|DONE|INITED)\s.*?cov: (\d+) ft: (\d+) corp: (\d+)/\S+.*?exec/s: (\d+)", text)
    secs_run = re.findall(r"Done \d+ runs in (\d+) second", text)
    execs = runs[-1] if runs else (int(last[-1][0]) if last else 0)
    cov = last[-1][1] if last else "?"
    corpus = last[-1][3] if last else "?"
    rate = done[-1][1] if done else (last[-1][4] if last else "?")
    findings = len(re.findall(r"^== Java Exception:", text, re.M))
    timeouts = len(re.findall(r"ERROR: libFuzzer: timeout|^== Java Exception: .*Timeout", text, re.M))
    found = sorted(set(re.findall(r"^== Java Exception: ([^\n:]+(?::[^\n]{0,80})?)", text, re.M)))
    rows.append((log.stem, execs, rate, secs_run[-1] if secs_run else "?", cov, corpus, findings, timeouts,
                 "; ".join(found)[:300] or "-"))

commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                        text=True).stdout.strip()
load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"] * 3
print("# Fuzzing campaign summary (Jazzer 0.24.0, JUnit @FuzzTest, JAZZER_FUZZ=1)\n")
print(f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; commit {commit}")
print(f"- duration asked per target: {secs} s (libFuzzer -max_total_time), {jobs} target(s) at a time, "
      f"-timeout=10 s per input, keep_going=50 distinct findings")
print(f"- machine: {os.cpu_count()} cores shared with other jobs; load average at the end {' '.join(load)}")
print("- command: `benchmarks/fuzz/run.sh " + " ".join(sys.argv[2:4]) + "`\n")
print("| target | executions | exec/s | seconds | coverage | corpus | findings | timeouts | first lines |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
for r in rows:
    print("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
