/// A lexicon precompiled for scanning arrays of Unicode scalars: candidate words are grouped by
/// their first and by their last scalar, longest first, so a lookup at one position costs a
/// bitmap probe plus a few short comparisons.
struct WordTable: Sendable {
    struct Word: Sendable {
        let key: String
        let scalars: [Unicode.Scalar]
        let fields: [String]
        var length: Int { scalars.count }
    }

    let words: [Word]
    private let byFirst: ScalarBuckets<Word>
    private let byLast: ScalarBuckets<Word>
    private let exact: [String: Word]
    /// Every key is made of `SearchableText.isInert` scalars, so for inert text String
    /// equality is scalar equality and a lookup by scalars needs no String.
    private let keysAreInert: Bool

    init(_ lexicon: Lexicon) {
        self.init(lexicon.entries.map { Word(key: $0.key, scalars: Array($0.key.unicodeScalars), fields: $0.fields) })
    }

    init(_ words: [Word]) {
        let sorted = words.sorted { $0.length > $1.length }
        self.words = sorted
        byFirst = ScalarBuckets(sorted, key: { $0.scalars[0] })
        byLast = ScalarBuckets(sorted, key: { $0.scalars[$0.length - 1] })
        exact = Dictionary(sorted.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        keysAreInert = sorted.allSatisfy { $0.scalars.allSatisfy(SearchableText.isInert) }
    }

    /// The longest word starting at `index`.
    func longest(at index: Int, in text: [Unicode.Scalar], where accept: (Word) -> Bool = { _ in true }) -> Word? {
        guard index < text.count, let candidates = byFirst[text[index]] else { return nil }
        for word in candidates where index + word.length <= text.count && accept(word) {
            if text[index..<(index + word.length)].elementsEqual(word.scalars) { return word }
        }
        return nil
    }

    /// The longest word ending right before `end`.
    func longest(endingAt end: Int, in text: [Unicode.Scalar], from lowerBound: Int = 0,
                 where accept: (Word) -> Bool = { _ in true }) -> Word? {
        guard end > lowerBound, end <= text.count, let candidates = byLast[text[end - 1]] else { return nil }
        for word in candidates where end - word.length >= lowerBound && accept(word) {
            if text[(end - word.length)..<end].elementsEqual(word.scalars) { return word }
        }
        return nil
    }

    func word(_ key: String) -> Word? { exact[key] }

    /// `word(String(scalars: text))` without building and hashing the String (hashing
    /// normalizes Chinese text) when text and keys are inert; the first-scalar bucket holds
    /// the same words in the same order as the dictionary was built from.
    func word(_ text: ArraySlice<Unicode.Scalar>) -> Word? {
        guard keysAreInert, text.allSatisfy(SearchableText.isInert) else { return exact[String(scalars: text)] }
        guard let first = text.first, let candidates = byFirst[first] else { return nil }
        return candidates.first { $0.length == text.count && $0.scalars.elementsEqual(text) }
    }
    func contains(_ text: ArraySlice<Unicode.Scalar>) -> Bool { exact[String(scalars: text)] != nil }

    /// Whether any word occurs anywhere in `text`.
    func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = text.startIndex
        let array = Array(text)
        while index < text.endIndex {
            if longest(at: index - text.startIndex, in: array) != nil { return true }
            index += 1
        }
        return false
    }
}

extension Array where Element == Unicode.Scalar {
    var string: String { String(scalars: self) }
}

extension ArraySlice where Element == Unicode.Scalar {
    var string: String { String(scalars: self) }
}

enum QuoteLexicons {
    static let speechVerbs = WordTable(Lexicon.bundled("speech-verbs"))
    static let titles = WordTable(Lexicon.bundled("titles"))
    static let surnames = WordTable(Lexicon.bundled("surnames"))
    static let orgSuffixes = WordTable(Lexicon.bundled("org-suffixes"))
    static let anonymous = WordTable(Lexicon.bundled("anonymous-sources"))
    static let reporterPhrases = WordTable(Lexicon.bundled("reporter-phrases"))
    static let fillers = WordTable(Lexicon.bundled("speaker-fillers"))
    static let organizations = WordTable(Lexicon.bundled("organizations"))
    static let notSpeech = WordTable(Lexicon.bundled("not-speech"))
    static let notSpeakers = WordTable(Lexicon.bundled("not-speakers"))
    static let places = WordTable(Lexicon.bundled("places"))
    /// Documents that speak for their issuer (公告称, 《规划》指出).
    static let documents = WordTable(["公告", "声明", "报告", "通知", "规划", "意见", "方案", "文件", "办法", "财报", "年报", "研报", "该公告", "该报告", "该文件", "该研报", "该声明", "内部文件", "内部报告"].map {
        WordTable.Word(key: $0, scalars: Array($0.unicodeScalars), fields: [])
    })
    /// Words that start the setting of a statement after its speaker (在会上, 向记者, 接受采访时).
    static let settingWords = WordTable(["在", "向", "对", "接受", "通过", "于", "跟", "援引", "据"].map {
        WordTable.Word(key: $0, scalars: Array($0.unicodeScalars), fields: [])
    })

    /// Whether the verb at `index` sits inside a word that is not speech (简称, 被指控, 简单来说).
    static func insideNonSpeech(_ index: Int, in text: [Unicode.Scalar]) -> Bool {
        for start in max(0, index - 3)...index {
            if let word = notSpeech.longest(at: start, in: text), start + word.length > index { return true }
        }
        return false
    }
}
