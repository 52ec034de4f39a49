import Foundation
import GRDB

/// Speaker names that stay the same across ingests, for links (`/speakers/杨益锐`). Row ids
/// (`SpeakerID`) are renumbered whenever the linked tables are rebuilt; names are not. A
/// person's namesakes (two people quoted under one name, told apart by affiliation) are
/// numbered by when each was first quoted: `张伟`, `张伟~2`. An organization's name is unique.
public extension KnowledgeBase {
    /// The stable key of a speaker, nil when the id names no quoted speaker.
    func speakerKey(_ id: SpeakerID) throws -> String? {
        try read { db in
            switch id {
            case .organization(let number):
                return try String.fetchOne(db, sql: "SELECT name FROM organizations WHERE id = ?", arguments: [number])
            case .person(let number):
                guard let name = try String.fetchOne(db, sql: "SELECT name FROM people WHERE id = ?", arguments: [number]) else { return nil }
                let namesakes = try Self.namesakes(db, name)
                guard let rank = namesakes.firstIndex(of: number) else { return nil }
                return rank == 0 ? name : "\(name)~\(rank + 1)"
            }
        }
    }

    /// The speaker a key names: a person (the Nth namesake for `~N`), else an organization.
    func speakerID(forKey key: String) throws -> SpeakerID? {
        var name = key
        var rank = 1
        if let tilde = key.lastIndex(of: "~"), let number = Int(key[key.index(after: tilde)...]), number > 1 {
            name = String(key[..<tilde])
            rank = number
        }
        return try read { db in
            let namesakes = try Self.namesakes(db, name)
            if rank <= namesakes.count { return .person(namesakes[rank - 1]) }
            guard rank == 1 else { return nil }
            return try Int64.fetchOne(db, sql: """
                SELECT o.id FROM organizations o WHERE o.name = ? AND EXISTS (SELECT 1 FROM quotes q WHERE q.organization_id = o.id)
                """, arguments: [name]).map { .organization($0) }
        }
    }

    /// The quoted people named `name`, first quoted first (ties: by their first affiliation).
    private static func namesakes(_ db: Database, _ name: String) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            SELECT p.id FROM people p JOIN quotes q ON q.person_id = p.id JOIN articles a ON a.id = q.article_id
            WHERE p.name = ?
            GROUP BY p.id
            ORDER BY MIN(COALESCE(a.published_day, '9999')),
                     (SELECT MIN(organization) FROM affiliations WHERE person_id = p.id), p.id
            """, arguments: [name])
    }
}
