/// Whitespace and control-character clean-up shared by the readers, on Unicode scalars
/// (Character iteration is ~20× slower on Linux).
public enum TextCleaning {
    /// Collapses runs of whitespace (ASCII, NBSP, U+3000, zero-width) into one space,
    /// drops control characters, and trims both ends.
    public static func normalizeWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8(normalizeWhitespace(utf8:))
    }

    /// Works on the UTF-8 bytes and copies kept scalars byte for byte: appending scalars to a
    /// `String.UnicodeScalarView` cost a tenth of reading an article.
    private static func normalizeWhitespace(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        // The result is never longer: a space is written only in place of skipped whitespace.
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let start = index
                let (scalar, length) = ValidUTF8.scalar(in: bytes, at: start)
                index += length
                if isSpace(scalar) {
                    pendingSpace = count > 0
                    continue
                }
                if isDropped(scalar) { continue }
                if pendingSpace {
                    output[count] = UInt8(ascii: " ")
                    count += 1
                    pendingSpace = false
                }
                for offset in 0..<length { output[count + offset] = bytes[start + offset] }
                count += length
            }
            return count
        }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200D, 0xFEFF, 0xFFFE, 0xFFFF:
            return true
        default:
            return false
        }
    }

    /// Short bold text without sentence punctuation reads as a subheading.
    static func looksLikeHeading(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.count <= 60 && !scalars.contains(where: { "。；".unicodeScalars.contains($0) })
    }
}
