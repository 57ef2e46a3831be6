/// A fixed open-addressing hash table whose entries are single words: the key in the low
/// `keyBits` bits and `value + 1` above them (0 marks an empty slot), at a load of at most 1/4.
///
/// The hot loops (automaton steps, n-gram look-ups) probe one of these per character; reading
/// key and value from one word costs one cache line per probe where parallel key and value
/// arrays cost two. Keys must be non-zero and below `2^keyBits`; values from 0 to
/// `2^(64 - keyBits) - 2`.
struct PackedTable: Sendable {
  private let slots: [UInt64]
  private let shift: UInt64
  private let keyBits: UInt64

  /// Builds the table; later pairs with an equal key replace earlier ones.
  init(_ pairs: [(key: UInt64, value: Int32)], keyBits: Int) {
    precondition(keyBits > 0 && keyBits < 64, "keyBits must leave room for values")
    let mask: UInt64 = (1 << UInt64(keyBits)) - 1
    var bits: UInt64 = 4
    while 1 << bits < pairs.count * 4 { bits += 1 }
    var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
    for (key, value) in pairs {
      precondition(key != 0 && key <= mask, "key out of range")
      precondition(value >= 0 && UInt64(value) + 1 <= UInt64.max >> UInt64(keyBits), "value out of range")
      var i = Self.slot(of: key, shift: 64 - bits)
      while slots[i] != 0 && slots[i] & mask != key { i = (i + 1) & (slots.count - 1) }
      slots[i] = key | (UInt64(value) + 1) << UInt64(keyBits)
    }
    self.slots = slots
    self.shift = 64 - bits
    self.keyBits = UInt64(keyBits)
  }

  /// The first slot probed for `key` (multiplicative hashing; the top bits of the product).
  @inline(__always)
  static func slot(of key: UInt64, shift: UInt64) -> Int {
    // `&>>`: the shift is below 64 by construction, so no check for a larger one.
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
  }

  /// The table's slots borrowed for a loop of look-ups.
  struct View {
    fileprivate let slots: UnsafeBufferPointer<UInt64>
    fileprivate let shift: UInt64
    fileprivate let keyBits: UInt64

    /// The value for `key`, or -1.
    @inline(__always)
    func value(for key: UInt64) -> Int32 {
      // Wrapping and masking arithmetic: every value is in range by construction, and the
      // checks the plain operators add sat in the middle of the hottest loops.
      let keyMask: UInt64 = (1 &<< keyBits) &- 1
      var i = PackedTable.slot(of: key, shift: shift)
      while true {
        let slot = slots[i]
        if slot & keyMask == key { return Int32(truncatingIfNeeded: slot &>> keyBits) &- 1 }
        if slot == 0 { return -1 }
        i = (i &+ 1) & (slots.count &- 1)
      }
    }
  }

  /// Runs `body` with a view for look-ups.
  @inline(__always)
  func withView<R>(_ body: (View) -> R) -> R {
    slots.withUnsafeBufferPointer { body(View(slots: $0, shift: shift, keyBits: keyBits)) }
  }

  /// The value for `key`, or -1 (outside hot loops).
  func value(for key: UInt64) -> Int32 {
    withView { $0.value(for: key) }
  }
}
