import ArgumentParser
import NewsKB

struct Stats: ParsableCommand {
    func run() throws {}
}
