import ArgumentParser

/// `modeltrack-eval`: measures modeltrack on a corpus directory given as an argument (see eval/README.md).
@main
struct EvalMain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modeltrack-eval",
        abstract: "Measures modeltrack on a corpus directory: claim extraction (facts, the default) or conflicts.",
        subcommands: [EvalCommand.self, ConflictsEvaluation.self],
        defaultSubcommand: EvalCommand.self)
}
