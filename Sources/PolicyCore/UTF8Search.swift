import Foundation

extension String {
  /// Whether `needle`'s UTF-8 bytes occur in this string's: a literal search, no Unicode
  /// equivalence (for normalised text, or markers written in the source). An empty needle
  /// occurs everywhere.
  public func containsUTF8(_ needle: String) -> Bool {
    withUTF8Buffers(needle) { h, n in
      guard !n.isEmpty else { return true }
      guard n.count <= h.count, let base = h.baseAddress, let needleBase = n.baseAddress else { return false }
      // memchr finds each candidate for the needle's last byte (in Chinese text a continuation
      // byte, far rarer than the few lead bytes every ideograph shares); the first byte, then
      // memcmp, check the rest.
      let key = n.count - 1
      let keyByte = Int32(n[key])
      let last = h.count - n.count
      var start = 0
      while start <= last {
        guard let hit = memchr(base + start + key, keyByte, last - start + 1) else { return false }
        let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - key
        if base[offset] == n[0], memcmp(base + offset, needleBase, n.count) == 0 { return true }
        start = offset + 1
      }
      return false
    }
  }

  /// Runs `body` over this string's UTF-8 bytes and `other`'s, without copying either when
  /// it is stored contiguously (as native strings are): no retain of a copy per call.
  @inline(__always)
  fileprivate func withUTF8Buffers<R>(
    _ other: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    if let result = utf8.withContiguousStorageIfAvailable({ a in
      other.utf8.withContiguousStorageIfAvailable { b in body(a, b) }
    }), let result {
      return result
    }
    var a = self
    var b = other
    return a.withUTF8 { a in b.withUTF8 { b in body(a, b) } }
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

  /// Whether `part`'s bytes open (or, `atEnd`, close) this string's: the first byte compared
  /// inline (most candidates fail there), then one `memcmp`.
  private func hasUTF8Bytes(of part: String, atEnd: Bool) -> Bool {
    withUTF8Buffers(part) { t, p in
      guard p.count <= t.count else { return false }
      guard !p.isEmpty, let pb = p.baseAddress, let tb = t.baseAddress else { return true }
      let start = tb + (atEnd ? t.count - p.count : 0)
      return start[0] == pb[0] && memcmp(start, pb, p.count) == 0
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
