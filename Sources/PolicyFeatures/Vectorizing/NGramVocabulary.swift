/// A fixed set of character n-grams, each with a column index, laid out for fast counting.
///
/// Counting looks up every n-gram ending at every character, so the layout avoids work:
/// - unigrams of the Basic Multilingual Plane are found by direct indexing (no hashing);
/// - bigrams are one hash probe; the entry also says whether the bigram starts a vocabulary
///   trigram, so a trigram is looked up only when it can exist.
public struct NGramVocabulary: Hashable, Sendable {
  /// The n-gram keys (see ``NGramKeys``) in column order.
  public let keys: [UInt64]
  /// Column of each BMP unigram, or -1.
  private let unigrams: [Int32]
  /// Unigram, bigram and trigram entries: `(column + 1) << 1 | startsTrigram`.
  private let table: IntegerHashTable
  /// A 65,536-bit filter of the longer keys in `table` (8 KB, stays in L1): most bigrams of a
  /// text are not in the vocabulary, and the filter answers that without a hash-table probe.
  private let filter: [UInt64]

  @inline(__always)
  static func filterBit(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> 48)
  }

  /// Creates a vocabulary; `keys` must be distinct.
  public init(keys: [UInt64]) {
    var table = IntegerHashTable(capacity: max(keys.count * 2, 1))
    var unigrams = [Int32](repeating: -1, count: keys.isEmpty ? 0 : 0x10000)
    for (i, k) in keys.enumerated() {
      precondition(table.value(for: k) < 0 || table.value(for: k) & ~1 == 0, "duplicate n-gram keys")
      let flag = max(table.value(for: k), 0) & 1
      table.set(Int32(i + 1) << 1 | flag, for: k)
      if k < 0x10000 { unigrams[Int(k)] = Int32(i) }
    }
    for k in keys where k >> 42 != 0 {
      let prefix = k & 0x3FF_FFFF_FFFF
      let old = table.value(for: prefix)
      table.set((old < 0 ? 0 : old) | 1, for: prefix)
    }
    var filter = [UInt64](repeating: 0, count: 1024)
    for (key, _) in table.pairs where key >> 21 != 0 {
      let bit = Self.filterBit(key)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    self.keys = keys
    self.unigrams = unigrams
    self.table = table
    self.filter = filter
  }

  @inline(__always)
  private func mayContain(_ key: UInt64, _ filter: UnsafeBufferPointer<UInt64>) -> Bool {
    let bit = Self.filterBit(key)
    return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The empty vocabulary (lexicon terms only).
  public static let empty = NGramVocabulary(keys: [])

  /// The number of n-grams.
  public var count: Int { keys.count }

  /// The column of `key`, or -1.
  public func index(of key: UInt64) -> Int32 {
    let v = table.value(for: key)
    return v < 0 ? -1 : (v >> 1) - 1
  }

  /// Calls `body(column)` for every vocabulary n-gram (length ≤ `maxLength`) in
  /// `scalars[range]`, with the same n-gram definition as ``NGramKeys/forEach(in:range:maxLength:_:)``.
  @inline(__always)
  public func forEachColumn(
    in scalars: UnsafeBufferPointer<UInt32>, range: Range<Int>, maxLength: Int, _ body: (Int32) -> Void
  ) {
    guard !keys.isEmpty else { return }
    var p1: UInt64 = 0
    var p2: UInt64 = 0
    var previousStartsTrigram = false
    unigrams.withUnsafeBufferPointer { uni in
      filter.withUnsafeBufferPointer { bits in
        for i in range {
          let v = scalars[i]
          guard NGramKeys.isWordScalar(v) else {
            p1 = 0
            p2 = 0
            previousStartsTrigram = false
            continue
          }
          let c = NGramKeys.fold(v)
          if c < 0x10000 {
            let u = uni[Int(c)]
            if u >= 0 { body(u) }
          } else {
            let u = index(of: c)
            if u >= 0 { body(u) }
          }
          var startsTrigram = false
          if maxLength >= 2, p1 != 0 {
            if maxLength >= 3, p2 != 0, previousStartsTrigram {
              let key = p2 | p1 << 21 | c << 42
              if mayContain(key, bits) {
                let t = table.value(for: key)
                if t > 1 { body((t >> 1) - 1) }
              }
            }
            let key = p1 | c << 21
            if mayContain(key, bits) {
              let b = table.value(for: key)
              if b >= 0 {
                if b > 1 { body((b >> 1) - 1) }
                startsTrigram = b & 1 == 1
              }
            }
          }
          previousStartsTrigram = startsTrigram
          p2 = p1
          p1 = c
        }
      }
    }
  }

  /// The n-gram texts, in column order.
  public var strings: [String] { keys.map(NGramKeys.string) }
}
