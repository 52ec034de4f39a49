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

    /// CPU time the calling thread has used so far, in seconds: with more threads than
    /// cores, wall time alone cannot tell work from waiting for a core.
    public static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// This process's peak resident set size in MB (Linux `VmHWM`), nil where unknown. A
    /// parent's reading of its children is no good: Linux counts the parent's pages
    /// copied at fork into the child's peak.
    public static func peakResidentMB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes / 1024
    }
}
