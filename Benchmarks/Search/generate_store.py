#!/usr/bin/env python3
"""Fills a modeltrack store with a synthetic crawl of N pages of varied text, for the search benchmark.

Usage: generate_store.py STORE PEER_DB [--pages 20000] [--seed 7]

STORE must already carry modeltrack's schema (the benchmark script runs `modeltrack facts --store STORE`
first, which creates it); rows are inserted the way a crawl writes them: a source, a fetch, the archived
body (zlib), the document and its cited claims, so the FTS5 triggers index everything as usual.
PEER_DB receives the same documents (url, title, published, main_text) as a plain table for
`sqlite-utils`, which builds its own FTS5 index over them.

Every word comes from the vocabulary below or from syllables combined by the seeded generator: the
text is made here, from nothing downloaded or copied.
"""

import argparse
import datetime
import hashlib
import itertools
import random
import sqlite3
import zlib

LABS = ["Northwind Labs", "Halcyon AI", "Pinecrest Research", "Quillon", "Meridian Systems", "Tallgrass AI",
        "Copperleaf", "Vantage Works", "Lumen Forge", "Saltmarsh Research"]

OUTLETS = ["The Token Ledger", "Model Weekly", "Open Eval Board", "Inference Times", "Gradient Notes",
           "Weights & Measures", "The Context Window", "Latency Report", "Benchmark Digest", "Parameter Post"]

# Families the alias registry knows, with version shapes; names are rendered the way labs write them.
FAMILIES = [
    ("Qwen", lambda r: f"Qwen{r.choice(['2.5', '3', '3.5', '3.6', '3.7'])}" +
        r.choice(["", "-Max", "-Max-Preview", "-Plus", "-Coder", f"-{r.choice([7, 14, 32, 72])}B"])),
    ("Llama", lambda r: f"Llama {r.choice(['3.1', '3.3', '4', '4.1'])}" +
        r.choice(["", " Maverick", " Scout", f" {r.choice([8, 70, 405])}B"])),
    ("Gemma", lambda r: f"Gemma {r.choice(['2', '3', '3n', '4'])}" + r.choice(["", f" {r.choice([2, 9, 27])}B"])),
    ("GPT", lambda r: f"GPT-{r.choice(['4o', '4.1', '5', '5.2', '5.4', 'oss'])}" + r.choice(["", " mini", " nano"])),
    ("Claude", lambda r: f"Claude {r.choice(['Opus', 'Sonnet', 'Haiku'])} {r.choice(['4', '4.5', '4.6', '4.7'])}"),
    ("Gemini", lambda r: f"Gemini {r.choice(['2.5', '3', '3.1'])} {r.choice(['Pro', 'Flash', 'Flash-Lite'])}"),
    ("DeepSeek", lambda r: f"DeepSeek-{r.choice(['V3', 'V3.2', 'V4', 'R1', 'R2'])}"),
    ("Kimi", lambda r: f"Kimi K{r.choice(['2', '2.5', '3'])}"),
    ("Mistral", lambda r: f"Mistral {r.choice(['Large', 'Medium', 'Small'])} {r.choice(['2', '3', '3.1'])}"),
    ("GLM", lambda r: f"GLM-{r.choice(['4.5', '4.6', '5'])}"),
]

ATTRIBUTES = [
    ("context_window", "tokens", lambda r: r.choice([32768, 131072, 200000, 262144, 1000000, 2000000]),
     lambda v: f"{v // 1000}K tokens" if v < 1000000 else f"{v // 1000000}M tokens",
     ["{m} supports a context window of {t}.", "The context length of {m} is {t}.",
      "{m} reads up to {t} in one prompt."]),
    ("params_total", "parameters", lambda r: r.choice([7, 14, 32, 70, 235, 480, 671, 1200]) * 1000000000,
     lambda v: f"{v // 1000000000}B parameters", ["{m} has {t} in total.", "With {t}, {m} is a large model."]),
    ("weights", None, lambda r: r.choice(["open", "closed"]),
     lambda v: "open weights" if v == "open" else "API-only",
     ["{m} ships with {t}.", "The lab released {m} as {t}."]),
    ("release_date", None, lambda r: f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}", lambda v: v,
     ["{m} was released on {t}.", "{m} became available on {t}."]),
    ("benchmark:swe-bench-verified", "percent", lambda r: round(r.uniform(40, 82), 1), lambda v: f"{v}%",
     ["{m} scores {t} on SWE-bench Verified.", "On SWE-bench Verified, {m} reaches {t}."]),
    ("benchmark:gpqa-diamond", "percent", lambda r: round(r.uniform(50, 90), 1), lambda v: f"{v}%",
     ["{m} posts {t} on GPQA Diamond.", "GPQA Diamond puts {m} at {t}."]),
]

NOUNS = """model release benchmark context window token weights license evaluation leaderboard latency price
throughput inference training dataset checkpoint preview update changelog reasoning agent tool coding
mathematics vision audio translation summary retrieval embedding quantization distillation mixture expert
router attention layer parameter budget accelerator cluster rack cooling datacenter researcher engineer
reviewer journalist reader developer customer partner roadmap announcement interview podcast newsletter
report paper preprint appendix table figure chart score rank index accuracy regression failure outage
incident policy safety alignment red team jailbreak filter guardrail audit disclosure pricing tier quota
limit endpoint gateway sandbox notebook prompt completion response stream cache batch schedule migration
archive snapshot version family variant size tokenizer vocabulary corpus crawler parser extractor citation
quote claim conflict source publisher vendor outlet rumor correction errata comparison trend forecast""".split()

VERBS = """ships releases announces publishes measures compares reports claims confirms denies updates
retires deprecates extends doubles halves improves regresses leads trails matches beats loses reaches
supports offers limits raises lowers tests evaluates reviews benchmarks quantizes distills fine-tunes
serves caches routes schedules archives cites quotes corrects revises""".split()

ADJECTIVES = """new larger smaller faster slower cheaper pricier open closed preview stable experimental
multilingual multimodal efficient sparse dense quantized distilled hosted local long short verified
disputed official unofficial early late quiet noisy careful rough detailed brief independent internal
external public private hybrid native extended reliable flaky""".split()

FILLER = """the a an of to in on for with by from at as and or but while because although after before
during since until across between among about over under around this that these those its their our
every each some many few most several""".split()

SYLLABLES = ["ka", "lo", "mi", "ru", "ten", "vor", "sal", "quin", "dra", "pel", "zu", "bri", "mon", "tas",
             "gel", "ori", "nax", "fen", "wy", "ul", "cor", "bev", "sti", "pha", "rim", "jo", "dex", "hal"]


class Vocabulary:
    """Common words from the lists above, a Zipf-distributed tail of made-up words, and model names."""

    def __init__(self, random_source, tail_size=6000):
        self.r = random_source
        seen = set()
        tail = []
        while len(tail) < tail_size:
            word = "".join(self.r.choice(SYLLABLES) for _ in range(self.r.randint(2, 4)))
            if word not in seen:
                seen.add(word)
                tail.append(word)
        self.tail = tail
        # Zipf weights: word k has weight 1/k.
        self.tail_cumulative = list(itertools.accumulate(1.0 / (k + 1) for k in range(len(tail))))
        self.models = []
        for _ in range(400):
            family, render = self.r.choice(FAMILIES)
            self.models.append(render(self.r))
        self.models = sorted(set(self.models))

    def word(self):
        roll = self.r.random()
        if roll < 0.35:
            return self.r.choice(FILLER)
        if roll < 0.62:
            return self.r.choice(NOUNS)
        if roll < 0.74:
            return self.r.choice(VERBS)
        if roll < 0.86:
            return self.r.choice(ADJECTIVES)
        return self.r.choices(self.tail, cum_weights=self.tail_cumulative)[0]

    def sentence(self, length=None):
        length = length or self.r.randint(7, 22)
        words = [self.word() for _ in range(length)]
        if self.r.random() < 0.3:
            words.insert(self.r.randint(0, len(words)), self.r.choice(self.models))
        if self.r.random() < 0.1:
            words.insert(self.r.randint(0, len(words)), str(self.r.randint(2, 2048)))
        text = " ".join(words)
        return text[0].upper() + text[1:] + self.r.choice([".", ".", ".", "?", "!"])


def page(vocabulary, r, index):
    """One page: title, paragraphs of text, and the claims stated in some of its sentences."""
    model = r.choice(vocabulary.models)
    title_words = [vocabulary.word() for _ in range(r.randint(3, 8))]
    if r.random() < 0.6:
        title_words.insert(r.randint(0, len(title_words)), model)
    title = " ".join(title_words)
    title = title[0].upper() + title[1:]
    paragraphs = []
    claims = []
    for _ in range(r.randint(3, 12)):
        sentences = [vocabulary.sentence() for _ in range(r.randint(2, 7))]
        if r.random() < 0.45:
            attribute, unit, value_of, text_of, templates = r.choice(ATTRIBUTES)
            value = value_of(r)
            text = text_of(value)
            quote = r.choice(templates).format(m=model, t=text)
            sentences.insert(r.randint(0, len(sentences)), quote)
            claims.append((model, attribute, value, unit, text, quote))
        paragraphs.append(" ".join(sentences))
    return title, "\n\n".join(paragraphs), claims


def model_id(name):
    """A canonical-looking id for a generated name (lowercase, spaces to hyphens)."""
    return name.lower().replace(" ", "-")


def utc(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("peer")
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()

    r = random.Random(arguments.seed)
    vocabulary = Vocabulary(r)
    store = sqlite3.connect(arguments.store)
    store.execute("PRAGMA foreign_keys = ON")
    peer = sqlite3.connect(arguments.peer)
    peer.execute("DROP TABLE IF EXISTS documents")
    peer.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, url TEXT, title TEXT, published TEXT, main_text TEXT)")

    start = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
    with store:
        source_ids = []
        for number, outlet in enumerate(OUTLETS + LABS):
            host = outlet.lower().replace(" ", "").replace("&", "and") + ".example.com"
            cursor = store.execute(
                "INSERT INTO source (url, kind, name, publisher, is_vendor, interval_seconds, added_at, updated_at) "
                "VALUES (?, 'feed', ?, ?, ?, 3600, ?, ?)",
                (f"https://{host}/feed.xml", outlet, outlet, 1 if outlet in LABS else 0, utc(start), utc(start)))
            source_ids.append((cursor.lastrowid, host))
    for index in range(arguments.pages):
        source_id, host = r.choice(source_ids)
        title, text, claims = page(vocabulary, r, index)
        slug = "-".join(title.lower().split()[:6]).replace("/", "")
        url = f"https://{host}/posts/{index}/{slug}"
        published = start + datetime.timedelta(minutes=r.randint(0, 700 * 24 * 60))
        seen = published + datetime.timedelta(minutes=r.randint(5, 600))
        html = f"<!doctype html><title>{title}</title><article><h1>{title}</h1><p>" + \
            text.replace("\n\n", "</p><p>") + "</p></article>"
        raw = html.encode("utf-8")
        sha256 = hashlib.sha256(raw).hexdigest()
        if index % 500 == 0:
            store.commit()
        store.execute(
            "INSERT OR IGNORE INTO body (sha256, size, compression, data, stored_at) VALUES (?, ?, 'deflate', ?, ?)",
            (sha256, len(raw), zlib.compress(raw), utc(seen)))
        fetch_id = store.execute(
            "INSERT INTO fetch (source_id, requested_url, final_url, status, content_type, fetched_at, sha256) "
            "VALUES (?, ?, ?, 200, 'text/html; charset=utf-8', ?, ?)",
            (source_id, url, url, utc(seen), sha256)).lastrowid
        document_id = store.execute(
            "INSERT INTO document (url, sha256, fetch_id, title, published, main_text, is_current, first_seen) "
            "VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
            (url, sha256, fetch_id, title, utc(published), text, utc(seen))).lastrowid
        for model, attribute, value, unit, written, quote in claims:
            store.execute(
                "INSERT INTO claim (document_id, fetch_id, model, model_name, attribute, value, unit, text, "
                "qualifiers, quote, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?)",
                (document_id, fetch_id, model_id(model), model, attribute, value, unit, written, quote, utc(seen)))
        peer.execute("INSERT INTO documents (id, url, title, published, main_text) VALUES (?, ?, ?, ?, ?)",
                     (document_id, url, title, utc(published), text))
    store.commit()
    peer.commit()
    store.execute("PRAGMA optimize")
    store.close()
    peer.close()


if __name__ == "__main__":
    main()
