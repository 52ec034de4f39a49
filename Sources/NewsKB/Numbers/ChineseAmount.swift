import Foundation

/// Exact values written the way Chinese readers read them: 300000000000 → 3000亿,
/// 12000000 → 1200万, 1250000000 → 12.5亿, 0.25 → 0.25.
public enum ChineseAmount {
    public static func format(_ value: Decimal) -> String {
        let magnitude = value < 0 ? -value : value
        for (scale, word) in [(Decimal(string: "1000000000000")!, "万亿"), (Decimal(100_000_000), "亿"), (Decimal(10_000), "万")]
        where magnitude >= scale {
            let scaled = value / scale
            // Only when the scaled number stays short (12.5亿, not 12.3456789亿).
            if scaled.description.count <= 8 { return scaled.description + word }
        }
        return value.description
    }
}
