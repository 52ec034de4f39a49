import Foundation

/// Quantities typed by a user, for `newskb figures --min/--max`.
public enum FigureQuantity {
    /// The largest magnitude a figure may have: `Decimal` holds 38 significant digits, so a
    /// value past 10^38 has lost digits (or overflowed to NaN, 1亿 twenty times over) and is
    /// not the number the text says.
    public static let limit = Decimal(sign: .plus, exponent: 38, significand: 1)

    /// Whether `value` is a number newskb stores and compares exactly (within `limit`).
    public static func isRepresentable(_ value: Decimal) -> Bool {
        !value.isNaN && value.isFinite && abs(value) < limit
    }

    /// `3000亿` → 3e11, `1.2万` → 12000, `5e8` → 5e8, `1000亿元` → 1e11, `12.5%` → 12.5,
    /// `三千万` → 3e7, `1,200` → 1200. A trailing unit word is ignored; nil when no number;
    /// past `limit` see `isRepresentable`.
    public static func parse(_ text: String) -> Decimal? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        let ascii = Numerals.asciiDigits(trimmed)
        // Scientific notation: 5e8, 1.5E+9.
        if ascii.unicodeScalars.allSatisfy({ "0123456789.eE+-".unicodeScalars.contains($0) }),
           ascii.unicodeScalars.contains(where: { $0 == "e" || $0 == "E" }) {
            // A well-formed number Decimal cannot hold (1e400) is NaN, like an overflow: a
            // number, but not representable.
            let wellFormed = ascii.wholeMatch(of: /[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)[eE][-+]?[0-9]+/) != nil
            return Decimal(string: ascii, locale: Locale(identifier: "en_US_POSIX")) ?? (wellFormed ? .nan : nil)
        }
        var scalars = Array(trimmed.unicodeScalars)
        var negative = false
        if let first = scalars.first, first == "-" || first == "－" || first == "−" {
            negative = true
            scalars.removeFirst()
        }
        guard let number = NumberScanner.scan(scalars, at: 0) else { return nil }
        // Anything after the number must be a unit or qualifier word, not more digits.
        if scalars[number.end...].contains(where: { Numerals.arabicDigit($0) != nil }) { return nil }
        return negative ? -number.low : number.low
    }
}
