#!/usr/bin/env python3
"""Runs the article-extraction benchmark (see Scripts/bench-extraction, which calls this).

Both tools read the same unpacked .html files. Each round times, in turn:
- modeltrack: `modeltrack extract --jsonl FILE...` over all pages in one process (both cores),
  wall-clock time of the whole process, start-up and JSON output included;
- modeltrack pinned to one core (`taskset -c 0`), the same command;
- trafilatura 2.0: one Python process, `trafilatura.extract(html)` per page, timing only the
  reading-and-extracting loop (interpreter start-up and imports not counted: in its favour).
Speed ratios are trafilatura's median time over modeltrack's median time.
"""

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def load_scorer():
    import importlib.machinery
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "score-extraction"
    loader = importlib.machinery.SourceFileLoader("score_extraction", str(path))
    spec = importlib.util.spec_from_loader("score_extraction", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def unpack(data, target):
    ids = []
    for source in sorted((data / "html").glob("*.html.gz")):
        page_id = source.name[: -len(".html.gz")]
        with gzip.open(source, "rb") as packed, open(target / f"{page_id}.html", "wb") as plain:
            shutil.copyfileobj(packed, plain)
        ids.append(page_id)
    return ids


def article_body(record):
    """The benchmark's articleBody from an `extract --jsonl` record: the main text without the
    headline. The ground truth leaves the headline out, while modeltrack's text keeps the page's
    headings, so a first block that repeats the page title is dropped (the same rule for every page)."""
    blocks = (record.get("text") or "").split("\n\n")
    title = " ".join((record.get("title") or "").split()).lower()
    if blocks and title and " ".join(blocks[0].split()).lower() == title:
        blocks = blocks[1:]
    return "\n\n".join(blocks)


def run_modeltrack(binary, files, pin):
    command = ([shutil.which("taskset") or "taskset", "-c", "0"] if pin else []) + [binary, "extract", "--jsonl"] + files
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    output = {}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        name = Path(record.get("file") or record.get("url") or "").name
        output[name[: -len(".html")]] = {"articleBody": article_body(record)}
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    return elapsed, cpu, output, errors


def run_trafilatura(html_dir, work):
    target = work / "trafilatura.json"
    runner = Path(__file__).resolve().parent / "run_trafilatura.py"
    result = subprocess.run([sys.executable, str(runner), str(html_dir), str(target)],
                            capture_output=True, text=True, check=True)
    wall, cpu = (float(value) for value in result.stdout.split())
    with open(target, encoding="utf-8") as handle:
        return wall, cpu, json.load(handle)["output"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--modeltrack", required=True)
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--dump", type=Path, help="write modeltrack's output (benchmark JSON) here")
    args = parser.parse_args()
    scorer = load_scorer()
    with open(args.data / "ground-truth.json", encoding="utf-8") as handle:
        truth = json.load(handle)

    with tempfile.TemporaryDirectory(prefix="bench-extraction-") as temporary:
        work = Path(temporary)
        html_dir = work / "html"
        html_dir.mkdir()
        ids = unpack(args.data, html_dir)
        files = [str(html_dir / f"{page_id}.html") for page_id in ids]
        times = {"modeltrack": [], "modeltrack (1 core)": [], "trafilatura": []}
        cpu_times = {"modeltrack": [], "trafilatura": []}
        outputs = {}
        for round_number in range(args.runs):
            elapsed, cpu, outputs["modeltrack"], errors = run_modeltrack(args.modeltrack, files, pin=False)
            times["modeltrack"].append(elapsed)
            cpu_times["modeltrack"].append(cpu)
            elapsed, _, _, _ = run_modeltrack(args.modeltrack, files, pin=True)
            times["modeltrack (1 core)"].append(elapsed)
            elapsed, cpu, outputs["trafilatura (this run)"] = run_trafilatura(html_dir, work)
            times["trafilatura"].append(elapsed)
            cpu_times["trafilatura"].append(cpu)
            print(f"round {round_number + 1}/{args.runs}: "
                  + ", ".join(f"{name} {values[-1]:.3f} s" for name, values in times.items()), file=sys.stderr)
        if args.dump:
            with open(args.dump, "w", encoding="utf-8") as handle:
                json.dump({"output": outputs["modeltrack"]}, handle, ensure_ascii=False)

    for path in sorted((args.data / "peer-output").glob("*.json")):
        outputs[f"{path.stem} (published)"] = scorer.load_output(path)

    lines = [f"Article extraction: {len(ids)} pages from {args.data.name}/, {args.runs} rounds, "
             f"{os.cpu_count()} cores", "",
             f"{'extractor':<32} {'F1':>6} {'precision':>9} {'recall':>6}"]
    ranked = sorted(outputs.items(), key=lambda item: -scorer.metrics(scorer.per_page(truth, item[1]))["f1"])
    for name, output in ranked:
        result = scorer.metrics(scorer.per_page(truth, output))
        lines.append(f"{name:<32} {result['f1']:>6.3f} {result['precision']:>9.3f} {result['recall']:>6.3f}")
    medians = {name: statistics.median(values) for name, values in times.items()}
    lines += ["", "median seconds over the pages (each round runs all three in turn):"]
    for name, value in medians.items():
        lines.append(f"  {name:<22} {value:8.3f} s   (runs: {', '.join(f'{v:.3f}' for v in times[name])})")
    cpu_medians = {name: statistics.median(values) for name, values in cpu_times.items()}
    lines += ["", "median CPU seconds (user + system; less sensitive to other load on the machine):"]
    for name, value in cpu_medians.items():
        lines.append(f"  {name:<22} {value:8.3f} s")
    lines += ["", f"speed: modeltrack is {medians['trafilatura'] / medians['modeltrack']:.1f}x trafilatura "
              f"on 2 cores, {medians['trafilatura'] / medians['modeltrack (1 core)']:.1f}x on 1 core "
              f"(wall-clock medians); {cpu_medians['trafilatura'] / cpu_medians['modeltrack']:.1f}x in CPU time"]
    lines += [f"load average at the end: {', '.join(f'{value:.1f}' for value in os.getloadavg())} "
              f"(timings are only comparable on an otherwise idle machine)"]
    if errors:
        lines += ["", f"modeltrack reported {len(errors)} errors:"] + [f"  {line}" for line in errors[:10]]
    summary = "\n".join(lines)
    print(summary)
    if not args.no_write:
        results = Path("bench/results")
        results.mkdir(parents=True, exist_ok=True)
        (results / "extraction.txt").write_text(
            "Produced by `Scripts/bench-extraction DATA_DIR`; do not edit by hand.\n\n" + summary + "\n")


if __name__ == "__main__":
    main()
