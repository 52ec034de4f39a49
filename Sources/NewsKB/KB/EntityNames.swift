import Foundation

/// The names one organization goes by (`organization-aliases.txt`): 工信部 is 工业和信息化部,
/// FTC is 美国联邦贸易委员会. Linking uses `identity` to make one organization of them;
/// queries use `variants` so that any name finds every row.
public enum OrganizationAliases {
    struct Line {
        var shown: String
        /// Every name of the line, the shown one first.
        var names: [String]
        /// Public bodies name their units after themselves (工信部信息通信管理局).
        var coversUnits: Bool
    }

    static let lines: [Line] = Lexicon.bundled("organization-aliases").entries.sorted { $0.line < $1.line }.map { entry in
        let kind = entry.fields.first ?? ""
        return Line(shown: entry.key, names: [entry.key] + entry.fields.dropFirst(), coversUnits: kind == "gov" || kind == "court")
    }

    /// Line index by each of its names.
    static let lineByName: [String: Int] = {
        var index: [String: Int] = [:]
        for (number, line) in lines.enumerated() {
            for name in line.names { index[name] = number }
        }
        return index
    }()

    /// Names of the lines that cover their units, longest first (the longest prefix wins), with
    /// their first Character: comparing it first spares most `hasPrefix` calls.
    private static let unitPrefixes: [(name: String, length: Int, first: Character?, line: Int)] = lines.enumerated()
        .filter { $0.element.coversUnits }
        .flatMap { number, line in line.names.map { ($0, $0.count, $0.first, number) } }
        .sorted { $0.length > $1.length }

    /// The line a name belongs to, and the unit written after the line's name ("" for the body itself).
    private static func match(_ name: String) -> (line: Int, unit: Substring)? {
        if let line = lineByName[name] { return (line, "") }
        let length = name.count, first = name.first
        for prefix in unitPrefixes where length > prefix.length && prefix.first == first && name.hasPrefix(prefix.name) {
            return (prefix.line, name.dropFirst(prefix.length))
        }
        return nil
    }

    /// The organization `name` stands for, by the name it is shown with: 工信部 → 工业和信息化部,
    /// 工信部信息通信管理局 → 工业和信息化部信息通信管理局; any other name is itself.
    public static func identity(_ name: String) -> String {
        guard let (line, unit) = match(name) else { return name }
        return lines[line].shown + unit
    }

    /// Every way `name` may be written, itself first: 工信部 → [工信部, 工业和信息化部].
    public static func variants(_ name: String) -> [String] {
        guard let (line, unit) = match(name) else { return [name] }
        var result = [name]
        for other in lines[line].names where other + unit != name { result.append(other + unit) }
        return result
    }
}

/// One person written several ways: Lina Khan and Lina M. Khan, 蒂姆·库克 and 蒂姆•库克.
public enum PersonNames {
    /// Dots that join the parts of a transliterated or Latin name, in their several encodings.
    private static let separators: Set<Character> = ["·", "•", "‧", "・", "･", "∙", "⋅", "."]

    /// The key people are linked by: parts split at spaces and name dots, lowercased, single
    /// Latin letters (middle initials) dropped when two other parts remain. A name in Chinese
    /// characters alone is its own key.
    public static func key(_ name: String) -> String {
        guard hasParts(name) else { return name }
        let parts = name.lowercased().split { $0.isWhitespace || separators.contains($0) }.map(String.init)
        let initials = parts.filter { $0.count == 1 && $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) } }
        let kept = parts.count - initials.count >= 2 ? parts.filter { !initials.contains($0) } : parts
        return kept.joined(separator: " ")
    }

    /// Whether the name has anything but Chinese characters: only such names have variants.
    public static func hasParts(_ name: String) -> Bool {
        name.unicodeScalars.contains { !SearchText.isCJK($0) }
    }
}
