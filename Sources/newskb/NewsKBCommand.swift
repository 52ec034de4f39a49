import ArgumentParser
import Foundation
import NewsKB

@main
struct NewsKBCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newskb",
        abstract: "Turn folders of Chinese news articles into a queryable knowledge base.",
        version: NewsKBVersion.string,
        subcommands: [Ingest.self, Forget.self, Extract.self, Load.self, Quotes.self, Speakers.self, Figures.self, Events.self, Timeline.self,
                      Search.self, Stats.self, Show.self, Relink.self, Bench.self, Serve.self]
    )

    /// Exit status: 0 on success; 1 on usage errors (swift-argument-parser's own 64 becomes
    /// 1, as the command line promises); 2 when inputs failed under --strict (thrown as
    /// ExitCode(2) by the commands); 3 when the run itself failed (the knowledge base is
    /// missing, refused, busy or damaged, an output could not be written), with one
    /// `newskb: error:` line.
    static let runtimeFailure: Int32 = 3

    static func main() async {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            fail(error)
        }
        do {
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch let error where error is ValidationError || error is CleanExit || exitCode(for: error) == .success {
            // The last case: `--help` and `help` parse to the built-in help command, whose
            // run throws the help request for swift-argument-parser to print.
            fail(error)
        } catch {
            Diagnostics.error("\(error)")
            Foundation.exit(runtimeFailure)
        }
    }

    /// A usage error (or --help, --version) as swift-argument-parser reports it.
    private static func fail(_ error: Error) -> Never {
        let code = exitCode(for: error)
        if code == .success {
            exit(withError: error) // --help, --version
        }
        let message = fullMessage(for: error)
        if !message.isEmpty { Diagnostics.line(message + "\n") }
        Foundation.exit(code.rawValue == 64 ? 1 : code.rawValue)
    }
}
