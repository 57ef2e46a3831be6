import Foundation

extension String {
  /// Whether `needle`'s UTF-8 bytes occur in this string's: a literal search, no Unicode
  /// equivalence (for normalised text, or markers written in the source). An empty needle
  /// occurs everywhere.
  public func containsUTF8(_ needle: String) -> Bool {
    var haystack = self
    var needle = needle
    return haystack.withUTF8 { h in
      needle.withUTF8 { n in
        guard !n.isEmpty, let needleBase = n.baseAddress else { return true }
        guard n.count <= h.count, let base = h.baseAddress else { return false }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
          if memcmp(base + start, needleBase, n.count) == 0 { return true }
        }
        return false
      }
    }
  }
}

extension StringProtocol {
  /// Whether this text's UTF-8 bytes end with `suffix`'s (no Unicode equivalence).
  public func hasUTF8Suffix(_ suffix: String) -> Bool {
    utf8.reversed().starts(with: suffix.utf8.reversed())
  }
}
