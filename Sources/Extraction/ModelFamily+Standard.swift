extension ModelFamily {
    /// The families modeltrack knows out of the box, written the way each lab writes its names.
    public static let standard: [ModelFamily] = [
        ModelFamily(names: ["Qwen"], id: "qwen", versionJoiner: "", accepts: [.version, .variant], sizedNames: true),
        ModelFamily(names: ["QwQ"], id: "qwq", separators: ["-", " "], accepts: [.version, .size], sizedNames: true),
        ModelFamily(names: ["Llama"], id: "llama", sizedNames: true),
        ModelFamily(names: ["Gemma"], id: "gemma", versionSuffixes: ["n"], sizedNames: true),
        ModelFamily(names: ["GPT"], id: "gpt", versionSuffixes: ["o"], versionWords: ["oss"]),
        ModelFamily(
            names: ["o"], id: "o", versionJoiner: "", separators: [""], caseSensitive: true),
        ModelFamily(
            names: ["Claude"], id: "claude", separators: [" ", "-"], tiers: ["Opus", "Sonnet", "Haiku", "Instant"]),
        // `Opus 5`, `Sonnet 4.6`: Claude's tiers, written without the family word once it is in view.
        ModelFamily(names: ["Opus"], id: "claude-opus", separators: [" "], caseSensitive: true),
        ModelFamily(names: ["Sonnet"], id: "claude-sonnet", separators: [" "], caseSensitive: true),
        ModelFamily(names: ["Haiku"], id: "claude-haiku", separators: [" "], caseSensitive: true),
        ModelFamily(names: ["Gemini"], id: "gemini", separators: [" ", "-"]),
        ModelFamily(
            names: ["DeepSeek"], id: "deepseek", separators: ["-", " "], versionPrefixes: ["V", "R"],
            tiers: ["Coder", "Math", "Prover", "LLM", "MoE", "OCR"], accepts: [.version, .tier]),
        ModelFamily(
            names: ["Mistral"], id: "mistral", separators: [" ", "-"],
            tiers: ["Large", "Medium", "Small", "Tiny", "Nemo", "NeMo", "Saba"], accepts: [.version, .tier, .size],
            sizedNames: true),
        ModelFamily(names: ["Mixtral"], id: "mixtral", separators: [" ", "-"], accepts: [.size], sizedNames: true),
        ModelFamily(names: ["Ministral"], id: "ministral", separators: [" ", "-"], accepts: [.version, .size], sizedNames: true),
        ModelFamily(
            names: ["Pixtral"], id: "pixtral", separators: [" ", "-"], tiers: ["Large"],
            accepts: [.version, .tier, .size]),
        ModelFamily(
            names: ["Magistral"], id: "magistral", separators: [" ", "-"], tiers: ["Small", "Medium"],
            accepts: [.version, .tier]),
        ModelFamily(
            names: ["Devstral"], id: "devstral", separators: [" ", "-"], tiers: ["Small", "Medium"],
            accepts: [.version, .tier, .bare]),
        ModelFamily(
            names: ["Codestral"], id: "codestral", separators: [" ", "-"], accepts: [.version, .bare], sizedNames: true),
        ModelFamily(
            names: ["Kimi"], id: "kimi", separators: [" ", "-"], versionPrefixes: ["K"], tiers: ["Dev", "VL", "Linear"],
            accepts: [.version, .tier]),
        ModelFamily(
            names: ["GLM"], id: "glm", versionPrefixes: ["", "Z"], versionSuffixes: ["V", "v"], caseSensitive: true),
        ModelFamily(names: ["Phi"], id: "phi", separators: ["-", " "], caseSensitive: true),
        ModelFamily(names: ["Grok"], id: "grok", separators: [" ", "-"], tiers: ["Code", "Fast"]),
        ModelFamily(
            names: ["Nemotron"], id: "nemotron", separators: ["-", " "], tiers: ["Nano", "Super", "Ultra"],
            accepts: [.version, .tier, .size]),
        ModelFamily(
            names: ["Command"], id: "command", separators: [" ", "-"], versionPrefixes: [],
            versionWords: ["R+", "R", "A", "R7B"], caseSensitive: true),
        ModelFamily(
            names: ["OLMo"], id: "olmo", separators: [" ", "-"], accepts: [.version, .size], caseSensitive: true,
            sizedNames: true),
        ModelFamily(
            names: ["Falcon"], id: "falcon", versionPrefixes: ["", "H"], tiers: ["Mamba"], accepts: [.size],
            caseSensitive: true, sizedNames: true),
        ModelFamily(
            names: ["Yi"], id: "yi", separators: ["-"], variants: ["Lightning"], accepts: [.version, .size, .variant],
            caseSensitive: true, sizedNames: true),
        ModelFamily(names: ["InternLM"], id: "internlm", versionJoiner: "", caseSensitive: true, sizedNames: true),
        ModelFamily(
            names: ["MiniMax"], id: "minimax", separators: ["-", " "], versionPrefixes: ["M"], tiers: ["Text", "VL"],
            caseSensitive: true),
        ModelFamily(
            names: ["ERNIE"], id: "ernie", separators: [" ", "-"], versionPrefixes: ["", "X"], caseSensitive: true),
        ModelFamily(
            names: ["Hunyuan"], id: "hunyuan", separators: ["-", " "], versionPrefixes: ["", "T"],
            variants: ["TurboS", "Standard"], accepts: [.version, .size, .variant]),
        ModelFamily(
            names: ["Moonlight"], id: "moonlight", separators: ["-", " "], accepts: [.size], caseSensitive: true),
        ModelFamily(names: ["Granite"], id: "granite", separators: [" ", "-"], caseSensitive: true, sizedNames: true),
        ModelFamily(names: ["Jamba"], id: "jamba", separators: [" ", "-"], caseSensitive: true),
    ]
}

extension ModelFamily {
    /// The word a line's instruction-tuned models carry when it is not `instruct`, by id prefix.
    public static let standardTunedWords: [String: String] = [
        "llama-2": "chat", "gemma": "it", "deepseek": "chat", "deepseek-coder": "instruct",
    ]
}

/// Words and codes that model names share across families.
enum ModelVocabulary {
    /// Variant words a name may carry after its version (`Max`, `Preview`, `Instruct`).
    static let variants: Set<String> = [
        "pro", "max", "mini", "flash", "lite", "preview", "instruct", "base", "chat", "air", "turbo", "maverick",
        "scout", "behemoth", "opus", "sonnet", "haiku", "nano", "plus", "ultra", "thinking", "reasoning", "coder",
        "codex", "exp", "experimental", "terminus", "distill", "vision", "vl", "omni", "math", "next", "fast",
        "large", "medium", "small", "tiny", "heavy", "speciale", "it", "dev", "audio", "realtime", "high", "low",
        "long", "edge", "guard", "embedding", "moe", "super", "online", "search", "image", "think", "deep",
        "zero", "quantized", "qat",
    ]

    /// Variant words that may follow a name after a space, not only after a hyphen (`Gemini 3.1 Pro`).
    /// Everything else joins only with a hyphen, so `Kimi K3 reads …` stops at `K3`.
    static let spacedVariants: Set<String> = [
        "pro", "max", "mini", "flash", "lite", "preview", "instruct", "base", "chat", "air", "turbo", "maverick",
        "scout", "behemoth", "opus", "sonnet", "haiku", "nano", "plus", "ultra", "thinking", "reasoning", "coder",
        "codex", "exp", "terminus", "vision", "omni", "fast", "large", "medium", "small", "heavy", "speciale",
        "quantized", "super",
    ]

    /// Spaced variants that labs write in lowercase (`GPT-4o mini`); other spaced variants are capitalized.
    static let lowercaseSpacedVariants: Set<String> = ["mini", "nano"]

    /// Release-format codes hyphen-joined to a name (`-FP8`, `-AWQ`).
    static let formatCodes: Set<String> = [
        "fp8", "fp16", "bf16", "int4", "int8", "awq", "gptq", "gguf", "mlx", "hf", "onnx", "w4a16",
    ]

    /// Capitalized words that never start a generic `Name Version Size` model name.
    static let genericStopWords: Set<String> = [
        "the", "a", "an", "about", "around", "over", "under", "only", "just", "all", "top", "some", "with", "for",
        "in", "on", "at", "by", "from", "to", "of", "and", "or", "nearly", "almost", "roughly", "approximately",
        "into", "than", "each", "every", "both", "these", "those", "its", "their", "our", "your", "best", "first",
        "last", "next", "section", "chapter", "figure", "table", "version", "phase", "level", "step", "part",
        "round", "page", "item", "series", "day", "week", "year", "month", "tier", "rank", "class", "type", "grade",
        "stage", "windows", "python", "iphone", "covid", "android", "ios", "macos", "ubuntu", "debian", "java",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "between", "among", "across", "using", "uses", "use", "has", "have", "had", "was", "were", "is", "are",
        "be", "been", "model", "models", "team", "group", "gen", "generation", "run", "runs", "test", "tests",
        "number", "no", "vol", "volume", "issue", "episode", "season", "game", "player", "players",
    ]
}
