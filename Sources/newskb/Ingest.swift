import ArgumentParser
import NewsKB

struct Ingest: ParsableCommand {
    func run() throws {}
}
