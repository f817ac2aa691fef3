#!/usr/bin/env python3
"""The benchmark's web site: generates pages and feeds from modeltrack's own sentences, and serves
them on loopback addresses with ETag / Last-Modified / 304 like a static web server.

    site.py generate DIR --pages 2000 --hosts 8     # DIR/h1 … DIR/h8, each with feed.xml and posts
    site.py touch DIR                               # new <atom:updated> on every feed item
    site.py hostile DIR                             # DIR/hostile: a gzip bomb and a 30 MB page
    site.py serve DIR/h1 --address 127.0.0.1 --port 8400
"""
import argparse
import asyncio
import email.utils
import gzip
import hashlib
import os
import random
import sys
import time
import zlib

LABS = ["Northwind", "Ashgrove", "Keel", "Lumen", "Orchard", "Quarry", "Saltmarsh", "Tidewater"]
FAMILIES = ["Qwen", "Llama", "Gemma", "Mistral", "DeepSeek", "Gemini", "Claude", "Kimi"]
LICENSES = ["Apache 2.0", "MIT", "a proprietary license"]
FILLER = [
    "The team described the training run in a short technical note and answered questions from developers.",
    "Early testers said the model handled long documents better than the previous release.",
    "Pricing for the hosted version was announced separately and may change during the preview.",
    "The announcement also covered safety evaluations carried out with outside reviewers.",
    "Developers can try the model in the playground before requesting higher rate limits.",
    "Several community benchmarks are expected to publish independent results next month.",
    "The release notes list fixes for tool calling and for structured output in streaming mode.",
    "A smaller distilled variant is planned for devices with limited memory.",
]


def page(index, host):
    rng = random.Random(index)
    lab = LABS[host % len(LABS)]
    family = FAMILIES[rng.randrange(len(FAMILIES))]
    name = f"{family} {11 + index % 7}.{index % 10}"
    context = rng.choice([32_768, 65_536, 131_072, 262_144, 1_000_000])
    params = rng.choice([7, 14, 32, 70, 120, 405])
    day = 1 + index % 28
    month = ["January", "February", "March", "April", "May", "June"][index % 6]
    weights = rng.choice(["open weights", "API-only access"])
    paragraphs = [
        f"{lab} released {name} on {month} {day}, 2026.",
        f"{name} supports a context window of {context:,} tokens.",
        f"{name} has {params} billion parameters and ships with {weights}.",
        f"The model is released under {rng.choice(LICENSES)}.",
    ] + rng.sample(FILLER, 5)
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    title = f"{lab} introduces {name}"
    html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2026-{1 + index % 6:02d}-{day:02d}T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/feed.xml">Feed</a></nav></header>
<main><article><h1>{title}</h1>
{body}
</article></main>
<footer><p>Copyright 2026 {lab}. All rights reserved.</p></footer></body></html>
"""
    return title, html


def write_feed(folder, host, items, updated=None):
    stamp = email.utils.formatdate(1767225600 + host * 3600, usegmt=True)
    lines = []
    for number, title in items:
        extra = f"<atom:updated>{updated}</atom:updated>" if updated else ""
        lines.append(
            f"<item><title>{title}</title><link>/post-{number:05d}.html</link>"
            f"<guid>h{host}-post-{number:05d}</guid><pubDate>{stamp}</pubDate>{extra}</item>")
    text = ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f"<title>Lab {host} news</title><link>/</link>\n" + "\n".join(lines) + "\n</channel></rss>\n")
    with open(os.path.join(folder, "feed.xml"), "w", encoding="utf-8") as out:
        out.write(text)


def generate(directory, pages, hosts):
    for host in range(1, hosts + 1):
        folder = os.path.join(directory, f"h{host}")
        os.makedirs(folder, exist_ok=True)
        items = []
        for number in range(host - 1, pages, hosts):
            title, html = page(number, host)
            with open(os.path.join(folder, f"post-{number:05d}.html"), "w", encoding="utf-8") as out:
                out.write(html)
            items.append((number, title))
        write_feed(folder, host, items)
        with open(os.path.join(folder, "robots.txt"), "w") as out:
            out.write("User-agent: *\nDisallow: /private/\n")
        with open(os.path.join(folder, "titles.txt"), "w", encoding="utf-8") as out:
            out.write("\n".join(f"{n}\t{t}" for n, t in items))


def touch(directory):
    """Every item gets a newer updated time: a crawler must revalidate every page (all answer 304)."""
    updated = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 2))
    for name in sorted(os.listdir(directory)):
        titles = os.path.join(directory, name, "titles.txt")
        if not os.path.exists(titles):
            continue
        with open(titles, encoding="utf-8") as handle:
            items = [(int(n), t) for n, t in (line.split("\t", 1) for line in handle.read().splitlines())]
        write_feed(os.path.join(directory, name), int(name[1:]), items, updated)


def hostile(directory):
    folder = os.path.join(directory, "hostile")
    os.makedirs(folder, exist_ok=True)
    bomb = os.path.join(folder, "bomb.html.gz")
    if not os.path.exists(bomb):  # 1 GiB of spaces inside a page, about 1 MB on the wire
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
        with open(bomb, "wb") as out:
            out.write(compressor.compress(b"<html><body><p>"))
            chunk = b" " * (1 << 20)
            for _ in range(1024):
                out.write(compressor.compress(chunk))
            out.write(compressor.compress(b"</p></body></html>"))
            out.write(compressor.flush())
    huge = os.path.join(folder, "huge.html")
    if not os.path.exists(huge):  # 30 MB of paragraphs
        with open(huge, "w") as out:
            out.write("<html><body>")
            sentence = "<p>" + " ".join(FILLER) + "</p>\n"
            while out.tell() < 30 * 1024 * 1024:
                out.write(sentence * 100)
            out.write("</body></html>")


class Site:
    """The files of one host as ready-made HTTP/1.1 answers, re-read when a file changes (`touch`)."""

    def __init__(self, root):
        self.root = root
        self.cache = {}

    def entry(self, path):
        stat = os.stat(path)
        key = (stat.st_mtime_ns, stat.st_size)
        entry = self.cache.get(path)
        if entry is None or entry["key"] != key:
            with open(path, "rb") as handle:
                data = handle.read()
            etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
            modified = email.utils.formatdate(stat.st_mtime, usegmt=True)
            name = path[:-3] if path.endswith(".gz") else path
            kind = {"xml": "application/rss+xml", "txt": "text/plain"}.get(
                name.rsplit(".", 1)[-1], "text/html; charset=utf-8")
            validators = f"ETag: {etag}\r\nLast-Modified: {modified}\r\n"
            encoding = "Content-Encoding: gzip\r\n" if path.endswith(".gz") else ""
            head = f"Content-Type: {kind}\r\n{validators}{encoding}"
            entry = {
                "key": key, "data": data, "etag": etag.encode(), "modified": modified.encode(),
                "ok": (f"HTTP/1.1 200 OK\r\n{head}Content-Length: {len(data)}\r\n\r\n").encode() + data,
                "chunked_head": f"HTTP/1.1 200 OK\r\n{head}Transfer-Encoding: chunked\r\n\r\n".encode(),
                "not_modified": f"HTTP/1.1 304 Not Modified\r\n{validators}\r\n".encode(),
            }
            self.cache[path] = entry
        return entry


NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nnot found\n"


async def answer(site, reader, writer):
    """Serves one keep-alive connection: GET requests, ETag / If-Modified-Since answered with 304."""
    import socket
    sock = writer.get_extra_info("socket")
    if sock is not None:  # or every keep-alive answer waits for a delayed ACK
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            parts = lines[0].split(b" ")
            target = parts[1].decode("latin-1") if len(parts) > 2 else "/"
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                if name:
                    headers[name.strip().lower()] = value.strip()
            name = target.split("?", 1)[0].lstrip("/") or "index.html"
            chunked = name == "huge-chunked.html"
            if chunked:
                name = "huge.html"
            path = os.path.join(site.root, name)
            if os.path.exists(path + ".gz"):
                path += ".gz"
            if ".." in name or not os.path.isfile(path):
                writer.write(NOT_FOUND)
            else:
                entry = site.entry(path)
                tag = headers.get(b"if-none-match")
                since = headers.get(b"if-modified-since")
                if tag == entry["etag"] or (tag is None and since == entry["modified"]):
                    writer.write(entry["not_modified"])
                elif chunked:
                    writer.write(entry["chunked_head"])
                    data = entry["data"]
                    for start in range(0, len(data), 1 << 16):
                        piece = data[start:start + (1 << 16)]
                        writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                        await writer.drain()
                    writer.write(b"0\r\n\r\n")
                else:
                    writer.write(entry["ok"])
            await writer.drain()
            if headers.get(b"connection", b"").lower() == b"close":
                break
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        pass
    finally:
        writer.close()


def serve(folder, address, port):
    """One single-threaded asyncio server per host: cheap enough per request that the clients, not the
    servers, set the pace (a thread-per-connection http.server let one busy host hold back curl)."""
    site = Site(folder)

    async def main():
        server = await asyncio.start_server(
            lambda reader, writer: answer(site, reader, writer), address, port, backlog=256, reuse_address=True)
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["generate", "touch", "hostile", "serve"])
    parser.add_argument("directory")
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--address", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8400)
    options = parser.parse_args()
    if options.command == "generate":
        generate(options.directory, options.pages, options.hosts)
    elif options.command == "touch":
        touch(options.directory)
    elif options.command == "hostile":
        hostile(options.directory)
    else:
        serve(options.directory, options.address, options.port)


if __name__ == "__main__":
    main()
