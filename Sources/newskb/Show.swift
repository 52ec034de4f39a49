import ArgumentParser
import Foundation
import NewsKB

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one article as newskb reads it: front matter, blocks, and optionally sentences.")

    @Argument(help: "An article file.")
    var file: String

    @Flag(help: "List each block's sentences under it.")
    var sentences = false

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let article = try ArticleReader.read(fileAt: url, relativePath: url.lastPathComponent)
        print("title: \(article.title)")
        print("source: \(article.source)")
        print("categories: \(article.categories.joined(separator: ", "))")
        print("published: \(article.published.map(PublicationDate.iso) ?? "unknown") (Asia/Shanghai day \(article.publishedDay?.iso ?? "unknown"))")
        for warning in article.warnings { print("warning: \(warning)") }
        print("")
        for block in article.blocks {
            print("\(block.kind.rawValue): \(block.text)")
            if sentences {
                for sentence in Sentences.split(block.text) { print("    · \(sentence)") }
            }
        }
    }
}
