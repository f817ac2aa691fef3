extension String {
    /// The text between two UTF-16 offsets (the offsets `Pattern` and `ModelNameScanner` report).
    func utf16Slice(_ range: Range<Int>) -> String {
        let units = utf16
        let count = units.count
        let lower = Swift.max(0, Swift.min(range.lowerBound, count))
        let upper = Swift.max(lower, Swift.min(range.upperBound, count))
        let start = units.index(units.startIndex, offsetBy: lower)
        let end = units.index(start, offsetBy: upper - lower)
        return String(self[start..<end])
    }

    /// The string index at a UTF-16 offset.
    func index(utf16Offset offset: Int) -> String.Index {
        let units = utf16
        return units.index(units.startIndex, offsetBy: Swift.max(0, Swift.min(offset, units.count)))
    }

    /// The UTF-16 offset of a string index.
    func utf16Offset(of index: String.Index) -> Int {
        utf16.distance(from: utf16.startIndex, to: index)
    }
}
