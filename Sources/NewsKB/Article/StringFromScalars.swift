extension String {
    /// The text of a run of scalars, UTF-8 encoded straight into the new string's storage.
    /// (`String(String.UnicodeScalarView(scalars))` takes a generic slow path that showed up
    /// as a fifth of extraction time.)
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case 0..<0x80:
                    buffer[index] = UInt8(value)
                    index += 1
                case 0x80..<0x800:
                    buffer[index] = UInt8(0xC0 | value >> 6)
                    buffer[index + 1] = UInt8(0x80 | value & 0x3F)
                    index += 2
                case 0x800..<0x10000:
                    buffer[index] = UInt8(0xE0 | value >> 12)
                    buffer[index + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[index + 2] = UInt8(0x80 | value & 0x3F)
                    index += 3
                default:
                    buffer[index] = UInt8(0xF0 | value >> 18)
                    buffer[index + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[index + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[index + 3] = UInt8(0x80 | value & 0x3F)
                    index += 4
                }
            }
            return index
        }
    }
}

extension String {
    /// Whether a UTF-8 byte of the text is `byte`, scanned on the contiguous buffer:
    /// iterating `utf8` costs an index step per byte.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    @inline(__always)
    func containsByte(where test: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? utf8.contains(where: test)
    }
}

extension Array where Element == Unicode.Scalar {
    /// Where `target` first occurs in these scalars.
    func firstIndex(of target: [Unicode.Scalar]) -> Int? {
        guard let first = target.first, count >= target.count else { return nil }
        for index in 0...(count - target.count) where self[index] == first && self[index..<(index + target.count)].elementsEqual(target) {
            return index
        }
        return nil
    }

    /// The scalars of a text decoded from its UTF-8 in one pass into an array of the exact
    /// size: `Array(text.unicodeScalars)` walks the text twice through generic indices, and
    /// every extractor converts every paragraph.
    init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { bytes in
            // Every byte but a continuation byte starts a scalar.
            let count = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                var index = 0
                while index < bytes.count {
                    let (scalar, length) = ValidUTF8.scalar(in: bytes, at: index)
                    buffer[initialized] = scalar
                    initialized += 1
                    index += length
                }
            }
        }
    }
}

/// Decoding the UTF-8 of a Swift string, which is always valid.
enum ValidUTF8 {
    /// The scalar starting at `index` and its length in bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32
        let length: Int
        switch lead {
        case 0..<0x80:
            return (Unicode.Scalar(UInt8(lead)), 1)
        case 0..<0xE0:
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        case 0..<0xF0:
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        default:
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value)!, length)
    }
}
