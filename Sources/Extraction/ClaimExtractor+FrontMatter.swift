public import Model

extension ClaimExtractor {
    /// The claims of a Markdown page: those of its main content, plus those its YAML front matter
    /// states about the page's subject (`license`, `base_model`, `pipeline_tag`). The front matter
    /// must be in the document's main text (as its first block), since each claim quotes its line.
    ///
    /// A page that states no publication time otherwise is dated by its front matter's `date:` (a blog post's).
    public func claims(in document: Document, citation: Citation, frontMatter: String?) -> [Claim] {
        guard let frontMatter, !frontMatter.isEmpty else { return claims(in: document, citation: citation) }
        let fields = FrontMatterReader().fields(in: frontMatter)
        var document = document
        if document.published == nil, citation.published == nil, let day = FrontMatterReader.publicationDay(fields) {
            document.published = Timestamp.parse(day + "T00:00:00Z")
            document.publishedDay = day
        }
        let body = claims(in: document, citation: citation)
        let outline = PageOutline(document: document, registry: registry)
        guard case .model(let subject) = outline.pageSubject else { return body }
        let asOf = (document.published ?? citation.published).map(Timestamp.day)
        let licenseName = fields.first { $0.key == "license_name" }?.value
        var found: [Claim] = []
        func add(_ attribute: Attribute, _ value: String, _ field: FrontMatterReader.Field) {
            found.append(
                Claim(
                    model: subject.id, modelName: subject.name, attribute: attribute, value: .text(value), text: field.value,
                    qualifiers: Qualifiers(asOf: asOf), quote: field.line, source: citation))
        }
        for field in fields {
            switch field.key {
            case "license":
                if let id = FrontMatterReader.license(field.value, name: licenseName) { add(.license, id, field) }
            case "base_model":
                let name = field.value.split(separator: "/").last.map(String.init) ?? field.value
                let id = registry.canonicalID(for: name) ?? ModelRegistry.slug(name)
                if !id.rawValue.isEmpty, id != subject.id { add(.baseModel, id.rawValue, field) }
            case "pipeline_tag":
                if let modality = FrontMatterReader.modality(pipelineTag: field.value) { add(.modality, modality, field) }
            default:
                continue
            }
        }
        return body + found
    }
}
