/// A fixed set of Unicode scalars kept as a bitmap over the range its members span, with a
/// running count per 64-bit word so every member also has a dense index (its rank).
/// Membership and rank cost a subtraction, a shift and a popcount: no hashing, which matters
/// because scanners ask at every scalar of every article.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private let low: UInt32
    private let words: [UInt64]
    /// Members in the words before each word.
    private let ranks: [Int32]
    let count: Int

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        let values = Set(scalars.map(\.value)).sorted()
        guard let first = values.first, let last = values.last else {
            low = 0
            words = []
            ranks = []
            count = 0
            return
        }
        var words = [UInt64](repeating: 0, count: Int((last - first) >> 6) + 1)
        for value in values {
            let offset = value - first
            words[Int(offset >> 6)] |= 1 << UInt64(offset & 63)
        }
        var ranks: [Int32] = []
        var total: Int32 = 0
        for word in words {
            ranks.append(total)
            total += Int32(word.nonzeroBitCount)
        }
        low = first
        self.words = words
        self.ranks = ranks
        count = values.count
    }

    init(_ string: String) {
        self.init(string.unicodeScalars)
    }

    init(arrayLiteral elements: Unicode.Scalar...) {
        self.init(elements)
    }

    /// The members in scalar order.
    var members: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for (index, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                let bit = UInt32(bits.trailingZeroBitCount)
                result.append(Unicode.Scalar(low + UInt32(index) * 64 + bit)!)
                bits &= bits - 1
            }
        }
        return result
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        // Below `low` the subtraction wraps to a huge offset, past the last word.
        let offset = scalar.value &- low
        let word = Int(offset >> 6)
        return word < words.count && words[word] & (1 << UInt64(offset & 63)) != 0
    }

    /// The member's position among the members in scalar order (0..<count), nil for others.
    @inline(__always)
    func rank(of scalar: Unicode.Scalar) -> Int? {
        let offset = scalar.value &- low
        let word = Int(offset >> 6)
        guard word < words.count else { return nil }
        let bit: UInt64 = 1 << UInt64(offset & 63)
        let bits = words[word]
        guard bits & bit != 0 else { return nil }
        return Int(ranks[word]) + (bits & (bit - 1)).nonzeroBitCount
    }
}

/// Values grouped by a key scalar (a word's first or last), found through a `ScalarSet`'s rank.
struct ScalarBuckets<Element: Sendable>: Sendable {
    let keys: ScalarSet
    private let buckets: [[Element]]

    /// `elements` keep their order within a bucket.
    init(_ elements: [Element], key: (Element) -> Unicode.Scalar?) {
        let keyed = elements.compactMap { element in key(element).map { ($0, element) } }
        keys = ScalarSet(keyed.map(\.0))
        var buckets = [[Element]](repeating: [], count: keys.count)
        for (scalar, element) in keyed {
            buckets[keys.rank(of: scalar)!].append(element)
        }
        self.buckets = buckets
    }

    @inline(__always)
    subscript(scalar: Unicode.Scalar) -> [Element]? {
        keys.rank(of: scalar).map { buckets[$0] }
    }
}
