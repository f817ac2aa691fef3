internal import CCmarkGFM

/// Owns one cmark-gfm parser with GitHub's extensions attached, and frees it when released.
final class CmarkParser {
    private let parser: OpaquePointer

    /// The extensions GitHub renders READMEs with: tables above all, plus strikethrough and autolinks.
    private static let extensionNames = ["table", "strikethrough", "autolink"]

    init(source: String) throws(MarkdownError) {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(modeltrack_cmark_options()) else {
            throw MarkdownError(source: source, message: "cmark-gfm could not allocate a parser")
        }
        self.parser = parser
        for name in Self.extensionNames {
            guard let syntax = cmark_find_syntax_extension(name) else {
                throw MarkdownError(source: source, message: "cmark-gfm has no `\(name)` extension")
            }
            try Self.check(cmark_parser_attach_syntax_extension(parser, syntax), "attach the `\(name)` extension", source)
        }
    }

    deinit {
        cmark_parser_free(parser)
    }

    /// Renders the whole text to an HTML fragment.
    func html(of text: String, source: String) throws(MarkdownError) -> String {
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            throw MarkdownError(source: source, message: "cmark-gfm could not parse the text")
        }
        defer { cmark_node_free(root) }
        guard let rendered = cmark_render_html(root, modeltrack_cmark_options(), cmark_parser_get_syntax_extensions(parser))
        else {
            throw MarkdownError(source: source, message: "cmark-gfm could not render HTML")
        }
        defer { modeltrack_cmark_free(rendered) }
        return String(cString: rendered)
    }

    /// cmark's attach functions return 1 on success.
    private static func check(_ status: Int32, _ action: String, _ source: String) throws(MarkdownError) {
        guard status == 1 else { throw MarkdownError(source: source, message: "cmark-gfm could not \(action)") }
    }
}
