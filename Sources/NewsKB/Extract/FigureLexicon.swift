import Foundation

/// A word list compiled for matching at a scalar offset: longest entry first.
struct PhraseTable: Sendable {
    private var fieldsByWord: [[Unicode.Scalar]: [String]] = [:]
    private(set) var maxLength = 0
    // First and last scalars of the entries: most offsets are rejected with one set lookup.
    private var firstScalars: Set<Unicode.Scalar> = []
    private var lastScalars: Set<Unicode.Scalar> = []

    init(_ lexicon: Lexicon, where keep: (Lexicon.Entry) -> Bool = { _ in true }) {
        for entry in lexicon.entries where keep(entry) {
            let word = Array(entry.key.unicodeScalars)
            fieldsByWord[word] = entry.fields
            if let first = word.first, let last = word.last {
                firstScalars.insert(first)
                lastScalars.insert(last)
            }
            maxLength = max(maxLength, word.count)
        }
    }

    /// The longest entry starting at `i`: its length and fields.
    func longest(in s: [Unicode.Scalar], at i: Int) -> (length: Int, fields: [String])? {
        guard i >= 0, i < s.count, firstScalars.contains(s[i]) else { return nil }
        var length = min(maxLength, s.count - i)
        while length > 0 {
            if let fields = fieldsByWord[Array(s[i..<(i + length)])] { return (length, fields) }
            length -= 1
        }
        return nil
    }

    /// The longest entry ending right before `end`.
    func longest(in s: [Unicode.Scalar], endingAt end: Int) -> (length: Int, fields: [String])? {
        guard end > 0, end <= s.count, lastScalars.contains(s[end - 1]) else { return nil }
        var length = min(maxLength, end)
        while length > 0 {
            if let fields = fieldsByWord[Array(s[(end - length)..<end])] { return (length, fields) }
            length -= 1
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
