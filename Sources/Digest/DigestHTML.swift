internal import Model

/// The digest as one self-contained HTML page: inline CSS, no scripts, no outside resources, a
/// single readable column on a phone and in a mail client. Every item links to its evidence.
enum DigestHTML {
    static func render(_ digest: Digest) -> String {
        let title = "Model digest, \(DigestWording.window(digest))"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            \(body(digest))
            <footer>Made by modeltrack from its fact store: every item links to the pages it comes from.</footer>
            </main>
            </body>
            </html>

            """
    }

    /// The page's content without the document around it (for the Atom entry).
    static func body(_ digest: Digest) -> String {
        var parts = [
            "<header>",
            "<h1>Model digest</h1>",
            "<p class=\"window\">\(escape(DigestWording.window(digest)))</p>",
        ]
        guard !digest.isEmpty else {
            return (parts + ["</header>", "<p class=\"empty\">\(escape(DigestWording.nothing(digest)))</p>"])
                .joined(separator: "\n")
        }
        parts += ["<p class=\"summary\">\(escape(DigestWording.summary(digest)))</p>", "</header>"]
        func section(_ id: String, _ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            parts += ["<section id=\"\(id)\">", "<h2>\(title)</h2>", "<ul>"] + items + ["</ul>", "</section>"]
        }
        section(
            "new-models", "New models",
            digest.newModels.map { model in
                item(
                    "<strong>\(escape(model.modelName))</strong> <code>\(escape(model.model.rawValue))</code>",
                    model.facts.map { fact in
                        "\(escape(DigestWording.label(fact.attribute))): <b>\(escape(DigestWording.value(fact)))</b> "
                            + evidence(fact)
                    })
            })
        section(
            "new-facts", "New facts",
            DigestWording.facts(digest.newFacts).compactMap { claims -> String? in
                guard let first = claims.first else { return nil }
                return item(
                    "<code>\(escape(first.model.rawValue))</code> \(escape(DigestWording.label(first.attribute))): "
                        + "<b>\(escape(DigestWording.value(first)))</b>",
                    claims.map { evidence($0) })
            })
        section(
            "changed-facts", "Changed facts",
            digest.changedFacts.map { change in
                item(
                    "<code>\(escape(change.model.rawValue))</code> \(escape(DigestWording.label(change.attribute))): "
                        + "<del>\(escape(DigestWording.value(change.old)))</del> → "
                        + "<b>\(escape(DigestWording.value(change.new)))</b>",
                    [evidence(change.old, lead: "was"), evidence(change.new, lead: "now")])
            })
        section("new-conflicts", "New conflicts", digest.newConflicts.map(conflict))
        section("resolved-conflicts", "Resolved conflicts", digest.resolvedConflicts.map(conflict))
        section(
            "failing-sources", "Failing sources",
            digest.failingSources.map { source in
                "<li class=\"item\"><a href=\"\(escape(source.url))\">\(escape(source.url))</a> failing since "
                    + "\(escape(DigestWording.minute(source.since))) UTC: \(escape(source.lastError))</li>"
            })
        return parts.joined(separator: "\n")
    }

    private static func conflict(_ conflict: Conflict) -> String {
        item(
            "<code>\(escape(conflict.model.rawValue))</code> \(escape(DigestWording.label(conflict.attribute))): "
                + "<b>\(escape(DigestWording.positions(conflict)))</b> "
                + "<span class=\"rating \(conflict.severity.rawValue)\">\(escape(DigestWording.rating(conflict)))</span>",
            conflict.positions.flatMap { position in
                position.claims.map { evidence($0, lead: DigestWording.position(position)) }
            })
    }

    /// One change: its line, then its evidence as a nested list.
    private static func item(_ line: String, _ evidence: [String]) -> String {
        "<li class=\"item\"><p>\(line)</p><ul class=\"evidence\">"
            + evidence.map { "<li>\($0)</li>" }.joined() + "</ul></li>"
    }

    /// `was: <a href>Title</a>, retrieved 2026-11-23 <blockquote>quote</blockquote>`.
    private static func evidence(_ claim: Claim, lead: String? = nil) -> String {
        (lead.map { "<span class=\"lead\">\(escape($0)):</span> " } ?? "")
            + "<a href=\"\(escape(claim.source.url))\">\(escape(DigestWording.title(claim)))</a>"
            + "<span class=\"retrieved\">, retrieved \(DigestWording.retrieved(claim))</span>"
            + "<blockquote>\(escape(claim.quote))</blockquote>"
    }

    /// Text with HTML's special characters escaped, for element content and quoted attributes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// One column up to 42em, system fonts, no images: reads the same in a browser, on a phone and in mail.
    static let style = """
        body { margin: 0; padding: 12px; background: #f4f5f7; color: #1c2330;
               font: 16px/1.5 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
        main { max-width: 42em; margin: 0 auto; background: #ffffff; border-radius: 8px; padding: 16px 20px; }
        h1 { font-size: 1.4em; margin: 0; }
        h2 { font-size: 1.1em; margin: 1.4em 0 0.4em; padding-bottom: 0.2em; border-bottom: 1px solid #dfe3e8; }
        p { margin: 0.2em 0; }
        .window { color: #596273; }
        .summary { font-weight: 600; }
        ul { margin: 0; padding: 0; list-style: none; }
        li.item { margin: 0.6em 0 0.9em; }
        ul.evidence { margin: 0.2em 0 0 1em; font-size: 0.92em; }
        ul.evidence li { margin: 0.3em 0; }
        blockquote { margin: 0.2em 0 0; padding: 0.1em 0 0.1em 0.7em; border-left: 3px solid #c7cdd6; color: #3b4452; }
        a { color: #0b57d0; overflow-wrap: anywhere; }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
        del { color: #8a5300; }
        .lead, .retrieved { color: #596273; }
        .rating { font-size: 0.85em; padding: 0 0.4em; border-radius: 4px; background: #eef0f3; white-space: nowrap; }
        .rating.high { background: #fbe4e2; color: #8c1d18; }
        .rating.medium { background: #fdf0d5; color: #6b4700; }
        .empty { margin-top: 0.8em; }
        footer { margin-top: 1.6em; font-size: 0.85em; color: #596273; }
        """
}
