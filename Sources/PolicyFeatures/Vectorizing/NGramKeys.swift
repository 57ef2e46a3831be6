/// Character n-grams (1 to 3 scalars) of normalised text, packed into `UInt64` keys.
///
/// N-grams are taken inside runs of "word" scalars — CJK ideographs, ASCII letters and digits
/// (every digit counts as `0`) — and never across punctuation or spaces. A key packs up to three
/// 21-bit scalars, first scalar in the low bits, so keys of different lengths never collide.
public enum NGramKeys {
  /// Whether a normalised scalar belongs to a word run.
  @inline(__always)
  public static func isWordScalar(_ v: UInt32) -> Bool {
    (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x3134F)
      || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
  }

  @inline(__always)
  public static func fold(_ v: UInt32) -> UInt64 {
    if v >= 0x30 && v <= 0x39 { return 0x30 }
    if v >= 0x41 && v <= 0x5A { return UInt64(v + 0x20) }
    return UInt64(v)
  }

  /// Calls `body` with every n-gram key of length `1...maxLength` in `scalars[range]`.
  ///
  /// - Complexity: O(n · maxLength).
  @inline(__always)
  public static func forEach(
    in scalars: UnsafeBufferPointer<UInt32>, range: Range<Int>, maxLength: Int = 3,
    _ body: (UInt64) -> Void
  ) {
    var p1: UInt64 = 0  // previous scalar, 0 when at a run start
    var p2: UInt64 = 0  // the one before
    for i in range {
      let v = scalars[i]
      guard isWordScalar(v) else {
        p1 = 0
        p2 = 0
        continue
      }
      let c = fold(v)
      body(c)
      if maxLength >= 2, p1 != 0 {
        body(p1 | c << 21)
        if maxLength >= 3, p2 != 0 { body(p2 | p1 << 21 | c << 42) }
      }
      p2 = p1
      p1 = c
    }
  }

  /// The text of an n-gram key.
  public static func string(_ key: UInt64) -> String {
    string(packed: key, bitsPerScalar: 21)
  }

  /// The text of scalars packed into a key `bitsPerScalar` bits each, the first in the low
  /// bits, up to the first zero.
  public static func string(packed key: UInt64, bitsPerScalar: Int) -> String {
    let mask: UInt64 = (1 << UInt64(bitsPerScalar)) - 1
    var s = String.UnicodeScalarView()
    var k = key
    while k != 0 {
      if let u = Unicode.Scalar(UInt32(k & mask)) { s.append(u) }
      k >>= UInt64(bitsPerScalar)
    }
    return String(s)
  }

  /// The key of an n-gram given as text (1–3 word scalars), or `nil`.
  public static func key(_ text: String) -> UInt64? {
    let scalars = text.unicodeScalars.map(\.value)
    guard (1...3).contains(scalars.count), scalars.allSatisfy(isWordScalar) else { return nil }
    var key: UInt64 = 0
    for (i, v) in scalars.enumerated() { key |= fold(v) << (21 * UInt64(i)) }
    return key
  }
}
