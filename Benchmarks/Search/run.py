#!/usr/bin/env python3
"""Times `modeltrack search --json` against `sqlite-utils search` and the sqlite3 shell, side by side.

Usage: run.py --modeltrack BIN --store STORE --peer PEER --sqlite-utils BIN --queries FILE [--runs 5] [--out FILE]

Each query runs as a whole process in the three tools, round-robin (the order rotates every round),
`--runs` times; a query's time is the median of its runs, and a tool's time is the median over the
queries. All three get the same FTS5 query: modeltrack builds it from what the user typed; the
peers get the expression modeltrack builds for documents (without its model-alias expansion), as
sqlite-utils' own FTS5 table (`sqlite-utils enable-fts --fts5`) and the store's `document_fts`
expect it. sqlite3 reads the same store as modeltrack; sqlite-utils a copy of its documents.
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import time

QUOTES = "\"\u201c\u201d\u201e\u201f\uff02"


def terms(query):
    """Splits a query the way modeltrack's SearchTokenizer does: (alternatives, exclusions)."""
    tokens, current, in_phrase, excluded_phrase = [], "", False, False

    def flush():
        nonlocal current
        word, current = current, ""
        if word == "OR":
            tokens.append(("or", None, False, False))
        elif word and word != "AND":
            excluded = word.startswith("-")
            word = word.lstrip("-")
            if word:
                tokens.append(("term", word, False, excluded))

    for character in query:
        if character in QUOTES:
            if in_phrase:
                tokens.append(("term", current, True, excluded_phrase))
                current, in_phrase = "", False
            else:
                excluded_phrase = bool(current) and set(current) == {"-"}
                if not excluded_phrase:
                    flush()
                current, in_phrase = "", True
        elif not in_phrase and character.isspace():
            flush()
        else:
            current += character
    if in_phrase:
        tokens.append(("term", current, True, excluded_phrase))
    else:
        flush()
    alternatives, excluded = [[]], []
    for kind, text, phrase, is_excluded in tokens:
        if kind == "or":
            if alternatives[-1]:
                alternatives.append([])
        elif any(c.isalnum() for c in text):
            (excluded if is_excluded else alternatives[-1]).append((text.strip(), phrase))
    return [a for a in alternatives if a], excluded


def fts5(query):
    """The FTS5 expression modeltrack builds for documents (model aliases aside)."""
    alternatives, excluded = terms(query)

    def quoted(text, prefix=False):
        return '"' + text.replace('"', '""') + '"' + ("*" if prefix else "")

    groups = []
    for alternative in alternatives:
        parts = []
        for index, (text, phrase) in enumerate(alternative):
            last = index == len(alternative) - 1
            parts.append(quoted(text, prefix=last and not phrase and len(text) >= 4))
        groups.append(" AND ".join(parts))
    positive = groups[0] if len(groups) == 1 else " OR ".join(f"({g})" for g in groups)
    if excluded:
        return f"({positive}) NOT ({' OR '.join(quoted(text) for text, _ in excluded)})"
    return positive


def commands(args, query):
    expression = fts5(query)
    literal = expression.replace("'", "''")
    sql = (
        "SELECT document.url, document.title, document.published, "
        "snippet(document_fts, 1, '[', ']', '…', 32) AS snippet "
        "FROM document_fts JOIN document ON document.id = document_fts.rowid "
        f"WHERE document_fts MATCH '{literal}' AND document.is_current = 1 "
        "ORDER BY bm25(document_fts, 10.0, 1.0) LIMIT 10")
    return {
        "modeltrack": [args.modeltrack, "search", "--store", args.store, "--json", "--limit", "10", "--", query],
        "sqlite3": ["sqlite3", "-readonly", "-json", args.store, sql],
        "sqlite-utils": [args.sqlite_utils, "search", args.peer, "documents", expression, "--limit", "10",
                         "-c", "url", "-c", "title"],
    }


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


def rows(command):
    """Runs once and counts the JSON rows printed; fails loudly if the tool fails."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({result.returncode}): {result.stderr[:500]}")
    text = result.stdout.strip()
    return len(json.loads(text)) if text else 0


def version(command):
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    return (result.stdout or result.stderr).strip().splitlines()[0] if (result.stdout or result.stderr) else "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modeltrack", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--peer", required=True)
    parser.add_argument("--sqlite-utils", required=True)
    parser.add_argument("--queries", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out")
    args = parser.parse_args()

    with open(args.queries, encoding="utf-8") as file:
        queries = [line.rstrip("\n") for line in file if line.strip() and not line.startswith("#")]
    tools = ["modeltrack", "sqlite3", "sqlite-utils"]
    load_before = os.getloadavg()

    # Sanity pass (also warms the page cache): every tool succeeds, and how many rows each returns.
    found = {query: {tool: rows(command) for tool, command in commands(args, query).items()} for query in queries}

    # Where modeltrack's time goes: process start, start-up to a parsed command, store open + query.
    breakdown_commands = {
        "/bin/true (process spawn)": ["/bin/true"],
        "sqlite3 'select 1'": ["sqlite3", args.store, "select 1"],
        "modeltrack --version (start-up)": [args.modeltrack, "--version"],
        "modeltrack search, no match (start-up + store open)": [
            args.modeltrack, "search", "--store", args.store, "--json", "--", "zzzqqqxxx"],
        "sqlite-utils --version (start-up)": [args.sqlite_utils, "--version"],
    }
    breakdown = {}
    for name, command in breakdown_commands.items():
        timed(command)
        breakdown[name] = statistics.median(timed(command) for _ in range(max(10, args.runs * 4)))

    times = {query: {tool: [] for tool in tools} for query in queries}
    for round_number in range(args.runs):
        order = tools[round_number % 3:] + tools[:round_number % 3]
        for query in queries:
            runnable = commands(args, query)
            for tool in order:
                times[query][tool].append(timed(runnable[tool]))
    load_after = os.getloadavg()

    per_query = {query: {tool: statistics.median(times[query][tool]) for tool in tools} for query in queries}
    summary = {}
    for tool in tools:
        values = sorted(per_query[query][tool] for query in queries)
        summary[tool] = {
            "median": statistics.median(values),
            "p90": values[int(0.9 * (len(values) - 1))],
            "slowest": values[-1],
            "slowest_query": max(queries, key=lambda q: per_query[q][tool]),
        }
    ratio = summary["modeltrack"]["median"] / summary["sqlite-utils"]["median"]
    ratios = [per_query[q]["modeltrack"] / per_query[q]["sqlite-utils"] for q in queries]

    lines = [
        "# Search benchmark",
        "",
        f"Run {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} on "
        f"{platform.machine()} with {os.cpu_count()} cores, load average {load_before[0]:.1f} before and "
        f"{load_after[0]:.1f} after; {len(queries)} queries, {args.runs} runs each per tool, round-robin.",
        f"Store: `{os.path.basename(args.store)}`, {os.path.getsize(args.store) / 1e6:.0f} MB. Tools: "
        f"{version([args.modeltrack, '--version'])} (modeltrack), {version([args.sqlite_utils, '--version'])}, "
        f"sqlite3 {version(['sqlite3', '--version']).split()[0]}.",
        "",
        "Whole-process wall time per query (median of its runs), then over the queries:",
        "",
        "| tool | median | p90 | slowest | slowest query |",
        "|---|---:|---:|---:|---|",
    ]
    for tool in tools:
        s = summary[tool]
        lines.append(f"| {tool} | {s['median']:.1f} ms | {s['p90']:.1f} ms | {s['slowest']:.1f} ms | "
                     f"`{s['slowest_query']}` |")
    lines += [
        "",
        f"**modeltrack / sqlite-utils: {ratio:.3f}** of the time at the median (target ≤ 0.25: "
        f"{'met' if ratio <= 0.25 else 'NOT met'}); per query the ratio ranges "
        f"{min(ratios):.3f}–{max(ratios):.3f}. "
        f"**Slowest modeltrack query: {summary['modeltrack']['slowest']:.1f} ms** (target < 100 ms: "
        f"{'met' if summary['modeltrack']['slowest'] < 100 else 'NOT met'}). "
        f"sqlite3, the floor: {summary['sqlite3']['median']:.1f} ms.",
        "",
        "Where the time goes (median of repeated runs):",
        "",
        "| command | time |",
        "|---|---:|",
    ]
    lines += [f"| {name} | {value:.1f} ms |" for name, value in breakdown.items()]
    lines += [
        "",
        "Per query (ms; rows returned in parentheses — modeltrack also returns claims and model facts):",
        "",
        "| query | modeltrack | sqlite3 | sqlite-utils |",
        "|---|---:|---:|---:|",
    ]
    for query in queries:
        cells = [f"{per_query[query][tool]:.1f} ({found[query][tool]})" for tool in tools]
        lines.append(f"| `{query}` | " + " | ".join(cells) + " |")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as file:
            file.write(report)


if __name__ == "__main__":
    main()
