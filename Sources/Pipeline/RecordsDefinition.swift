public import Foundation
public import Model
internal import Yams

/// The `records:` block of a source in a publisher file: the column mapping of a CSV, JSON or YAML
/// leaderboard.
///
/// ```yaml
/// records:
///   format: csv                  # csv, json or yaml; default: from the URL's extension
///   path: models                 # JSON/YAML: where the records are (dot path; default: the top level)
///   model: model                 # the field naming the model (`_key` for a map's keys)
///   columns:                     # field → attribute; `a|b` tries field a, then b
///     score: benchmark:arena-hard
///   text: [description]          # prose fields, read sentence by sentence about the record's model
///   as_of: date                  # the field holding the day the values hold for
/// ```
struct RecordsDefinition: Decodable {
    var format: String?
    var path: String?
    var model: String
    var columns: [String: String]
    var text: OneOrMany?
    var asOf: String?

    enum CodingKeys: String, CodingKey {
        case format, path, model, columns, text
        case asOf = "as_of"
    }

    /// A string or a list of strings.
    enum OneOrMany: Decodable {
        case one(String)
        case many([String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) {
                self = .one(one)
            } else {
                self = .many(try container.decode([String].self))
            }
        }

        var values: [String] {
            switch self {
            case .one(let value): [value]
            case .many(let values): values
            }
        }
    }

    /// The attributes a column may map to: the contract's, or a `benchmark:`, `index:` or `rank:` slug.
    private static let plainAttributes: Set<Attribute> = [
        .releaseDate, .weights, .license, .contextWindow, .maxOutputTokens, .paramsTotal, .paramsActive, .priceInput,
        .priceOutput, .modality, .outputSpeed, .baseModel,
    ]

    func mapping(file: String, place: String) throws -> RecordMapping {
        var parsedFormat: RecordMapping.Format?
        if let format {
            guard let known = RecordMapping.Format(rawValue: format.lowercased()) else {
                throw CatalogError(path: file, message: "\(place).records: unknown format `\(format)` (use csv, json or yaml)")
            }
            parsedFormat = known
        }
        guard !columns.isEmpty else {
            throw CatalogError(path: file, message: "\(place).records: `columns` maps no field to an attribute")
        }
        let mapped = try columns.keys.sorted().map { field -> RecordMapping.Column in
            let attribute = Attribute(rawValue: columns[field] ?? "")
            let slugged = ["benchmark", "index", "rank"].contains(attribute.family) && !(attribute.slug ?? "").isEmpty
            guard slugged || Self.plainAttributes.contains(attribute) else {
                throw CatalogError(
                    path: file,
                    message: "\(place).records: `\(field)` maps to `\(attribute)`, which is not an attribute "
                        + "(use context_window, price_input, benchmark:<slug> …)")
            }
            return RecordMapping.Column(fields: field.split(separator: "|").map(String.init), attribute: attribute)
        }
        return RecordMapping(
            format: parsedFormat, path: path ?? "", model: model, columns: mapped, text: text?.values ?? [], asOf: asOf)
    }
}

/// A file of column mappings by name (`eval/mappings.yaml`): each key (a file name or URL) holds a
/// `records:` block as a publisher file writes it.
public enum RecordMappings {
    public static func load(file: URL) throws -> [String: RecordMapping] {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw CatalogError(path: file.path, message: "cannot read the file as UTF-8 text")
        }
        let definitions: [String: RecordsDefinition]
        do {
            definitions = try YAMLDecoder().decode([String: RecordsDefinition].self, from: text)
        } catch {
            throw CatalogError(path: file.path, message: "not a map of names to `records:` blocks: \(error)")
        }
        var mappings: [String: RecordMapping] = [:]
        for (name, definition) in definitions {
            mappings[name] = try definition.mapping(file: file.path, place: name)
        }
        return mappings
    }
}
