import ArgumentParser
import NewsKB

struct Search: ParsableCommand {
    func run() throws {}
}
