internal import CLibXML2
internal import Foundation

/// The thin layer over libxml2: initialization, error silencing, input limits and string conversion.
enum LibXML {
    /// Inputs larger than this are refused rather than parsed.
    static let maximumInputSize = 16 * 1024 * 1024

    /// `xmlInitParser` must run once before parsers are used from several threads.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Prepares libxml2 for a parse on the current thread: initialized once, and quiet (its error
    /// handlers are per thread).
    static func prepare() {
        _ = initialized
        modeltrack_xml_silence_errors()
    }

    /// Refuses empty and oversized inputs with an error naming the URL.
    static func checkSize(_ data: Data, url: String) throws(ParseError) {
        if data.isEmpty {
            throw ParseError(url: url, message: "empty input")
        }
        if data.count > maximumInputSize {
            throw ParseError(
                url: url, message: "input of \(data.count) bytes exceeds the \(maximumInputSize)-byte limit")
        }
    }

    /// A Swift string from a libxml2 string (invalid UTF-8 is repaired), or nil for NULL.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// The last error libxml2 recorded on this thread, for error messages.
    static func lastErrorMessage() -> String? {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return nil }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
