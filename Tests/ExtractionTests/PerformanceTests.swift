import Foundation
import Model
import Testing

@testable import Extraction

@Suite struct PerformanceTests {
    /// A page of about 1 MB: the sample's paragraphs and tables, plus ordinary prose, over and over.
    static func megabytePage() -> Document {
        let filler = Block.paragraph(
            "The team spent the week refining the tooling around evaluation, and readers asked many questions about "
                + "licensing, availability and pricing in different regions, which we will answer in a later post.")
        let pageBlocks = SampleSite.pages.flatMap(\.blocks) + Array(repeating: filler, count: 6)
        var blocks: [Block] = []
        var size = 0
        while size < 1_000_000 {
            for block in pageBlocks {
                blocks.append(block)
                size += block.text.utf8.count + 2
            }
        }
        return Document(url: "https://example.com/big", title: "A long page", published: Fixture.published, blocks: blocks)
    }

    @Test func aMegabytePageExtractsInLinearTime() async {
        let page = Self.megabytePage()
        #expect(page.text.utf8.count >= 1_000_000)
        let start = ContinuousClock.now
        let claims = await Self.onOwnThread { ClaimExtractor().claims(in: page, citation: Fixture.citation(page.url)) }
        let elapsed = ContinuousClock.now - start
        #expect(!claims.isEmpty)
        // Release builds take well under a second; this bound leaves room for debug builds and a busy machine.
        #expect(elapsed < .seconds(60), "\(elapsed)")
        print("1 MB page: \(claims.count) claims in \(elapsed)")
    }

    /// Runs seconds of synchronous work on a thread of its own: on one of Swift's two cooperative threads
    /// it would stall every concurrent test that awaits anything (and make their timings flaky).
    static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }
}
