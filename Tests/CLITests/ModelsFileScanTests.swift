import Testing

@testable import modeltrack

/// Search parses the models file only when the query may name one of its models.
@Suite struct ModelsFileScanTests {
    let file = """
        # Models people write about; `context window` in a comment names nothing.
        families:
          - names: [Zephyr]
            id: zephyr
            tiers: [Text, "VL"]
        aliases:
          Moonlight: moonlight
          DSV3: deepseek-v3
        vendors:
          - name: Example Lab
            models: [zephyr]
            domains: [example.com, huggingface.co/example]
        """

    @Test(arguments: ["zephyr 2 context", "Zephyr2.5", "moonlight", "dsv3 release", "deepseek v3"])
    func aQueryThatMayNameAModelReadsTheFile(query: String) {
        #expect(SearchCommand.mayName(query, modelsFile: file))
    }

    @Test(arguments: ["context window", "huggingface weights", "names id", "", "*** ---"])
    func otherQueriesDoNot(query: String) {
        #expect(!SearchCommand.mayName(query, modelsFile: file))
    }
}
