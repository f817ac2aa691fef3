public import Foundation

/// Where a digest target's last report ended: the next digest for the target starts exactly there.
///
/// Times alone could skip a change: a page fetched before a digest ran may be committed after it,
/// with a `first_seen` inside the window already reported. So the bookmark also keeps the highest
/// claim id reported and the conflicts that were open (with the time each was opened); the next
/// digest reports the claims stored after that id and the conflicts whose state differs.
public struct DigestBookmark: Hashable, Sendable {
    /// The output the bookmark belongs to (`stdout:html`, or a file path).
    public var target: String
    /// The end of the window last reported.
    public var until: Date
    /// The highest claim id stored when the digest was made.
    public var lastClaimID: Int64
    /// The conflicts open when the digest was made, by id, with the time each was (last) opened.
    public var openConflicts: [Int64: String]

    public init(target: String, until: Date, lastClaimID: Int64, openConflicts: [Int64: String]) {
        self.target = target
        self.until = until
        self.lastClaimID = lastClaimID
        self.openConflicts = openConflicts
    }
}
