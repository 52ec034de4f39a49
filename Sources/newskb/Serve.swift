import ArgumentParser
import Foundation
import NewsKBWeb

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse the knowledge base in a web browser: timeline, speakers, figures, search, articles, and a JSON API.",
        discussion: "The knowledge base is opened read-only; an ingest may write to it meanwhile. Stop with Ctrl-C.")

    @Option(help: "The address to listen on (loopback unless given).")
    var host = "127.0.0.1"

    @Option(help: "The port (0: any free port, printed at start).")
    var port = 8080

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() async throws {
        try await WebServer.serve(path: try database.path, host: host, port: port) { line in
            Output.write(line + "\n")
        }
    }
}
