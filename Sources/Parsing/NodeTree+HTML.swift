internal import CLibXML2
internal import Foundation

extension NodeTree {
    /// Parses HTML leniently into a tree: recovers from bad markup, never touches the network, and
    /// keeps nesting of any depth (the `XML_PARSE_HUGE` bit lifts libxml2's 256-level limit, which
    /// would otherwise drop everything below it). `HTML_PARSE_NOBLANKS` is left out on purpose: it
    /// drops the space between two inline elements it does not know as text containers
    /// (`<time>9 June</time> <mark>`). The tree is built from the parser's events
    /// (`HTMLTreeBuilder`): libxml2 makes no DOM of its own.
    ///
    /// - Parameter charset: the encoding the server declared, if any (see `HTMLCharset` for the rest).
    init(html data: Data, url: String, charset: String?) throws(ParseError) {
        LibXML.prepare()
        try LibXML.checkSize(data, url: url)
        guard let context = htmlNewParserCtxt() else {
            throw ParseError(url: url, message: "libxml2 could not allocate an HTML parser")
        }
        defer { htmlFreeParserCtxt(context) }
        let options =
            Int32(
                HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                    | HTML_PARSE_NONET.rawValue) | modeltrack_xml_parse_huge()
        let encoding = HTMLCharset.encoding(for: data, declared: charset)
        let data = RawTextBlanker.blanked(data, attributes: HTMLCharset.isASCIICompatible(encoding))
        let builder = UnsafeMutablePointer<HTMLTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: HTMLTreeBuilder())
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        HTMLTreeBuilder.attach(builder, to: context)
        let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlCtxtReadMemory(context, base, Int32(raw.count), url, encoding, options)
        }
        // The builder leaves libxml2 no document to make; free one should it ever appear.
        if let document { xmlFreeDoc(document) }
        guard builder.pointee.started else {
            throw ParseError(url: url, message: LibXML.lastErrorMessage() ?? "libxml2 could not read the HTML")
        }
        builder.pointee.finish()
        self = builder.pointee.takeTree()
    }
}
