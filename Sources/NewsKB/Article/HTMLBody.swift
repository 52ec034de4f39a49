import CLibXML2
import Foundation

/// Reduces an HTML body to text blocks with libxml2's HTML parser.
/// The only file in newskb that touches libxml2: the C tree is walked, copied into
/// `Block` values and freed before `blocks(from:)` returns.
public enum HTMLBody {
    public enum Failure: Error, CustomStringConvertible {
        case parserFailed
        public var description: String { "libxml2 could not parse the HTML body" }
    }

    /// Parses UTF-8 HTML (a fragment or a whole page) into blocks.
    public static func blocks(from html: String) throws -> [Block] {
        newskb_silence_libxml_errors()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue
            | XML_PARSE_HUGE.rawValue)
        var utf8 = Array(html.utf8)
        if utf8.isEmpty { return [] }
        // XML_PARSE_HUGE: without it libxml2 stops at 256 levels of nesting (or a 10 MB text
        // node) and silently drops the rest of the body. Its parser and our walker are both
        // iterative, so a million levels parse fine.
        let document = utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { throw Failure.parserFailed }
        defer { xmlFreeDoc(document) }
        var collector = BlockCollector()
        if let root = xmlDocGetRootElement(document) {
            collector.walk(root)
        }
        collector.flush()
        return collector.blocks
    }
}

/// Walks the libxml2 tree iteratively (no recursion, so deep nesting cannot overflow the stack).
private struct BlockCollector {
    var blocks: [Block] = []
    private var text: [UInt8] = []
    private var pendingKind: Block.Kind = .paragraph
    private var boldBytes = 0
    private var visibleBytes = 0

    private static let dropped: Set<String> = ["script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg"]
    private static let boldTags: Set<String> = ["strong", "b"]
    private static let blockKinds: [String: Block.Kind] = [
        "p": .paragraph, "div": .paragraph, "section": .paragraph, "article": .paragraph,
        "pre": .paragraph, "figcaption": .paragraph, "center": .paragraph, "dd": .paragraph,
        "dt": .paragraph, "table": .paragraph, "tr": .paragraph, "ul": .paragraph, "ol": .paragraph,
        "header": .paragraph, "footer": .paragraph, "main": .paragraph, "aside": .paragraph,
        "h1": .heading, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading,
        "li": .listItem, "td": .tableCell, "th": .tableCell, "blockquote": .blockquote,
    ]

    mutating func walk(_ root: xmlNodePtr) {
        // Each stack entry is a node and whether we are leaving it (post-order) plus its bold depth.
        var stack: [(node: xmlNodePtr, leaving: Bool, bold: Bool)] = [(root, false, false)]
        while let (node, leaving, bold) = stack.popLast() {
            let name = node.pointee.name.map { String(cString: $0) } ?? ""
            if leaving {
                if let kind = Self.blockKinds[name] { flush(as: kind) }
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { append(content, bold: bold) }
                continue
            case XML_ELEMENT_NODE:
                break
            default:
                continue // comments, processing instructions, DTD nodes
            }
            let lowered = name.lowercased()
            if Self.dropped.contains(lowered) { continue }
            if lowered == "br" || lowered == "hr" {
                flush(as: pendingKind)
                continue
            }
            if let kind = Self.blockKinds[lowered] {
                flush(as: pendingKind)
                pendingKind = kind
                stack.append((node, true, bold))
            }
            let childBold = bold || Self.boldTags.contains(lowered)
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                children.append(current)
                child = current.pointee.next
            }
            for current in children.reversed() { stack.append((current, false, childBold)) }
        }
    }

    private mutating func append(_ content: UnsafePointer<xmlChar>, bold: Bool) {
        var pointer = content
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            text.append(byte)
            if byte > 0x20 {
                visibleBytes += 1
                if bold { boldBytes += 1 }
            }
            pointer += 1
        }
    }

    mutating func flush(as kind: Block.Kind? = nil) {
        defer {
            text.removeAll(keepingCapacity: true)
            boldBytes = 0
            visibleBytes = 0
            pendingKind = .paragraph
        }
        let normalized = TextCleaning.normalizeWhitespace(String(decoding: text, as: UTF8.self))
        guard !normalized.isEmpty else { return }
        var blockKind = kind ?? pendingKind
        // A paragraph made only of bold text is a subheading in Chinese news pages.
        if blockKind == .paragraph, boldBytes == visibleBytes, TextCleaning.looksLikeHeading(normalized) {
            blockKind = .heading
        }
        blocks.append(Block(blockKind, normalized))
    }
}
