import Model

/// Which column of a models-as-columns table names the benchmarks, and the slug of each row, made
/// unique within the table (`MMLU` and `MMLU (CoT)` → `mmlu`, `mmlu-cot`).
enum TableLabels {
    /// Labels of columns that qualify a benchmark rather than name it.
    private static let settingLabels: Set<String> = [
        "category", "categories", "type", "domain", "area", "capability", "shots", "# shots", "#shots", "n-shot",
        "shot", "metric", "metrics", "setting", "settings", "mode", "split", "language", "lang", "#", "",
    ]
    private static let benchmarkLabels: Set<String> = [
        "benchmark", "benchmarks", "task", "tasks", "dataset", "datasets", "eval", "evaluation", "evals", "test",
    ]

    /// The column before the first model column that names the benchmarks: one labeled `Benchmark`
    /// (notes aside), else the last one that is not a setting (`Category`, `# Shots`, `Metric`).
    static func labelColumn(of table: Table, header: Int, before firstModel: Int) -> Int {
        let labels = (0..<firstModel).map { column -> String in
            guard table.rows[header].indices.contains(column) else { return "" }
            return BenchmarkSlug.slug(table.rows[header][column].text).replacingOccurrences(of: "-", with: " ")
        }
        if let named = labels.firstIndex(where: benchmarkLabels.contains) { return named }
        let raw = (0..<firstModel).map { column in
            table.rows[header].indices.contains(column) ? CellText.clean(table.rows[header][column].text).lowercased() : ""
        }
        return (0..<firstModel).last { !settingLabels.contains(raw[$0]) && !settingLabels.contains(labels[$0]) }
            ?? (0..<firstModel).last { !raw[$0].isEmpty && !settingLabels.contains(raw[$0]) } ?? 0
    }

    /// Benchmark columns that share a name (`TAU-Bench (Retail)`, `TAU-Bench (Airline)`) told apart by
    /// their notes; columns still alike give nothing.
    static func distinctBenchmarks(_ kinds: [TableColumnKind], header: [Table.Cell]) -> [TableColumnKind] {
        var result = kinds
        var groups: [String: [Int]] = [:]
        for (column, kind) in kinds.enumerated() {
            if case .benchmark(let slug) = kind { groups[slug, default: []].append(column) }
        }
        for (_, columns) in groups where columns.count > 1 {
            for column in columns where header.indices.contains(column) {
                result[column] = .benchmark(slug: BenchmarkSlug.slug(withNotes: header[column].text))
            }
        }
        var seen: [String: Int] = [:]
        for kind in result { if case .benchmark(let slug) = kind { seen[slug, default: 0] += 1 } }
        return result.map { kind in
            if case .benchmark(let slug) = kind, (seen[slug] ?? 0) > 1 { return .ignored }
            return kind
        }
    }

    /// The slug of each benchmark row; a name that repeats is told apart by its notes, then by its
    /// setting columns (`# Shots`); a name still repeated is left out (no slug, no claim).
    static func benchmarkSlugs(of table: Table, rows: [Int], labelColumn: Int, header: Int) -> [Int: String] {
        var base: [Int: String] = [:]
        for row in rows {
            guard table.rows[row].indices.contains(labelColumn) else { continue }
            let label = table.rows[row][labelColumn]
            guard !label.isSpanCopy, case .benchmark(let slug) = TableColumnKind.of(label: label.text) else { continue }
            base[row] = slug
        }
        var slugs = base
        for (slug, group) in Dictionary(grouping: base.keys, by: { base[$0] ?? "" }) where group.count > 1 {
            for row in group {
                let noted = BenchmarkSlug.slug(withNotes: table.rows[row][labelColumn].text)
                slugs[row] = noted == slug ? slug : noted
            }
        }
        for (_, group) in Dictionary(grouping: slugs.keys, by: { slugs[$0] ?? "" }) where group.count > 1 {
            for row in group {
                let settings = (0..<labelColumn + 3).filter { $0 > labelColumn }.compactMap { column -> String? in
                    guard table.rows[row].indices.contains(column), table.rows[header].indices.contains(column) else { return nil }
                    let label = CellText.clean(table.rows[header][column].text).lowercased()
                    guard label.contains("shot") else { return nil }
                    let value = BenchmarkSlug.slug(table.rows[row][column].text)
                    return value.isEmpty ? nil : value + (value.contains("shot") ? "" : "-shot")
                }
                if let first = settings.first, let slug = slugs[row] { slugs[row] = slug + "-" + first }
            }
        }
        for (_, group) in Dictionary(grouping: slugs.keys, by: { slugs[$0] ?? "" }) where group.count > 1 {
            for row in group { slugs[row] = nil }
        }
        return slugs
    }
}
