import Foundation

/// A word list compiled for matching at a scalar offset: longest entry first.
/// Entries are grouped by their first and by their last scalar (longest first), so most
/// offsets are rejected with one bitmap probe and the rest compare a few candidates in place.
struct PhraseTable: Sendable {
    struct Entry: Sendable {
        let word: [Unicode.Scalar]
        let fields: [String]
    }

    private let byFirst: ScalarBuckets<Entry>
    private let byLast: ScalarBuckets<Entry>
    private(set) var maxLength = 0

    init(_ lexicon: Lexicon, where keep: (Lexicon.Entry) -> Bool = { _ in true }) {
        var entries: [Entry] = []
        for entry in lexicon.entries where keep(entry) {
            let word = Array(entry.key.unicodeScalars)
            entries.append(Entry(word: word, fields: entry.fields))
            maxLength = max(maxLength, word.count)
        }
        // Keys are unique, so at most one entry of each length matches: longest first is the rule.
        entries.sort { $0.word.count > $1.word.count }
        byFirst = ScalarBuckets(entries, key: { $0.word.first })
        byLast = ScalarBuckets(entries, key: { $0.word.last })
    }

    /// The longest entry starting at `i`: its length and fields.
    func longest(in s: [Unicode.Scalar], at i: Int) -> (length: Int, fields: [String])? {
        guard i >= 0, i < s.count, let candidates = byFirst[s[i]] else { return nil }
        for entry in candidates where i + entry.word.count <= s.count {
            if s[i..<(i + entry.word.count)].elementsEqual(entry.word) { return (entry.word.count, entry.fields) }
        }
        return nil
    }

    /// The longest entry ending right before `end`.
    func longest(in s: [Unicode.Scalar], endingAt end: Int) -> (length: Int, fields: [String])? {
        guard end > 0, end <= s.count, let candidates = byLast[s[end - 1]] else { return nil }
        for entry in candidates where entry.word.count <= end {
            if s[(end - entry.word.count)..<end].elementsEqual(entry.word) { return (entry.word.count, entry.fields) }
        }
        return nil
    }
}

/// The figure word lists (Resources/lexicon/figure-*.txt), compiled once.
enum FigureLexicon {
    static let units = PhraseTable(Lexicon.bundled("figure-units"))
    static let currencyPrefixes = PhraseTable(Lexicon.bundled("figure-currency-prefix"))
    static let qualifiersBefore = PhraseTable(Lexicon.bundled("figure-qualifiers")) { $0.fields.count > 1 && $0.fields[1] != "after" }
    static let qualifiersLoose = PhraseTable(Lexicon.bundled("figure-qualifiers")) { $0.fields.count > 1 && $0.fields[1] == "loose" }
    static let qualifiersAfter = PhraseTable(Lexicon.bundled("figure-qualifiers")) { $0.fields.count > 1 && $0.fields[1] == "after" }
    static let unitBlockers = PhraseTable(Lexicon.bundled("figure-unit-blockers"))
    static let growth = PhraseTable(Lexicon.bundled("figure-growth"))
    static let words = PhraseTable(Lexicon.bundled("figure-words"))
    static let notAfter = PhraseTable(Lexicon.bundled("figure-nonfigure")) { $0.fields.first == "after" }
    static let notBefore = PhraseTable(Lexicon.bundled("figure-nonfigure-before")) { $0.fields.first == "before" }
    static let notWhole = PhraseTable(Lexicon.bundled("figure-nonfigure")) { $0.fields.first == "whole" }
}
