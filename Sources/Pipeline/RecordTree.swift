internal import Foundation
internal import Yams

/// A parsed JSON or YAML document as plain values: scalars as strings, lists, and maps in order.
indirect enum RecordTree: Sendable {
    case scalar(String)
    case list([RecordTree])
    case map([(key: String, value: RecordTree)])
    case null

    /// The tree of a JSON document.
    static func json(_ data: Data) throws -> RecordTree {
        tree(of: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    /// The tree of a YAML document; scalars stay as written (`2024-07-31` is not turned into a date).
    static func yaml(_ text: String) throws -> RecordTree {
        guard let node = try Yams.compose(yaml: text) else { return .null }
        return tree(of: node)
    }

    private static func tree(of value: Any) -> RecordTree {
        switch value {
        case let map as [String: Any]:
            return .map(map.keys.sorted().map { ($0, tree(of: map[$0] as Any)) })
        case let list as [Any]:
            return .list(list.map(tree(of:)))
        case let string as String:
            return .scalar(string)
        case let number as NSNumber:
            return .scalar(number.stringValue)
        case is NSNull:
            return .null
        default:
            return .scalar(String(describing: value))
        }
    }

    private static func tree(of node: Node) -> RecordTree {
        switch node {
        case .scalar(let scalar):
            return scalar.string == "~" || scalar.string == "null" ? .null : .scalar(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(tree(of:)))
        case .mapping(let mapping):
            return .map(mapping.map { pair in (pair.key.string ?? "", tree(of: pair.value)) })
        }
    }

    /// The value at a dot path (`prices.input_mtok`, `models.0.name`); empty path: the tree itself.
    func value(at path: String) -> RecordTree? {
        var current = self
        for part in path.split(separator: ".", omittingEmptySubsequences: true) {
            switch current {
            case .map(let pairs):
                guard let next = pairs.first(where: { $0.key == part })?.value else { return nil }
                current = next
            case .list(let items):
                guard let index = Int(part), items.indices.contains(index) else { return nil }
                current = items[index]
            case .scalar, .null:
                return nil
            }
        }
        return current
    }

    /// The value at a path whose keys may themselves hold dots (`pass@1.humaneval+`): the longest key first.
    func lookup(_ path: String) -> RecordTree? {
        if let direct = value(at: path) { return direct }
        guard case .map(let pairs) = self else { return nil }
        for (key, value) in pairs where path.hasPrefix(key + ".") {
            if let found = value.lookup(String(path.dropFirst(key.count + 1))) { return found }
        }
        return pairs.first { $0.key == path }?.value
    }

    /// The text of a scalar, nil for anything else.
    var text: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }
}
