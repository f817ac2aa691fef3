/// modeltrack's own version and contact, as named in the User-Agent and in `--version`.
public enum ModelTrackInfo {
    public static let version = "0.1.0"
    public static let homepage = "https://github.com/modeltrack/modeltrack"
}
