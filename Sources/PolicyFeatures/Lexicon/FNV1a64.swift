/// The 64-bit FNV-1a hash: small, stable across runs and platforms, used for fingerprints and
/// content hashes (not for security).
public struct FNV1a64: Sendable {
  /// The current hash value.
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Creates a hasher in its initial state.
  public init() {}

  /// Feeds the UTF-8 bytes of `string`.
  public mutating func combine(_ string: String) {
    for byte in string.utf8 { combine(byte: byte) }
  }

  /// Feeds one byte.
  @inline(__always)
  public mutating func combine(byte: UInt8) {
    value ^= UInt64(byte)
    value = value &* 0x0000_0100_0000_01B3
  }

  /// Feeds the lowercase hexadecimal digits of `number`, without leading zeros (`"0"` for
  /// zero): the bytes of `String(number, radix: 16)`, without building the string.
  public mutating func combine(hexDigitsOf number: UInt64) {
    let digits = number == 0 ? 1 : (64 - number.leadingZeroBitCount + 3) / 4
    for i in stride(from: digits - 1, through: 0, by: -1) {
      let nibble = UInt8(truncatingIfNeeded: number >> UInt64(4 * i)) & 0xF
      combine(byte: nibble < 10 ? 0x30 + nibble : 0x57 + nibble)
    }
  }

  /// The hash as 16 lowercase hexadecimal digits.
  public var hexDigest: String {
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
