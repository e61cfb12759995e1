#!/usr/bin/env python3
"""python-docx plain text read (paragraphs and table cells) in documents per second, one
thread, for comparison with examples/docx_bench.rs. Usage: docx_python_bench.py FILE..."""
import sys
import time

import docx


def read(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    return "\n".join(parts)


def main():
    files = sys.argv[1:]
    start = time.perf_counter()
    n = 0
    while time.perf_counter() - start < 3:
        for f in files:
            read(f)
            n += 1
    print(f"{len(files)} files; python-docx: {n / (time.perf_counter() - start):.0f} docs/s (1 thread)")


if __name__ == "__main__":
    main()
