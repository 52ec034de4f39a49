import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns file bytes into text: byte-order marks honoured, UTF-8 first, then GB18030
/// (common in Chinese scrapes), and only then replacement characters, with a warning.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var warnings: [String]
    }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case binary
        public var description: String {
            switch self {
            case .binary: return "binary data (NUL bytes), not a text article"
            }
        }
    }

    public static func decode(_ bytes: [UInt8]) throws -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeUTF8(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                return Decoded(text: "", warnings: ["UTF-16 byte-order mark but undecodable content"])
            }
            return Decoded(text: text, warnings: ["decoded as UTF-16"])
        }
        return try decodeUTF8(bytes)
    }

    private static func decodeUTF8(_ bytes: [UInt8]) throws -> Decoded {
        if bytes.contains(0) { throw Failure.binary }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, warnings: [])
        }
        if let text = convert(bytes, from: "GB18030") {
            return Decoded(text: text, warnings: ["not UTF-8; decoded as GB18030"])
        }
        return Decoded(text: String(decoding: bytes, as: UTF8.self),
                       warnings: ["invalid UTF-8 bytes replaced with U+FFFD"])
    }

    /// Strict conversion through iconv: nil when any byte sequence is invalid.
    static func convert(_ bytes: [UInt8], from encoding: String) -> String? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let count = converted else { return nil }
        return String(decoding: output[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
