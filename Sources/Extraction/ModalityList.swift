/// Input modalities in the contract's order, `+`-joined: `text`, `text+image`, `text+image+video`.
enum ModalityList {
    static let order = ["text", "image", "video", "audio"]

    static func joined(_ modalities: Set<String>) -> String {
        order.filter(modalities.contains).joined(separator: "+")
    }
}
