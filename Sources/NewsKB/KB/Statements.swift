/// One statement as outlets reprint it: the same words with other punctuation, spacing,
/// quotation marks, full- or half-width letters and digits. Quotes of one speaker with
/// the same key are one statement (`quotes --group`, the `quote_statements` view);
/// `quotes --group` also joins a reprint that kept only part of the words
/// (`contains`).
public enum Statements {
    /// The text's letters and digits: full-width forms folded to ASCII, Latin lowercased,
    /// everything else left out.
    public static func words(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        forEachWordScalar(of: text) { result.append($0) }
        return String(result)
    }

    /// FNV-1a (64 bits, stable across runs) over `words(text)`, without building it.
    public static func key(_ text: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        forEachWordScalar(of: text) { scalar in
            for shift in stride(from: 0, to: 32, by: 8) {
                hash = (hash ^ UInt64((scalar.value >> UInt32(shift)) & 0xFF)) &* 0x100_0000_01b3
            }
        }
        return Int64(bitPattern: hash)
    }

    private static func forEachWordScalar(of text: String, _ body: (Unicode.Scalar) -> Void) {
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            guard let folded = Unicode.Scalar(value), SearchText.isWordScalar(folded) else { continue }
            body(folded)
        }
    }

    /// Shorter reprints need this many letters to join a longer statement: a short phrase
    /// (将依法处置) is contained in too many different statements.
    static let shortestPart = 12

    /// Whether `part` (words) is a reprint of part of `whole` (words).
    static func contains(_ whole: String, _ part: String) -> Bool {
        part.unicodeScalars.count >= shortestPart && whole.unicodeScalars.count > part.unicodeScalars.count && whole.contains(part)
    }
}
