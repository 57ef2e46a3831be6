/// Unicode block sparklines (`▁▂▃▄▅▆▇█`) for plain-text reports.
///
/// The scale runs from 0 to the largest value, not from the smallest: a flat series near 40%
/// draws as a high flat line, and an all-zero series as `▁▁▁`. Level `i` of 8 is
/// `round(v / max × 7)`.
///
/// ```swift
/// Sparkline.render([0, 0.1, 0.2, 0.4])  // "▁▃▅█"
/// ```
public enum Sparkline {
  /// The eight block characters, lowest first.
  public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// A sparkline of `values`, averaged down to at most `maxWidth` characters.
  ///
  /// - Parameters:
  ///   - values: Non-negative values (shares); negative and non-finite ones draw as `▁`.
  ///   - maxWidth: The most characters; must be positive.
  /// - Returns: One character per value or per bucket; empty for no values.
  public static func render(_ values: [Double], maxWidth: Int = 60) -> String {
    let points = downsample(values, to: maxWidth)
    let top = points.filter(\.isFinite).max() ?? 0
    return String(
      points.map { v -> Character in
        guard top > 0, v.isFinite, v > 0 else { return blocks[0] }
        let level = Int((v / top * 7).rounded())
        return blocks[min(7, max(0, level))]
      })
  }

  /// `values` averaged into at most `maxCount` consecutive buckets of near-equal size.
  ///
  /// Bucket `i` of `m` covers indices `i·n/m ..< (i+1)·n/m` (integer division), so bucket
  /// sizes differ by at most one and every value lands in exactly one bucket. Returns
  /// `values` unchanged when it is short enough.
  ///
  /// - Precondition: `maxCount > 0`.
  /// - Complexity: O(n).
  public static func downsample(_ values: [Double], to maxCount: Int) -> [Double] {
    precondition(maxCount > 0, "maxCount must be positive")
    let n = values.count
    guard n > maxCount else { return values }
    return (0..<maxCount).map { i in
      let lower = i * n / maxCount
      let upper = (i + 1) * n / maxCount
      return values[lower..<upper].reduce(0, +) / Double(upper - lower)
    }
  }
}
