import Foundation
import NewsKB

/// A deterministic scale corpus for benchmarks and crash tests: N articles made from any
/// folder of real-format articles. Each copy gets its own file name, title and date and a
/// perturbed body (paragraphs rotated, a numbered paragraph added), so no two are identical.
public enum ScaleCorpus {
    public struct Template: Sendable {
        public var frontMatter: [String]
        public var paragraphs: [String]
        public var folder: String
    }

    /// Articles under `source` that have front matter and at least one `<p>` paragraph.
    public static func templates(from source: URL) throws -> [Template] {
        var templates: [Template] = []
        for file in CorpusWalker.files(under: source).files {
            guard let text = try? String(contentsOf: file.url, encoding: .utf8),
                  let split = try? FrontMatter.split(text), let yaml = split.yaml else { continue }
            let body = String(split.body)
            var paragraphs: [String] = []
            var rest = body[...]
            while let open = rest.range(of: "<p"), let close = rest.range(of: "</p>", range: open.upperBound..<rest.endIndex) {
                paragraphs.append(String(rest[open.lowerBound..<close.upperBound]))
                rest = rest[close.upperBound...]
            }
            guard !paragraphs.isEmpty else { continue }
            let folder = (file.relativePath as NSString).deletingLastPathComponent
            templates.append(Template(frontMatter: yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                      paragraphs: paragraphs, folder: folder))
        }
        return templates
    }

    /// Writes `count` articles under `destination`; the same inputs always give the same files.
    /// A `variant` above 0 edits the body of every 10th article and leaves the others
    /// byte-identical, so an incremental re-ingest replaces exactly those.
    @discardableResult
    public static func generate(from templates: [Template], count: Int, into destination: URL, seed: UInt64 = 42,
                                variant: Int = 0) throws -> Int {
        precondition(!templates.isEmpty, "no usable template articles")
        var random = SplitMix64(seed: seed)
        let manager = FileManager.default
        let firstDay = Day(year: 2021, month: 1, day: 1).startInstant
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        var bytes = 0
        for index in 0..<count {
            let template = templates[index % templates.count]
            let folder = destination.appendingPathComponent(template.folder.isEmpty ? "gen" : template.folder)
                .appendingPathComponent(String(format: "batch-%03d", index / 1000))
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            let date = firstDay.addingTimeInterval(Double(random.next() % (730 * 86_400)))
            var lines: [String] = []
            for line in template.frontMatter {
                if line.hasPrefix("title:") {
                    lines.append("title: '副本 \(index) 号'")
                } else if line.hasPrefix("date:") {
                    lines.append("date: \(formatter.string(from: date))")
                } else {
                    lines.append(line)
                }
            }
            var paragraphs = template.paragraphs
            let rotation = Int(random.next() % UInt64(paragraphs.count))
            paragraphs = Array(paragraphs[rotation...] + paragraphs[..<rotation])
            paragraphs.insert("<p>这是第\(index)号测试稿件，编号\(random.next() % 100_000)。</p>", at: Int(random.next() % UInt64(paragraphs.count + 1)))
            if variant > 0 && index % 10 == 0 {
                paragraphs.append("<p>（本文第\(variant)次修订。）</p>")
            }
            let text = "\n---\n" + lines.joined(separator: "\n") + "---\n\n<div>\n" + paragraphs.joined(separator: "") + "\n</div>\n"
            let data = Data(text.utf8)
            bytes += data.count
            try data.write(to: folder.appendingPathComponent("article-\(index).md"))
        }
        return bytes
    }
}

/// A small, fast, seedable generator (Steele et al.'s SplitMix64).
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
