/// Every lexicon is matched through this one type: its keys compiled for scanning arrays of
/// Unicode scalars. Keys are grouped by their first and by their last scalar, longest first
/// (equal lengths keep lexicon order), so a lookup at one position costs a bitmap probe —
/// most positions stop there — plus a few short comparisons.
struct PhraseMatcher<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let key: String
        let scalars: [Unicode.Scalar]
        let value: Value
        var length: Int { scalars.count }
    }
    typealias Word = Entry

    /// Longest first.
    let words: [Entry]
    private let byFirst: ScalarBuckets<Entry>
    private let byLast: ScalarBuckets<Entry>
    private let exact: [String: Entry]
    /// Every key is made of `SearchableText.isInert` scalars, so for inert text String
    /// equality is scalar equality and a lookup by scalars needs no String.
    private let keysAreInert: Bool

    init(_ pairs: [(String, Value)]) {
        self.init(entries: pairs.map { Entry(key: $0.0, scalars: Array($0.0.unicodeScalars), value: $0.1) })
    }

    init(entries: [Entry]) {
        let sorted = entries.filter { !$0.scalars.isEmpty }.enumerated()
            .sorted { ($0.element.length, $1.offset) > ($1.element.length, $0.offset) }
            .map(\.element)
        words = sorted
        byFirst = ScalarBuckets(sorted, key: { $0.scalars[0] })
        byLast = ScalarBuckets(sorted, key: { $0.scalars[$0.length - 1] })
        exact = Dictionary(sorted.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        keysAreInert = sorted.allSatisfy { $0.scalars.allSatisfy(SearchableText.isInert) }
    }

    /// Scalars that start some key.
    var firstScalars: ScalarSet { byFirst.keys }

    /// The longest key starting at `index`.
    func longest(at index: Int, in text: [Unicode.Scalar], where accept: (Entry) -> Bool = { _ in true }) -> Entry? {
        guard index >= 0, index < text.count, let candidates = byFirst[text[index]] else { return nil }
        for entry in candidates where index + entry.length <= text.count && accept(entry) {
            if text[index..<(index + entry.length)].elementsEqual(entry.scalars) { return entry }
        }
        return nil
    }

    /// The longest key ending right before `end` and starting at or after `lowerBound`.
    func longest(endingAt end: Int, in text: [Unicode.Scalar], from lowerBound: Int = 0,
                 where accept: (Entry) -> Bool = { _ in true }) -> Entry? {
        guard end > lowerBound, end <= text.count, let candidates = byLast[text[end - 1]] else { return nil }
        for entry in candidates where end - entry.length >= lowerBound && accept(entry) {
            if text[(end - entry.length)..<end].elementsEqual(entry.scalars) { return entry }
        }
        return nil
    }

    /// The entry whose key is exactly `key`.
    func word(_ key: String) -> Entry? { exact[key] }

    /// `word(String(scalars: text))` without building and hashing the String (hashing
    /// normalizes Chinese text) when text and keys are inert; the first-scalar bucket holds
    /// the same keys in the same order as the dictionary was built from.
    func word(_ text: ArraySlice<Unicode.Scalar>) -> Entry? {
        guard keysAreInert, text.allSatisfy(SearchableText.isInert) else { return exact[String(scalars: text)] }
        guard let first = text.first, let candidates = byFirst[first] else { return nil }
        return candidates.first { $0.length == text.count && $0.scalars.elementsEqual(text) }
    }

    func contains(_ text: ArraySlice<Unicode.Scalar>) -> Bool { word(text) != nil }

    /// Whether any key occurs anywhere in `text`.
    func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        let array = Array(text)
        return array.indices.contains { longest(at: $0, in: array) != nil }
    }
}

/// A lexicon file's entries with their fields.
typealias WordTable = PhraseMatcher<[String]>

extension PhraseMatcher where Value == [String] {
    init(_ lexicon: Lexicon, where keep: (Lexicon.Entry) -> Bool = { _ in true }) {
        self.init(lexicon.entries.filter(keep).map { ($0.key, $0.fields) })
    }

    /// A plain word list without fields.
    init(words: [String]) {
        self.init(words.map { ($0, []) })
    }
}

extension PhraseMatcher.Entry where Value == [String] {
    var fields: [String] { value }

    init(key: String, scalars: [Unicode.Scalar], fields: [String]) {
        self.init(key: key, scalars: scalars, value: fields)
    }
}
