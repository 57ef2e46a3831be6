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
        // memchr finds each candidate for the first byte; memcmp checks the rest.
        let last = h.count - n.count
        var start = 0
        while start <= last {
          guard let hit = memchr(base + start, Int32(n[0]), last - start + 1) else { return false }
          let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(base + offset, needleBase, n.count) == 0 { return true }
          start = offset + 1
        }
        return false
      }
    }
  }
}

extension String {
  /// Whether this string's UTF-8 bytes end with `suffix`'s (no Unicode equivalence).
  public func hasUTF8Suffix(_ suffix: String) -> Bool {
    var text = self
    var suffix = suffix
    return text.withUTF8 { t in
      suffix.withUTF8 { s in
        guard s.count <= t.count else { return false }
        guard let sb = s.baseAddress, let tb = t.baseAddress else { return true }
        return memcmp(tb + (t.count - s.count), sb, s.count) == 0
      }
    }
  }
}

extension String {
  /// Whether this string's UTF-8 bytes start with `prefix`'s (no Unicode equivalence).
  public func hasUTF8Prefix(_ prefix: String) -> Bool {
    var text = self
    var prefix = prefix
    return text.withUTF8 { t in
      prefix.withUTF8 { p in
        guard p.count <= t.count else { return false }
        guard let pb = p.baseAddress, let tb = t.baseAddress else { return true }
        return memcmp(tb, pb, p.count) == 0
      }
    }
  }
}

extension StringProtocol {
  /// Whether this text's UTF-8 bytes start with `prefix`'s (no Unicode equivalence).
  public func hasUTF8Prefix(_ prefix: String) -> Bool {
    utf8.starts(with: prefix.utf8)
  }
}

extension StringProtocol {
  /// Whether this text's UTF-8 bytes end with `suffix`'s (no Unicode equivalence).
  public func hasUTF8Suffix(_ suffix: String) -> Bool {
    let count = suffix.utf8.count
    return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
  }
}
