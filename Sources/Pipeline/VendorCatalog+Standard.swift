extension VendorCatalog {
    /// The labs modeltrack knows out of the box (`Feeds/models.yaml` holds the same table).
    public static let standard: [Vendor] = [
        Vendor(
            name: "Alibaba Qwen", models: ["qwen", "qwq"],
            domains: ["qwen.ai", "qwenlm.github.io", "alibabacloud.com", "aliyun.com", "github.com/QwenLM", "huggingface.co/Qwen", "modelscope.cn/Qwen"]),
        Vendor(
            name: "Meta", models: ["llama"],
            domains: ["llama.com", "ai.meta.com", "about.fb.com", "github.com/meta-llama", "huggingface.co/meta-llama"]),
        Vendor(
            name: "Google", models: ["gemma", "gemini"],
            domains: [
                "blog.google", "ai.google.dev", "deepmind.google", "developers.googleblog.com", "cloud.google.com",
                "github.com/google-deepmind", "huggingface.co/google",
            ]),
        Vendor(name: "OpenAI", models: ["gpt", "o"], domains: ["openai.com", "github.com/openai", "huggingface.co/openai"]),
        Vendor(name: "Anthropic", models: ["claude"], domains: ["anthropic.com", "claude.com"]),
        Vendor(
            name: "DeepSeek", models: ["deepseek"],
            domains: ["deepseek.com", "github.com/deepseek-ai", "huggingface.co/deepseek-ai"]),
        Vendor(
            name: "Mistral AI", models: ["mistral", "mixtral", "ministral", "pixtral", "magistral", "devstral", "codestral"],
            domains: ["mistral.ai", "github.com/mistralai", "huggingface.co/mistralai"]),
        Vendor(
            name: "Moonshot AI", models: ["kimi", "moonlight"],
            domains: ["moonshot.ai", "moonshot.cn", "kimi.com", "moonshotai.github.io", "github.com/MoonshotAI", "huggingface.co/moonshotai"]),
        Vendor(
            name: "Zhipu AI (Z.ai)", models: ["glm"],
            domains: ["z.ai", "zhipuai.cn", "bigmodel.cn", "github.com/THUDM", "github.com/zai-org", "huggingface.co/THUDM", "huggingface.co/zai-org"]),
        Vendor(name: "Microsoft", models: ["phi"], domains: ["microsoft.com", "github.com/microsoft", "huggingface.co/microsoft"]),
        Vendor(name: "xAI", models: ["grok"], domains: ["x.ai", "github.com/xai-org"]),
        Vendor(name: "NVIDIA", models: ["nemotron"], domains: ["nvidia.com", "github.com/NVIDIA", "huggingface.co/nvidia"]),
        Vendor(name: "Cohere", models: ["command"], domains: ["cohere.com", "huggingface.co/CohereForAI", "huggingface.co/CohereLabs"]),
        Vendor(name: "Ai2", models: ["olmo"], domains: ["allenai.org", "github.com/allenai", "huggingface.co/allenai"]),
        Vendor(name: "TII", models: ["falcon"], domains: ["tii.ae", "huggingface.co/tiiuae"]),
        Vendor(name: "01.AI", models: ["yi"], domains: ["01.ai", "lingyiwanwu.com", "github.com/01-ai", "huggingface.co/01-ai"]),
        Vendor(
            name: "Shanghai AI Laboratory", models: ["internlm"],
            domains: ["intern-ai.org.cn", "github.com/InternLM", "huggingface.co/internlm"]),
        Vendor(
            name: "MiniMax", models: ["minimax"],
            domains: ["minimax.io", "minimaxi.com", "github.com/MiniMax-AI", "huggingface.co/MiniMaxAI"]),
        Vendor(name: "Baidu", models: ["ernie"], domains: ["baidu.com", "github.com/PaddlePaddle", "huggingface.co/baidu"]),
        Vendor(name: "Tencent", models: ["hunyuan"], domains: ["tencent.com", "github.com/Tencent-Hunyuan", "huggingface.co/tencent"]),
        Vendor(name: "IBM", models: ["granite"], domains: ["ibm.com", "github.com/ibm-granite", "huggingface.co/ibm-granite"]),
        Vendor(name: "AI21 Labs", models: ["jamba"], domains: ["ai21.com", "huggingface.co/ai21labs"]),
    ]
}
