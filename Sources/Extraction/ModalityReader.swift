/// Reads input modalities from a table cell or a short phrase: `Multilingual Text` → `text`,
/// `Text + Image` → `text+image`, `text, images and video` → `text+image+video`.
enum ModalityReader {
    private static let words: [(String, String)] = [
        ("text", "text"), ("image", "image"), ("vision", "image"), ("picture", "image"), ("photo", "image"),
        ("video", "video"), ("audio", "audio"), ("speech", "audio"), ("voice", "audio"),
    ]
    /// Words that make a cell something else than a list of modalities.
    private static let foreign = ["token", "data", "pairs", "yes", "no", "%", "$"]

    /// The modalities a cell lists, or nil when it lists none or says more than modalities.
    static func modality(ofCell text: String) -> String? {
        let lower = text.lowercased()
        guard lower.utf16.count <= 60, !foreign.contains(where: { lower.contains($0) }),
            !lower.contains(where: \.isNumber)
        else { return nil }
        let found = modalities(in: lower)
        return found.isEmpty ? nil : ModalityList.joined(found)
    }

    /// The modality words in a lowercased text.
    static func modalities(in lower: String) -> Set<String> {
        var found: Set<String> = []
        for word in lower.split(whereSeparator: { !$0.isLetter }) {
            for (stem, modality) in words where word.hasPrefix(stem) && word.count <= stem.count + 2 {
                found.insert(modality)
            }
        }
        return found
    }
}
