/// A fixed set of character n-grams, each with a column index.
public struct NGramVocabulary: Hashable, Sendable {
  /// The n-gram keys (see ``NGramKeys``) in column order.
  public let keys: [UInt64]
  private let table: IntegerHashTable

  /// Creates a vocabulary; `keys` must be distinct.
  public init(keys: [UInt64]) {
    var table = IntegerHashTable(capacity: max(keys.count, 1))
    for (i, k) in keys.enumerated() { table.set(Int32(i), for: k) }
    precondition(table.count == keys.count, "duplicate n-gram keys")
    self.keys = keys
    self.table = table
  }

  /// The empty vocabulary (lexicon terms only).
  public static let empty = NGramVocabulary(keys: [])

  /// The number of n-grams.
  public var count: Int { keys.count }

  /// The column of `key`, or -1.
  @inline(__always)
  public func index(of key: UInt64) -> Int32 { table.value(for: key) }

  /// The n-gram texts, in column order.
  public var strings: [String] { keys.map(NGramKeys.string) }
}
