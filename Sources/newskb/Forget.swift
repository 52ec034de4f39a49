import ArgumentParser
import NewsKB

struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove what is stored under folders or files, whether or not they still exist.",
        discussion: "For a folder that was moved or deleted (ingest --prune needs the folder to list it). A path may be a folder ingest was given, a folder or file inside one, or a folder containing several; symlinks are resolved as far as the path exists.")

    @Argument(help: "Folders or files whose stored articles are removed.")
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let knowledgeBase = try KnowledgeBase(path: try database.path, create: false)
        for path in paths {
            let removed = try knowledgeBase.forget(path)
            print("forgot \(removed) article\(removed == 1 ? "" : "s") under \(path)")
        }
    }
}
