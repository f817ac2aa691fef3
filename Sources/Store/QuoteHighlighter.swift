internal import Foundation

/// Marks where a query's words and phrases occur in a short text (a claim's quote), the way FTS5
/// matched them: tokens are runs of letters and digits, compared without case or diacritics; a
/// term's last token may match as a prefix when the term is one.
///
/// FTS5's own `snippet()` would need a second pass over every match of the query; a quote is one
/// sentence, so it is shown whole with its matches marked.
struct QuoteHighlighter {
    /// Each term's folded tokens, and whether its last token is a prefix.
    private let terms: [(tokens: [String], isPrefix: Bool)]

    init(_ query: SearchQuery) {
        terms = query.terms.flatMap { term in
            ([term.text] + term.aliases).map { spelling in
                (Self.tokens(of: spelling).map(\.folded), term.isPrefix)
            }
        }.filter { !$0.0.isEmpty }
    }

    /// `text` with its matches marked (see `MarkedSnippet`).
    func snippet(of text: String) -> MarkedSnippet {
        let tokens = Self.tokens(of: text)
        var marked: [Range<String.Index>] = []
        var index = 0
        while index < tokens.count {
            var longest = 0
            for term in terms where index + term.tokens.count <= tokens.count && term.tokens.count > longest {
                let matches = term.tokens.indices.allSatisfy { offset in
                    let token = tokens[index + offset].folded, wanted = term.tokens[offset]
                    return offset == term.tokens.count - 1 && term.isPrefix ? token.hasPrefix(wanted) : token == wanted
                }
                if matches { longest = term.tokens.count }
            }
            if longest > 0 {
                marked.append(tokens[index].range.lowerBound..<tokens[index + longest - 1].range.upperBound)
                index += longest
            } else {
                index += 1
            }
        }
        let open = Unicode.Scalar(MarkedSnippet.openValue).map { String(Character($0)) } ?? ""
        let close = Unicode.Scalar(MarkedSnippet.closeValue).map { String(Character($0)) } ?? ""
        var result = ""
        var position = text.startIndex
        for range in marked {
            result += text[position..<range.lowerBound] + open + text[range] + close
            position = range.upperBound
        }
        result += text[position...]
        return MarkedSnippet(marked: result)
    }

    /// The text's tokens with their ranges and folded forms.
    static func tokens(of text: String) -> [(range: Range<String.Index>, folded: String)] {
        var tokens: [(range: Range<String.Index>, folded: String)] = []
        var start: String.Index?
        var index = text.unicodeScalars.startIndex
        func close(at end: String.Index) {
            guard let begin = start else { return }
            tokens.append((begin..<end, fold(String(text.unicodeScalars[begin..<end]))))
            start = nil
        }
        while index < text.unicodeScalars.endIndex {
            let scalar = text.unicodeScalars[index]
            if isTokenScalar(scalar) {
                if start == nil { start = index }
            } else if scalar.properties.generalCategory == .nonspacingMark, start != nil {
                // A combining accent stays inside its word (unicode61 drops it when folding).
            } else {
                close(at: index)
            }
            index = text.unicodeScalars.index(after: index)
        }
        close(at: text.unicodeScalars.endIndex)
        return tokens
    }

    private static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            true
        default:
            false
        }
    }

    /// Lowercase without diacritics; ASCII takes the quick way.
    private static func fold(_ token: String) -> String {
        if token.utf8.allSatisfy({ $0 < 0x80 }) { return token.lowercased() }
        return token.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
