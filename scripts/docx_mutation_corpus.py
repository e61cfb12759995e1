#!/usr/bin/env python3
"""Runs every file of a mutated-DOCX corpus through the `minutes` CLI, one process per file
(`minutes extract --quiet FILE`), and checks: no crash (signal, internal error or missing
record), no file over 5 s, memory flat (peak RSS per process), every file accounted for.

    DOCX_CORPUS_DIR=/tmp/docx-corpus cargo test --test docx write_mutation_corpus -- --ignored
    cargo build --release --bin minutes
    scripts/docx_mutation_corpus.py target/release/minutes /tmp/docx-corpus
"""
import collections
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

binary, corpus = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus))
outcomes = collections.Counter()
problems = []
slowest = (0.0, "")
peak = (0, "")
for path in files:
    with tempfile.TemporaryFile() as out:
        start = time.monotonic()
        proc = subprocess.Popen([binary, "extract", "--quiet", path], stdout=out,
                                stderr=subprocess.DEVNULL)
        timer = threading.Timer(10, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - start
        out.seek(0)
        data = out.read()
    if elapsed > slowest[0]:
        slowest = (elapsed, path)
    if usage.ru_maxrss > peak[0]:
        peak = (usage.ru_maxrss, path)
    if proc.returncode < 0:
        problems.append((path, f"signal {-proc.returncode} after {elapsed:.1f} s"))
        continue
    try:
        record = json.loads(data.decode("utf-8").strip().splitlines()[0])
    except Exception as e:  # noqa: BLE001
        problems.append((path, f"no record ({e})"))
        continue
    kind = (record.get("error") or {}).get("kind")
    outcomes[f"{record.get('status')}:{kind}" if kind else record.get("status")] += 1
    if kind == "internal":
        problems.append((path, f"internal error: {record['error']['message']}"))
    if elapsed > 5:
        problems.append((path, f"took {elapsed:.1f} s"))

print(f"{len(files)} files: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
print(f"slowest {slowest[0]:.2f} s ({os.path.basename(slowest[1])}); "
      f"peak RSS {peak[0] / 1024:.0f} MiB ({os.path.basename(peak[1])})")
print(f"records: {sum(outcomes.values())}/{len(files)}")
for p in problems:
    print("PROBLEM", *p)
sys.exit(1 if problems or sum(outcomes.values()) != len(files) else 0)
