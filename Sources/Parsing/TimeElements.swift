internal import Foundation

/// Finds the publication time in `<time datetime>` elements when no metadata gave one.
struct TimeElements {
    let tree: NodeTree

    /// The first dated `<time>` in the main element, else around it (a header beside the body
    /// text), else in the page's first `<article>`. A `<time pubdate>` wins within each scope.
    func firstPublished(near container: Int) -> Date? {
        var scopes = [container]
        let parent = tree[container].parent
        if parent >= 0, tree[parent].name != "body", tree[parent].name != "html" { scopes.append(parent) }
        if let article = tree.firstElement(named: "article") { scopes.append(article) }
        for scope in scopes {
            if let date = firstDate(in: scope) { return date }
        }
        return nil
    }

    private func firstDate(in scope: Int) -> Date? {
        var first: Date?
        for index in scope..<tree[scope].end where tree[index].isElement && tree[index].name == "time" {
            let node = tree[index]
            guard let value = node.attribute("datetime"), let date = DateParser.parse(value) else { continue }
            if node.attribute("pubdate") != nil { return date }
            if first == nil { first = date }
        }
        return first
    }
}
