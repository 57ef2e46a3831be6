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
    hasUTF8Bytes(of: suffix, atEnd: true)
  }

  /// Whether this string's UTF-8 bytes start with `prefix`'s (no Unicode equivalence).
  public func hasUTF8Prefix(_ prefix: String) -> Bool {
    hasUTF8Bytes(of: prefix, atEnd: false)
  }

  /// Whether `part`'s bytes open (or, `atEnd`, close) this string's: one `memcmp`.
  private func hasUTF8Bytes(of part: String, atEnd: Bool) -> Bool {
    var text = self
    var part = part
    return text.withUTF8 { t in
      part.withUTF8 { p in
        guard p.count <= t.count else { return false }
        guard let pb = p.baseAddress, let tb = t.baseAddress else { return true }
        return memcmp(tb + (atEnd ? t.count - p.count : 0), pb, p.count) == 0
      }
    }
  }
}

extension StringProtocol {
  /// Whether this text's UTF-8 bytes start with `prefix`'s (no Unicode equivalence).
  public func hasUTF8Prefix(_ prefix: String) -> Bool {
    utf8.starts(with: prefix.utf8)
  }

  /// Whether this text's UTF-8 bytes end with `suffix`'s (no Unicode equivalence).
  public func hasUTF8Suffix(_ suffix: String) -> Bool {
    let count = suffix.utf8.count
    return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
  }
}
