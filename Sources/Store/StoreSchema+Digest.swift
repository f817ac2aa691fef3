extension StoreSchema {
    /// `v2-digest-bookmark`: what each digest target last reported, so the next one starts there.
    static let digestBookmark: [String] = [
        """
        CREATE TABLE digest_bookmark (
            target TEXT PRIMARY KEY NOT NULL CHECK (target <> ''),
            reported_at TEXT NOT NULL CHECK (reported_at GLOB \(utcTime)),
            until TEXT NOT NULL CHECK (until GLOB \(utcTime)),
            last_claim_id INTEGER NOT NULL CHECK (last_claim_id >= 0),
            open_conflicts TEXT NOT NULL DEFAULT '{}'
                CHECK (json_valid(open_conflicts) AND json_type(open_conflicts) = 'object')
        )
        """
    ]
}
