public import Foundation

/// Where the fact store lives: `--store PATH`, else `$MODELTRACK_STORE`, else `Store/modeltrack.sqlite`
/// under the current directory.
public enum StoreLocation {
    public static let environmentVariable = "MODELTRACK_STORE"
    public static let defaultRelativePath = "Store/modeltrack.sqlite"

    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let option, !option.isEmpty { return option }
        if let path = environment[environmentVariable], !path.isEmpty { return path }
        return FileManager.default.currentDirectoryPath + "/" + defaultRelativePath
    }
}
