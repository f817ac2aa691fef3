/// How to read a structured leaderboard or price list (CSV, JSON, YAML): where its records are,
/// which field names the model and which fields hold which attribute.
///
/// ```swift
/// RecordMapping(model: "model", columns: [.init(fields: ["score"], attribute: .benchmark("arena-hard"))])
/// ```
public struct RecordMapping: Hashable, Sendable, Codable {
    public enum Format: String, Hashable, Sendable, Codable, CaseIterable {
        case csv, json, yaml
    }

    /// One mapped column: the first of its fields a record has gives the attribute's value.
    public struct Column: Hashable, Sendable, Codable {
        /// Dot paths into a record (`score`, `prices.input_mtok`, `pass@1.humaneval`), tried in order.
        public var fields: [String]
        public var attribute: Attribute

        public init(fields: [String], attribute: Attribute) {
            self.fields = fields
            self.attribute = attribute
        }
    }

    /// The format; nil: from the URL's extension or the content type.
    public var format: Format?
    /// Where the records are in a JSON or YAML document: a dot path (`models`, `data.rows`); empty for
    /// the top level. A map of records (`{"Model A": {…}}`) gives one record per key, the key as `_key`.
    public var path: String
    /// The field naming the model (`model`, `name`, `_key`).
    public var model: String
    public var columns: [Column]
    /// Fields of prose (`description`) read sentence by sentence as statements about the record's model.
    public var text: [String]
    /// The field holding the day the record's values hold for (`date`), if any.
    public var asOf: String?

    public init(
        format: Format? = nil, path: String = "", model: String, columns: [Column], text: [String] = [],
        asOf: String? = nil
    ) {
        self.format = format
        self.path = path
        self.model = model
        self.columns = columns
        self.text = text
        self.asOf = asOf
    }
}
