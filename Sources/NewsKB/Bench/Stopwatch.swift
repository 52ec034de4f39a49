import Foundation

/// Wall-clock timing and resident-memory readings for the benchmark.
public enum Stopwatch {
    public static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Median of `runs` timings of `body`, in seconds (after one warm-up run).
    public static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var timings: [Double] = []
        for _ in 0..<runs { timings.append(try seconds(body)) }
        timings.sort()
        return timings[timings.count / 2]
    }

    /// Peak resident set size of the largest finished child process, in MB.
    public static func childrenPeakMB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
