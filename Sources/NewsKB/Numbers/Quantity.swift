import Foundation

/// A quantity typed by a user on the command line: `3000亿`, `1.2万`, `5e8`, `1000亿元`.
public enum Quantity {
    public static func parse(_ text: String) -> Decimal? {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Double(trimmed), value.isFinite { return Decimal(string: trimmed) ?? Decimal(value) }
        // A trailing unit word (元, 美元, 人) does not change the value.
        while let last = trimmed.unicodeScalars.last, !Numerals.isNumeralScalar(last), last != "." {
            trimmed = String(trimmed.unicodeScalars.dropLast())
        }
        return Numerals.value(of: trimmed)
    }
}
