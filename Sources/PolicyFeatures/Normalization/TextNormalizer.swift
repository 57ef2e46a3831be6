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

  /// Normalises valid UTF-8 bytes (see ``normalize(_:keepOffsets:)``).
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
      let v = Self.decode(bytes, &i)
      defer { index += 1 }
      if v == 0x0D {
        out.append(0x0A)
        if keepOffsets { offsets.append(index) }
        previousWasCR = true
        continue
      }
      if v == 0x0A && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = false
      if v < 0x80 || (v >= 0x4E00 && v <= 0x9FFF) {
        out.append(v)
        if keepOffsets { offsets.append(index) }
        continue
      }
      switch Self.map(v) {
      case .drop:
        continue
      case .one(let m):
        out.append(m)
        if keepOffsets { offsets.append(index) }
      case .many(let ms):
        for m in ms {
          out.append(m)
          if keepOffsets { offsets.append(index) }
        }
      }
    }
    return NormalizedText(scalars: out, originalOffsets: offsets, originalLength: Int(index))
  }

  /// The hot path: one pass writing straight into the result's storage. Returns nil when a
  /// scalar expands to several (rare compatibility characters), so the general path runs.
  private func normalizeWithoutOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText? {
    var expanded = false
    var count: Int32 = 0
    let out = [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, written in
      var w = 0
      var i = 0
      var previousWasCR = false
      while i < bytes.count {
        let v = Self.decode(bytes, &i)
        count += 1
        if v < 0x80 || (v >= 0x4E00 && v <= 0x9FFF) {
          if v == 0x0D {
            buffer[w] = 0x0A
            w += 1
            previousWasCR = true
            continue
          }
          if v == 0x0A && previousWasCR {
            previousWasCR = false
            continue
          }
          previousWasCR = false
          buffer[w] = v
          w += 1
          continue
        }
        previousWasCR = false
        switch Self.map(v) {
        case .drop: continue
        case .one(let m):
          buffer[w] = m
          w += 1
        case .many:
          expanded = true
          written = 0
          return
        }
      }
      written = w
    }
    return expanded ? nil : NormalizedText(scalars: out, originalOffsets: [], originalLength: Int(count))
  }

  /// Decodes the scalar at `i` of valid UTF-8 and advances `i`.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 {
      i += 1
      return b0
    }
    if b0 < 0xE0 {
      defer { i += 2 }
      return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
    }
    if b0 < 0xF0 {
      defer { i += 3 }
      return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
    }
    defer { i += 4 }
    return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
      | UInt32(bytes[i + 3] & 0x3F)
  }

  /// Normalises `text` and returns it as a `String`.
  public func normalizedString(_ text: String) -> String {
    normalize(text).string
  }

  enum Mapping {
    case drop
    case one(UInt32)
    case many([UInt32])
  }

  static func map(_ v: UInt32) -> Mapping {
    switch v {
    case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD: return .drop
    case 0xFF01...0xFF5E: return .one(v - 0xFEE0)
    case 0x3000: return .one(0x20)
    case 0x201C, 0x201D, 0x300C, 0x300D, 0x300E, 0x300F, 0x301D, 0x301E: return .one(0x22)
    case 0x2018, 0x2019: return .one(0x27)
    case 0x3010, 0x3014, 0x3016: return .one(0x5B)
    case 0x3011, 0x3015, 0x3017: return .one(0x5D)
    case 0x3001...0x300B, 0x3012, 0x3013, 0x3018...0x301C, 0x301F...0x303F: return .one(v)
    case 0x3400...0x4DBF, 0x20000...0x2F7FF, 0x30000...0x3134F: return .one(v)
    case 0x2014, 0x2026, 0x00B7, 0x2022: return .one(v)
    default:
      guard let scalar = Unicode.Scalar(v) else { return .one(v) }
      let mapped = String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars
      if mapped.count == 1, let first = mapped.first { return .one(first.value) }
      return .many(mapped.map(\.value))
    }
  }
}
