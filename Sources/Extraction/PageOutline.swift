import Model

/// What a page is about, block by block: the page's subject (the one model its title or headings
/// name, or the only model it names at all) and each section's subject, so a sentence that names
/// no model ("The model was released on …") can be attributed, or refused when that is unclear.
struct PageOutline: Sendable {
    /// A subject: one model, several (unclear), or none stated.
    enum Subject: Equatable, Sendable {
        case model(NameSpan)
        case unclear
        case none
    }

    /// Every model id the page names (title, headings, text, tables).
    let pageIDs: Set<ModelID>
    private let titleSubject: Subject
    private let documentSubject: Subject
    /// Per block, the headings above it (outermost first) with the models each names.
    private let headingsAbove: [[[NameSpan]]]
    /// Per block, the models its text names (paragraphs and list items; empty for the rest).
    private let blockSpans: [[NameSpan]]
    /// Per block, the text of the innermost heading above it.
    private let headingText: [String?]

    init(document: Document, registry: ModelRegistry) {
        titleSubject = Self.subject(of: registry.spans(in: document.title ?? ""))
        var stack: [(level: Int, spans: [NameSpan], text: String)] = []
        var above: [[[NameSpan]]] = []
        var texts: [String?] = []
        var perBlock: [[NameSpan]] = []
        var everyName: [NameSpan] = registry.spans(in: document.title ?? "")
        for block in document.blocks {
            above.append(stack.map(\.spans))
            texts.append(stack.last?.text)
            var spansHere: [NameSpan] = []
            defer { perBlock.append(spansHere) }
            switch block {
            case .heading(let level, let text):
                let spans = registry.spans(in: text)
                everyName += spans
                stack.removeAll { $0.level >= level }
                stack.append((level, spans, text))
            case .paragraph(let text), .listItem(let text):
                spansHere = registry.spans(in: text)
                everyName += spansHere
            case .table(let table):
                everyName += registry.spans(in: table.text)
            case .preformatted:
                break
            }
        }
        headingsAbove = above
        headingText = texts
        blockSpans = perBlock
        pageIDs = Set(everyName.map(\.id))
        let whole = Self.subject(of: everyName)
        documentSubject = whole == .unclear ? Self.leadSubject(blocks: document.blocks, registry: registry) : whole
    }

    /// A page that names several models is still about one when its opening names only that one and
    /// the page names it more often than any other (a model card that compares its model with others).
    private static func leadSubject(blocks: [Block], registry: ModelRegistry) -> Subject {
        var counts: [ModelID: Int] = [:]
        var lead: [NameSpan]?
        for block in blocks {
            let spans: [NameSpan]
            switch block {
            case .heading(_, let text), .paragraph(let text), .listItem(let text): spans = registry.spans(in: text)
            case .table, .preformatted: continue
            }
            if lead == nil, !spans.isEmpty { lead = spans }
            for span in spans { counts[span.id, default: 0] += 1 }
        }
        guard let lead, case .model(let span) = subject(of: lead), let top = counts[span.id] else { return .unclear }
        return counts.allSatisfy { $0.key == span.id || $0.value < top } ? .model(span) : .unclear
    }

    /// The subject of block `index`: the innermost heading above it that names models decides
    /// (one model, or unclear for several); with none, the title; with none, the only model the page names.
    func subject(ofBlock index: Int) -> Subject {
        let headings = headingsAbove.indices.contains(index) ? headingsAbove[index] : []
        if let innermost = headings.last(where: { !$0.isEmpty }) { return Self.subject(of: innermost) }
        if titleSubject != .none { return titleSubject }
        return documentSubject
    }

    /// The page's subject: the one model its title names, else the only model the page names.
    var pageSubject: Subject {
        titleSubject != .none ? titleSubject : documentSubject
    }

    /// The models the text of block `index` names, with offsets into that text.
    func spans(ofBlock index: Int) -> [NameSpan] {
        blockSpans.indices.contains(index) ? blockSpans[index] : []
    }

    /// The text of the innermost heading above block `index`, if any.
    func heading(ofBlock index: Int) -> String? {
        headingText.indices.contains(index) ? headingText[index] : nil
    }

    /// The model the heading just above block `index` names, for a table: one model or nothing.
    func headingModel(ofBlock index: Int) -> NameSpan? {
        let headings = headingsAbove.indices.contains(index) ? headingsAbove[index] : []
        guard let innermost = headings.last(where: { !$0.isEmpty }), case .model(let span) = Self.subject(of: innermost)
        else { return nil }
        return span
    }

    static func subject(of spans: [NameSpan]) -> Subject {
        guard let first = spans.first else { return .none }
        return Set(spans.map(\.id)).count == 1 ? .model(first) : .unclear
    }
}
