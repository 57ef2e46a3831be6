import Foundation

/// Normalises Chinese news text for matching and features.
///
/// The rules, applied scalar by scalar:
/// - full-width ASCII (`Ａ`, `１`, `，`) becomes half-width, U+3000 becomes a space (as NFKC);
/// - quote and bracket variants unify: `“”「」『』` → `"`, `‘’` → `'`, `【】〔〕` → `[]`;
/// - BOM and zero-width characters (U+FEFF, U+200B–U+200D, U+2060, U+00AD) are dropped;
/// - CRLF and lone CR become LF;
/// - any other scalar outside ASCII, CJK ideographs and CJK punctuation goes through Foundation's
///   NFKC (`precomposedStringWithCompatibilityMapping`), one scalar at a time.
///
/// Departure from textbook NFKC: composition is per scalar, so a base letter followed by a
/// combining mark is not recomposed. Chinese news text practically never contains such pairs,
/// and the scalar-at-a-time rule keeps normalisation linear, allocation-free on the common path
/// and able to report every output scalar's original offset.
public struct TextNormalizer: Sendable {
  /// Creates a normaliser.
  public init() {}

  /// Normalises `text`, keeping original offsets when `keepOffsets` is true.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public func normalize(_ text: String, keepOffsets: Bool = false) -> NormalizedText {
    var text = text
    return text.withUTF8 { normalize(utf8: $0, keepOffsets: keepOffsets) }
  }

  /// Feeds the UTF-8 of `text`'s normal form to `hasher`, byte for byte what
  /// `hasher.combine(normalizedString(text))` feeds, without building the normalised string
  /// (de-duplication keys hash every article's title and text this way).
  public func combineNormalizedUTF8(of text: String, into hasher: inout FNV1a64) {
    var text = text
    text.withUTF8 { bytes in
      var previousWasCR = false
      var i = 0
      while i < bytes.count {
        let v = Self.decodeOrReplace(bytes, &i)
        Self.normalize(scalar: v, previousWasCR: &previousWasCR) { m in
          NormalizedText.encodeUTF8(m) { hasher.combine(byte: $0) }
        }
      }
    }
  }

  /// Normalises UTF-8 bytes (see ``normalize(_:keepOffsets:)``); a byte that does not start a
  /// valid sequence becomes U+FFFD.
  public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, keepOffsets: Bool = false) -> NormalizedText {
    if !keepOffsets, let fast = normalizeWithoutOffsets(bytes) { return fast }
    var out: [UInt32] = []
    out.reserveCapacity(bytes.count / 2 + 8)
    var offsets: [Int32] = []
    if keepOffsets { offsets.reserveCapacity(bytes.count / 2 + 8) }
    var index: Int32 = 0
    var previousWasCR = false
    var i = 0
    while i < bytes.count {
      let v = Self.decodeOrReplace(bytes, &i)
      Self.normalize(scalar: v, previousWasCR: &previousWasCR) { m in
        out.append(m)
        if keepOffsets { offsets.append(index) }
      }
      index += 1
    }
    return NormalizedText(scalars: out, originalOffsets: offsets, originalLength: Int(index))
  }

  /// The hot path: one pass writing straight into the result's storage. Returns nil when
  /// scalars expanding to several (rare compatibility characters) overflow it, so the general
  /// path runs.
  private func normalizeWithoutOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText? {
    var overflow = false
    var count: Int32 = 0
    let out = [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, written in
      var w = 0
      var i = 0
      var previousWasCR = false
      while i < bytes.count {
        let v = Self.decodeOrReplace(bytes, &i)
        count += 1
        Self.normalize(scalar: v, previousWasCR: &previousWasCR) { m in
          if w < buffer.count {
            buffer[w] = m
            w += 1
          } else {
            overflow = true
          }
        }
      }
      written = overflow ? 0 : w
    }
    return overflow ? nil : NormalizedText(scalars: out, originalOffsets: [], originalLength: Int(count))
  }

  /// Normalises one decoded scalar: calls `emit` for each scalar it becomes (none when it is
  /// dropped). `previousWasCR` carries the CRLF rule from one call to the next.
  @inline(__always)
  static func normalize(scalar v: UInt32, previousWasCR: inout Bool, _ emit: (UInt32) -> Void) {
    if v < 0x80 || (v >= 0x4E00 && v <= 0x9FFF) {
      if v == 0x0D {
        emit(0x0A)
        previousWasCR = true
        return
      }
      if v == 0x0A && previousWasCR {
        previousWasCR = false
        return
      }
      previousWasCR = false
      emit(v)
      return
    }
    previousWasCR = false
    let m = mapSimple(v)
    if m == dropped { return }
    if m != complex {
      emit(m)
      return
    }
    for c in compatibilityMapping(v) { emit(c) }
  }

  /// Decodes the scalar at `i` and advances `i`; a byte that does not start a valid sequence
  /// becomes U+FFFD and is skipped alone.
  @inline(__always)
  static func decodeOrReplace(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
    if let v = decodeValid(bytes, &i) { return v }
    i += 1
    return 0xFFFD
  }

  /// Whether `bytes` are valid UTF-8 (the rules of ``decodeValid(_:_:)``: what
  /// `String(validating:as:)` accepts). ASCII runs are checked eight bytes at a time.
  public static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
    let n = bytes.count
    var i = 0
    while i < n {
      if i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i += 8
        continue
      }
      guard decodeValid(bytes, &i) != nil else { return false }
    }
    return true
  }

  /// `bytes` as a `String`, or nil when they are not valid UTF-8. Unlike the standard
  /// library's generic `String(validating:as:)`, no run-time generic metadata is looked up,
  /// which showed in profiles of per-record JSON decoding.
  public static func string(validatingUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
    isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
  }

  /// Decodes the scalar at `i` and advances `i`, or returns nil (leaving `i`) when the bytes
  /// there are not valid UTF-8: a stray continuation byte, a truncated sequence, an overlong
  /// form, a surrogate or a value above U+10FFFF.
  @inline(__always)
  static func decodeValid(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32? {
    let n = bytes.count
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 {
      i += 1
      return b0
    }
    if b0 >= 0xE0 && b0 < 0xF0 {  // three bytes: all of CJK
      guard i + 2 < n else { return nil }
      let b1 = UInt32(bytes[i + 1])
      let b2 = UInt32(bytes[i + 2])
      let v = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)
      guard (b1 ^ 0x80) | (b2 ^ 0x80) < 0x40, v >= 0x800, v & 0xF800 != 0xD800 else { return nil }
      i += 3
      return v
    }
    if b0 >= 0xC2 && b0 < 0xE0 {
      guard i + 1 < n, UInt32(bytes[i + 1]) ^ 0x80 < 0x40 else { return nil }
      let v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
      i += 2
      return v
    }
    if b0 >= 0xF0 && b0 < 0xF5 {
      guard i + 3 < n else { return nil }
      let b1 = UInt32(bytes[i + 1])
      let b2 = UInt32(bytes[i + 2])
      let b3 = UInt32(bytes[i + 3])
      let v = (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F)
      guard (b1 ^ 0x80) | (b2 ^ 0x80) | (b3 ^ 0x80) < 0x40, v >= 0x10000, v <= 0x10FFFF else { return nil }
      i += 4
      return v
    }
    return nil
  }

  /// Normalises `text` and returns it as a `String`.
  public func normalizedString(_ text: String) -> String {
    normalize(text).string
  }

  /// ``mapSimple(_:)``'s answer for a scalar that is dropped.
  static let dropped: UInt32 = 0xFFFF_FFFF
  /// ``mapSimple(_:)``'s answer for a scalar that needs ``compatibilityMapping(_:)``.
  static let complex: UInt32 = 0xFFFF_FFFE

  /// The normalised form of a scalar outside ASCII and the main CJK block, when the rules
  /// above give it directly; ``dropped`` or ``complex`` otherwise.
  @inline(__always)
  static func mapSimple(_ v: UInt32) -> UInt32 {
    switch v {
    case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD: return dropped
    case 0xFF01...0xFF5E: return v - 0xFEE0
    case 0x3000: return 0x20
    case 0x201C, 0x201D, 0x300C, 0x300D, 0x300E, 0x300F, 0x301D, 0x301E: return 0x22
    case 0x2018, 0x2019: return 0x27
    case 0x3010, 0x3014, 0x3016: return 0x5B
    case 0x3011, 0x3015, 0x3017: return 0x5D
    case 0x3001...0x300B, 0x3012, 0x3013, 0x3018...0x301C, 0x301F...0x303F: return v
    case 0x3400...0x4DBF, 0x20000...0x2F7FF, 0x30000...0x3134F: return v
    case 0x2014, 0x2026, 0x00B7, 0x2022, 0xFFFD: return v
    default: return complex
    }
  }

  /// Foundation's NFKC of one scalar (kept as is when it has no compatibility mapping).
  static func compatibilityMapping(_ v: UInt32) -> [UInt32] {
    guard let scalar = Unicode.Scalar(v) else { return [v] }
    return String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars.map(\.value)
  }
}
