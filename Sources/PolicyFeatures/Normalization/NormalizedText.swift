import Foundation

/// Text after normalisation, as Unicode scalar values, with a map back to the original.
///
/// Matching and features work on `scalars`. `originalOffsets[i]` is the offset, in Unicode
/// scalars of the original string, of the scalar that produced `scalars[i]`, so a match at
/// `i..<j` covers `originalOffsets[i]..<originalEnd(j)` in what the user gave us.
public struct NormalizedText: Sendable {
  /// Normalised Unicode scalar values.
  public var scalars: [UInt32]
  /// For each normalised scalar, the offset of its source scalar in the original text
  /// (empty when the normaliser was asked not to keep offsets).
  public var originalOffsets: [Int32]
  /// The number of Unicode scalars in the original text.
  public var originalLength: Int

  /// The original offset that corresponds to the normalised offset `i` (`i` may equal
  /// `scalars.count`, giving the end of the original text).
  public func originalOffset(_ i: Int) -> Int {
    i < originalOffsets.count ? Int(originalOffsets[i]) : originalLength
  }

  /// The normalised text as a `String`.
  public var string: String { Self.string(scalars[...]) }

  /// The normalised text between two normalised offsets.
  public func string(_ range: Range<Int>) -> String { Self.string(scalars[range]) }

  /// A string from scalar values (invalid values are skipped), encoded straight to UTF-8.
  static func string(_ scalars: ArraySlice<UInt32>) -> String {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(scalars.count * 3)
    for v in scalars { encodeUTF8(v) { utf8.append($0) } }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// Calls `emit` with the UTF-8 bytes of scalar value `v`; nothing for a surrogate or a value
  /// above U+10FFFF.
  @inline(__always)
  static func encodeUTF8(_ v: UInt32, _ emit: (UInt8) -> Void) {
    switch v {
    case 0..<0x80:
      emit(UInt8(v))
    case 0x80..<0x800:
      emit(UInt8(0xC0 | v >> 6))
      emit(UInt8(0x80 | v & 0x3F))
    case 0xD800..<0xE000:
      return
    case 0x800..<0x10000:
      emit(UInt8(0xE0 | v >> 12))
      emit(UInt8(0x80 | (v >> 6) & 0x3F))
      emit(UInt8(0x80 | v & 0x3F))
    case 0x10000..<0x110000:
      emit(UInt8(0xF0 | v >> 18))
      emit(UInt8(0x80 | (v >> 12) & 0x3F))
      emit(UInt8(0x80 | (v >> 6) & 0x3F))
      emit(UInt8(0x80 | v & 0x3F))
    default:
      return
    }
  }
}
