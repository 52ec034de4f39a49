/// Trimming on Unicode scalars. Foundation's `trimmingCharacters(in:)` bridges through
/// NSString and costs ~3 µs a call on Linux, which added up to a tenth of reading and
/// extracting an article.
extension String {
    /// The same result as `trimmingCharacters(in: .whitespaces)`.
    func trimmingWhitespace() -> String {
        self[...].trimmingWhitespace()
    }

    /// The same result as `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingWhitespaceAndNewlines() -> String {
        self[...].trimmingWhitespaceAndNewlines()
    }
}

extension Substring {
    /// The same result as `trimmingCharacters(in: .whitespaces)`.
    func trimmingWhitespace() -> String {
        trimmingScalars(where: Trimming.isWhitespace)
    }

    /// The same result as `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars(where: Trimming.isWhitespaceOrNewline)
    }

    private func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, trimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard trimmed(scalars[before]) else { break }
            end = before
        }
        return String(scalars[start..<end])
    }
}

enum Trimming {
    /// Foundation's `CharacterSet.whitespaces` on Linux, checked scalar by scalar against it:
    /// tab and the space separators (Zs), plus U+200B ZERO WIDTH SPACE.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Foundation's `CharacterSet.whitespacesAndNewlines`: the above plus LF, VT, FF, CR,
    /// NEL and the line and paragraph separators.
    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029:
            return true
        default:
            return isWhitespace(scalar)
        }
    }
}
