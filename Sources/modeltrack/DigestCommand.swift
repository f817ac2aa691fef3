import ArgumentParser
import Digest
import Foundation
import Model
import Store

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "What changed in the store: new models, new and changed facts, conflicts, failing sources.",
        discussion: """
            Without --since, a digest starts where the previous one for the same target ended (else 24 hours \
            ago) and remembers where it stopped, so a daily cron job never repeats or skips a change. The \
            target is the --output file, else standard output in that format; --target names another. \
            Windows are by the time things were first stored, not by publication date.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Start of the window: \(TimeArgument.formats).")
    var since: String?

    @Option(name: .long, help: "End of the window, for a look back (default: now).")
    var until: String?

    @Option(name: .long, help: "text, markdown, html, json or atom.")
    var format = "text"

    @Flag(name: .long, help: "Same as --format json: the Digest object of the contract.")
    var json = false

    @Option(name: .long, help: "Write the digest to FILE (replaced whole) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The name under which the digest remembers what it reported.")
    var target: String?

    var chosenFormat: DigestFormat? { json ? .json : DigestFormat(rawValue: format.lowercased()) }

    func validate() throws {
        if chosenFormat == nil {
            throw ValidationError("--format \(format.debugDescription): expected text, markdown, html, json or atom.")
        }
        if target?.isEmpty == true { throw ValidationError("--target needs a name.") }
    }

    func run() throws {
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let format = chosenFormat ?? .text
        let end = try until.map { try SearchCommand.time($0, option: "--until", now: now) } ?? now
        let start = try since.map { try SearchCommand.time($0, option: "--since", now: now) }
        if let start, start > end { throw ValidationError("--since is after --until: the window is empty.") }
        let target = self.target ?? output.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? "stdout:\(format)"
        let store = try storeOptions.open()
        let window: DigestMaterial.Window
        if until != nil {
            window = .time(since: start ?? end.addingTimeInterval(-86_400), until: end)
        } else if let start {
            window = .from(since: start, until: now)
        } else if let bookmark = try store.digestBookmark(target: target), bookmark.until <= now {
            window = .after(bookmark, until: now)
        } else {
            window = .from(since: now.addingTimeInterval(-86_400), until: now)
        }
        let material = try store.digestMaterial(for: window)
        let rendered = try format.render(Digest(material: material))
        if let output {
            do {
                try Data(rendered.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw ValidationError("cannot write the digest to \(output): \(error.localizedDescription)")
            }
        } else {
            print(rendered, terminator: "")
        }
        // A look back (--since, --until) does not move the bookmark, unless a target is named for it;
        // a window that ends in the past (--until) can never be one.
        if window.reachesNow, since == nil || self.target != nil {
            var bookmark = material.bookmark
            bookmark.target = target
            try store.saveDigestBookmark(bookmark, at: now)
        }
    }
}
