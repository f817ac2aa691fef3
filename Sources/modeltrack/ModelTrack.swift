import ArgumentParser
import Model

/// The `modeltrack` command: crawl model-release sources, keep cited facts, flag conflicts, search.
@main
struct ModelTrack: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modeltrack",
        abstract: "Tracks AI model releases: crawls sources, keeps cited facts, flags conflicting claims.",
        discussion: """
            The store is a SQLite file: --store PATH, else $MODELTRACK_STORE, else Store/modeltrack.sqlite \
            under the current directory.
            """,
        version: ModelTrackInfo.version,
        subcommands: [
            CrawlCommand.self, ExtractCommand.self, FactsCommand.self, ConflictsCommand.self,
            SearchCommand.self, DigestCommand.self, SourcesCommand.self, WatchCommand.self,
            CheckCommand.self,
        ])
}
