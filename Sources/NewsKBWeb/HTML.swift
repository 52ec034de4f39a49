import Foundation

/// Markup built by interpolation: interpolated `String`s are escaped (text and double-quoted
/// attribute values alike), interpolated `HTML` is inserted as it is. Literals are the
/// page's own markup. So article text can only ever become text.
struct HTML: ExpressibleByStringInterpolation, Sendable {
    private(set) var raw: String

    init(raw: String) { self.raw = raw }
    init(stringLiteral value: String) { raw = value }
    init(stringInterpolation: StringInterpolation) { raw = stringInterpolation.raw }

    struct StringInterpolation: StringInterpolationProtocol {
        var raw = ""
        init(literalCapacity: Int, interpolationCount: Int) { raw.reserveCapacity(literalCapacity * 2) }
        mutating func appendLiteral(_ literal: String) { raw += literal }
        mutating func appendInterpolation(_ text: String) { raw += HTML.escape(text) }
        mutating func appendInterpolation(_ number: Int) { raw += String(number) }
        mutating func appendInterpolation(_ html: HTML) { raw += html.raw }
        mutating func appendInterpolation(_ list: [HTML]) { for item in list { raw += item.raw } }
        mutating func appendInterpolation(_ link: Href) { raw += HTML.escape(link.value) }
    }

    /// `&`, `<`, `>`, `"` and `'` as entities: safe in text and in quoted attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and line breaks cannot appear in HTML text.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" || (0x7F...0x9F).contains(scalar.value) {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    static func join(_ parts: [HTML], separator: String = "") -> HTML {
        HTML(raw: parts.map(\.raw).joined(separator: escape(separator)))
    }
}

/// A link target. Inside the site: a path of percent-encoded segments and a query of
/// percent-encoded values. Outside it: only http and https URLs, never `javascript:`.
struct Href: Sendable {
    let value: String

    init(_ path: String, query: [(String, String?)] = []) {
        let pairs = query.compactMap { name, value in value.map { Self.component(name) + "=" + Self.component($0) } }
        value = path + (pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&"))
    }

    private init(raw: String) { value = raw }

    static func article(_ id: Int64) -> Href { Href("/articles/\(id)") }

    /// One block of an article's page (its anchor `b<index>`).
    static func article(_ id: Int64, block: Int) -> Href { Href(raw: "/articles/\(id)#b\(block)") }

    /// An article's own URL from its front matter, when it is a web address.
    static func external(_ text: String) -> Href? {
        guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host != nil else { return nil }
        return Href(raw: url.absoluteString)
    }

    /// Everything but unreserved characters percent-encoded (RFC 3986).
    static func component(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
