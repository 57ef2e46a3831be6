/// A fixed set of character n-grams, each with a column index.
///
/// Tagging counts n-grams through the feature space's counter (``FeatureSpace``), which
/// re-keys this vocabulary on compact character ids; the look-ups here serve training and the
/// reference counting of ``forEachColumn(in:range:maxLength:_:)``.
public struct NGramVocabulary: Hashable, Sendable {
  /// The n-gram keys (see ``NGramKeys``) in column order.
  public let keys: [UInt64]
  /// Column of every key.
  private let table: IntegerHashTable

  /// Creates a vocabulary; `keys` must be distinct.
  public init(keys: [UInt64]) {
    guard let vocabulary = Self(uniqueKeys: keys) else { preconditionFailure("duplicate n-gram keys") }
    self = vocabulary
  }

  /// Creates a vocabulary, or nil when a key repeats or is not an n-gram key (read from a
  /// file, keys are checked rather than trusted).
  public init?(uniqueKeys keys: [UInt64]) {
    var table = IntegerHashTable(capacity: max(keys.count, 1))
    for (i, k) in keys.enumerated() {
      guard k != 0, k != UInt64.max, table.value(for: k) < 0 else { return nil }
      table.set(Int32(i), for: k)
    }
    self.keys = keys
    self.table = table
  }

  /// The empty vocabulary (lexicon terms only).
  public static let empty = NGramVocabulary(keys: [])

  /// The number of n-grams.
  public var count: Int { keys.count }

  /// The most distinct characters a vocabulary may use (tagging gives each a 16-bit id).
  public static let maxCharacters = 65_535

  /// The number of distinct characters in the n-grams.
  public var characterCount: Int {
    // A bit per 21-bit key part: thousands of keys, so cheaper than hashing each.
    var seen = [UInt64](repeating: 0, count: (1 << 21) / 64)
    var count = 0
    for key in keys {
      var k = key
      while k != 0 {
        let v = Int(k & 0x1F_FFFF)
        let bit: UInt64 = 1 << UInt64(v & 63)
        if seen[v >> 6] & bit == 0 {
          seen[v >> 6] |= bit
          count += 1
        }
        k >>= 21
      }
    }
    return count
  }

  /// The column of `key`, or -1.
  public func index(of key: UInt64) -> Int32 {
    table.value(for: key)
  }

  /// Calls `body(column)` for every vocabulary n-gram (length ≤ `maxLength`) in
  /// `scalars[range]`, with the same n-gram definition as ``NGramKeys/forEach(in:range:maxLength:_:)``.
  public func forEachColumn(
    in scalars: UnsafeBufferPointer<UInt32>, range: Range<Int>, maxLength: Int, _ body: (Int32) -> Void
  ) {
    guard !keys.isEmpty else { return }
    NGramKeys.forEach(in: scalars, range: range, maxLength: maxLength) { key in
      let column = table.value(for: key)
      if column >= 0 { body(column) }
    }
  }

  /// The n-gram texts, in column order.
  public var strings: [String] { keys.map(NGramKeys.string) }
}
