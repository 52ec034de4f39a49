import Foundation

extension Paths {
    /// The newskb executable SwiftPM builds next to the test bundle (same build folder and
    /// configuration), else the default debug build.
    static var builtBinary: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("newskb")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/newskb")
    }
}
