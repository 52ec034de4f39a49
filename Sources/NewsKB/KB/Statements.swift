/// One statement as outlets reprint it: the same words with other punctuation, spacing,
/// quotation marks, full- or half-width letters and digits. Quotes of one speaker with
/// the same key are one statement (`quotes --group`, the `quote_statements` view).
public enum Statements {
    /// FNV-1a (64 bits, stable across runs) over the text's letters and digits: full-width
    /// forms folded to ASCII, Latin lowercased, everything else left out.
    public static func key(_ text: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            guard let folded = Unicode.Scalar(value) else { continue }
            let properties = folded.properties
            guard properties.isAlphabetic || properties.numericType != nil else { continue }
            if ("A"..."Z").contains(folded) { value += 0x20 }
            for shift in stride(from: 0, to: 32, by: 8) {
                hash = (hash ^ UInt64((value >> UInt32(shift)) & 0xFF)) &* 0x100_0000_01b3
            }
        }
        return Int64(bitPattern: hash)
    }
}
