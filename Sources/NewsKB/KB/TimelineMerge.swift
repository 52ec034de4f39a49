/// Groups events from different articles that tell the same thing: the same date range
/// and precision, and a shared actor or document.
enum TimelineMerge {
    /// Indices of `events`, grouped; every index appears in exactly one group.
    static func groups(_ events: [(event: Event, article: Int64)]) -> [[Int]] {
        var parent = Array(events.indices)
        func find(_ index: Int) -> Int {
            var root = index
            while parent[root] != root { root = parent[root] }
            var node = index
            while parent[node] != root { (parent[node], node) = (root, parent[node]) }
            return root
        }
        var byDate: [String: [Int]] = [:]
        for (index, item) in events.enumerated() {
            byDate["\(item.event.start.iso)|\(item.event.end.iso)|\(item.event.precision.rawValue)", default: []].append(index)
        }
        for indices in byDate.values where indices.count > 1 {
            for (offset, a) in indices.enumerated() {
                for b in indices[(offset + 1)...] where events[a].article != events[b].article {
                    let x = events[a].event, y = events[b].event
                    let sharesActor = !Set(x.actors).isDisjoint(with: y.actors)
                    let sharesDocument = !Set(x.documents).isDisjoint(with: y.documents)
                    if sharesActor || sharesDocument { parent[find(a)] = find(b) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in events.indices { groups[find(index), default: []].append(index) }
        return groups.values.sorted { $0[0] < $1[0] }
    }
}
