import Foundation

/// Toneless pinyin of a Chinese name through ICU's transliteration: 杨益锐 → yang yi rui.
public enum Pinyin {
    public struct Reading: Sendable, Equatable {
        public var spaced: String
        public var compact: String
    }

    public static func of(_ text: String) -> Reading {
        let latin = text.applyingTransform(.toLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased() ?? text.lowercased()
        let words = latin.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return Reading(spaced: words.joined(separator: " "), compact: words.joined())
    }

    /// A user's query as compact lowercase letters: `Yang Yirui`, `yang yirui` → yangyirui.
    public static func compactQuery(_ query: String) -> String {
        String(query.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) }.map(Character.init))
    }
}
