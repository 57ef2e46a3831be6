import CAffinity

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How many cores this process may use: the default of every command's `--jobs`.
///
/// The CPUs the process may run on (its affinity mask, as `taskset` or a container's cpuset
/// sets it), capped by a cgroup CPU quota (v2 `cpu.max` or v1 `cpu.cfs_quota_us`) rounded up
/// (`docker --cpus 1.5` gives 2), and at least 1. `ProcessInfo.activeProcessorCount` answers
/// much the same, but its first call took 0.5 ms (Foundation's file APIs reading cgroup
/// files), and every run paid it ahead of all else: `main` needs the count before it starts
/// loading, and a `--jobs` default is evaluated each time swift-argument-parser builds a
/// command's value. Here it is one system call and a few small reads, once (`CAffinity` makes
/// the call, which glibc declares only for C code that asks for GNU extensions).
enum AvailableCores {
  /// The count, worked out once.
  static let count: Int = {
    let online = allowedCPUs() ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    let quota =
      cgroupQuota(v2: contents(of: "/sys/fs/cgroup/cpu.max"))
      ?? cgroupQuota(
        v1Quota: contents(of: "/sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
        period: contents(of: "/sys/fs/cgroup/cpu/cpu.cfs_period_us"))
    return max(1, min(online, quota ?? .max))
  }()

  /// Cores a cgroup v2 `cpu.max` line (`QUOTA PERIOD`, or `max PERIOD` for no limit) allows,
  /// rounded up; nil without a limit or when the text is not such a line.
  static func cgroupQuota(v2 line: String?) -> Int? {
    guard let fields = line?.split(whereSeparator: \.isWhitespace), fields.count == 2 else { return nil }
    return cores(quota: Int(fields[0]), period: Int(fields[1]))
  }

  /// Cores the cgroup v1 `cpu.cfs_quota_us` and `cpu.cfs_period_us` files allow, rounded up;
  /// nil without a limit (a quota of -1) or when either is missing or not a number.
  static func cgroupQuota(v1Quota quota: String?, period: String?) -> Int? {
    func number(_ s: String?) -> Int? { s.flatMap { Int($0.filter { !$0.isWhitespace }) } }
    return cores(quota: number(quota), period: number(period))
  }

  private static func cores(quota: Int?, period: Int?) -> Int? {
    guard let quota, let period, quota > 0, period > 0 else { return nil }
    return (quota + period - 1) / period
  }

  /// The number of CPUs in this process's affinity mask, nil when it cannot be read.
  private static func allowedCPUs() -> Int? {
    let count = Int(policy_topics_allowed_cpu_count())
    return count > 0 ? count : nil
  }

  /// A small file's text, nil when it cannot be read (as when there is no such cgroup file).
  private static func contents(of path: String) -> String? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 128)
    let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    return n > 0 ? String(decoding: buffer[..<n], as: UTF8.self) : nil
  }
}
