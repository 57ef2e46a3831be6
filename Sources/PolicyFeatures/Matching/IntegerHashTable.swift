/// A fixed-capacity open-addressing hash table from `UInt64` keys to `Int32` values.
///
/// Building the lexicon automaton's trie and looking up n-grams during training do one of
/// these per character, so it is a flat array with linear probing and a multiplicative hash
/// rather than a `Dictionary` (tagging's own look-ups use the packed ``PackedTable``). Keys
/// must not be `UInt64.max` (the empty marker).
public struct IntegerHashTable: Sendable, Hashable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private var shift: UInt64
  /// The number of stored keys.
  public private(set) var count: Int = 0

  static let empty = UInt64.max

  /// Creates a table that holds up to `capacity` keys at a load factor of at most 1/2.
  public init(capacity: Int) {
    var size = 16
    var bits: UInt64 = 4
    while size < capacity * 2 {
      size <<= 1
      bits += 1
    }
    keys = Array(repeating: Self.empty, count: size)
    values = Array(repeating: -1, count: size)
    mask = size - 1
    shift = 64 - bits
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The value for `key`, or -1.
  @inline(__always)
  public func value(for key: UInt64) -> Int32 {
    var i = slot(key)
    return keys.withUnsafeBufferPointer { k in
      while true {
        let found = k[i]
        if found == key { return values[i] }
        if found == Self.empty { return -1 }
        i = (i + 1) & mask
      }
    }
  }

  /// Stores `value` for `key`, replacing any earlier value; grows when half full.
  public mutating func set(_ value: Int32, for key: UInt64) {
    precondition(key != Self.empty, "reserved key")
    if (count + 1) * 2 > keys.count { grow() }
    var i = slot(key)
    while true {
      if keys[i] == key {
        values[i] = value
        return
      }
      if keys[i] == Self.empty {
        keys[i] = key
        values[i] = value
        count += 1
        return
      }
      i = (i + 1) & mask
    }
  }

  private mutating func grow() {
    var bigger = IntegerHashTable(capacity: keys.count)
    for (k, v) in zip(keys, values) where k != Self.empty { bigger.set(v, for: k) }
    self = bigger
  }

  /// All stored key–value pairs, in no particular order.
  public var pairs: [(key: UInt64, value: Int32)] {
    zip(keys, values).filter { $0.0 != Self.empty }.map { ($0.0, $0.1) }
  }
}
