#!/usr/bin/env python3
"""Runs trafilatura over a directory of .html pages in this one process and times the extraction.

    run_trafilatura.py HTML_DIR OUTPUT.json

Writes {"output": {id: {"articleBody": text}}, "version": ...} and prints the wall-clock and CPU
seconds spent reading and extracting (interpreter start-up and imports not counted) on stdout. Called as the
benchmark's extractors call it: trafilatura.extract(html, include_comments=False).
"""

import json
import sys
import time
from importlib.metadata import version
from pathlib import Path

import trafilatura


def main(html_dir, output_path):
    paths = sorted(Path(html_dir).glob("*.html"))
    output = {}
    start = time.perf_counter()
    cpu_start = time.process_time()
    for path in paths:
        html = path.read_text(encoding="utf-8", errors="replace")
        output[path.name[: -len(".html")]] = {"articleBody": trafilatura.extract(html, include_comments=False) or ""}
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    with open(output_path, "w", encoding="utf-8") as handle:
        json.dump({"output": output, "version": version("trafilatura")}, handle, ensure_ascii=False)
    print(f"{elapsed:.4f} {cpu:.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
