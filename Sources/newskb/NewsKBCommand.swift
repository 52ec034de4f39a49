import ArgumentParser
import Foundation
import NewsKB

@main
struct NewsKBCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newskb",
        abstract: "Turn folders of Chinese news articles into a queryable knowledge base.",
        version: NewsKBVersion.string,
        subcommands: [Ingest.self, Extract.self, Load.self, Quotes.self, Speakers.self, Figures.self, Events.self, Timeline.self,
                      Search.self, Stats.self, Show.self, Bench.self, Serve.self]
    )

    /// Exit status: 0 on success, 1 on usage and other errors, 2 when inputs failed under
    /// --strict (thrown as ExitCode(2) by the commands). swift-argument-parser's own 64 for
    /// usage errors becomes 1, as the command line promises.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error) // --help, --version
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code.rawValue == 64 ? 1 : code.rawValue)
        }
    }
}
