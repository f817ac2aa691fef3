"""The Scrapy peer of the crawl benchmark: follows each RSS feed to its entries and stores every
page's title and text in a SQLite FTS5 table, as modeltrack stores main text for search.

    scrapy runspider scrapy_spider.py -a feeds=URL,URL -a store=PATH
"""
import sqlite3

import scrapy


class FeedSpider(scrapy.Spider):
    name = "feeds"
    custom_settings = {
        "ROBOTSTXT_OBEY": True,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "USER_AGENT": "scrapy-bench (+modeltrack benchmark)",
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    }

    def __init__(self, feeds="", store="scrapy.sqlite", **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [url for url in feeds.split(",") if url]
        self.database = sqlite3.connect(store)
        self.database.execute("CREATE VIRTUAL TABLE IF NOT EXISTS page USING fts5(url, title, body)")
        self.pending = 0

    def parse(self, response):
        for link in response.xpath("//item/link/text()").getall():
            yield response.follow(link.strip(), callback=self.parse_page)

    def parse_page(self, response):
        title = response.xpath("//title/text()").get(default="")
        text = " ".join(part.strip() for part in response.xpath("//body//text()").getall() if part.strip())
        self.database.execute("INSERT INTO page (url, title, body) VALUES (?, ?, ?)", (response.url, title, text))
        self.pending += 1
        if self.pending >= 100:
            self.database.commit()
            self.pending = 0

    def closed(self, reason):
        self.database.commit()
        self.database.close()
