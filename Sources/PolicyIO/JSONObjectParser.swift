import PolicyFeatures

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A value of a flat JSON object, as the JSONL readers need it.
public enum JSONField: Hashable, Sendable {
  /// A string.
  case string(String)
  /// An array whose elements are all strings.
  case strings([String])
  /// Anything else (number, boolean, null, object, mixed array), kept as its JSON text.
  case raw(String)
  /// A string left undecoded (members named in `lazyStrings`): the byte range of its content
  /// between the quotes, and whether it contains escapes. Its UTF-8 is not validated.
  case span(Range<Int>, escaped: Bool)
}

/// Parses one JSON object from a line of bytes, without Foundation.
///
/// This is the tagging hot path: JSONL in, JSONL out, tens of megabytes a second. It reads the
/// top-level members; string values are decoded (all escapes, surrogate pairs), arrays of
/// strings become `.strings`, and any other value is kept verbatim as `.raw` so it can be
/// written back unchanged.
public struct JSONObjectParser {
  /// Why a line is not a JSON object.
  public enum Failure: Error, Equatable {
    case syntax(String, offset: Int)
    case invalidUTF8(offset: Int)

    /// A human-readable reason.
    public var reason: String {
      switch self {
      case .syntax(let what, let offset): return "\(what) at byte \(offset + 1)"
      case .invalidUTF8(let offset): return "invalid UTF-8 at byte \(offset + 1)"
      }
    }
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  /// How many arrays and objects enclose the value being skipped.
  private var depth = 0
  /// The deepest nesting accepted. Skipping recurses once per level, so a line of a million
  /// `[` would overflow a worker thread's stack; no article record nests this deep.
  static let maxDepth = 512

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// How ``parse(_:mode:)`` returns a member's value.
  public enum MemberMode: Sendable {
    /// Decoded: `.string`, `.strings` or `.raw`.
    case decoded
    /// A string as ``JSONField/span(_:escaped:)`` (long texts need not become `String`s; see
    /// ``unescape(_:in:)``); any other value decoded.
    case span
    /// Kept as its JSON text (`.raw`), whatever it is: members passed through unread.
    case raw
  }

  /// Parses `bytes` as one JSON object; members are returned in order. String values of the
  /// members named in `lazyStrings` come back as ``JSONField/span(_:escaped:)``.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, lazyStrings: Set<String> = []) throws(Failure)
    -> [(key: String, value: JSONField)]
  {
    try parse(bytes) { lazyStrings.contains($0) ? .span : .decoded }
  }

  /// Parses `bytes` as one JSON object, each member's value returned as `mode(key)` says.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, mode: (String) -> MemberMode) throws(Failure)
    -> [(key: String, value: JSONField)]
  {
    var p = JSONObjectParser(bytes)
    return try p.object(mode)
  }

  /// The content of a string span with its escapes decoded (UTF-8 not validated).
  public static func unescape(_ span: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> [UInt8] {
    var p = JSONObjectParser(bytes)
    return try p.unescape(span)
  }

  private mutating func skipSpace() {
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1 } else { return }
    }
  }

  private func fail(_ what: String) -> Failure { .syntax(what, offset: i) }

  private mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
    skipSpace()
    guard i < bytes.count, bytes[i] == byte else { throw fail("expected \(what)") }
    i += 1
  }

  mutating func object(_ mode: (String) -> MemberMode = { _ in .decoded }) throws(Failure)
    -> [(key: String, value: JSONField)]
  {
    try expect(UInt8(ascii: "{"), "'{' (each line must be one JSON object)")
    var members: [(key: String, value: JSONField)] = []
    members.reserveCapacity(8)  // a record has a handful of members: one allocation, not four
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
      i += 1
      try end()
      return members
    }
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a member name") }
      let key = try string()
      try expect(UInt8(ascii: ":"), "':'")
      skipSpace()
      switch mode(key) {
      case .span where i < bytes.count && bytes[i] == UInt8(ascii: "\""):
        let (span, escaped) = try scanString()
        members.append((key, .span(span, escaped: escaped)))
      case .raw:
        let start = i
        try skipValue()
        members.append((key, .raw(try text(start..<i))))
      default:
        members.append((key, try value()))
      }
      skipSpace()
      guard i < bytes.count else { throw fail("unterminated object") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "}") {
        i += 1
        break
      }
      throw fail("expected ',' or '}'")
    }
    try end()
    return members
  }

  private mutating func end() throws(Failure) {
    skipSpace()
    guard i == bytes.count else { throw fail("unexpected text after the object") }
  }

  private mutating func value() throws(Failure) -> JSONField {
    guard i < bytes.count else { throw fail("missing value") }
    switch bytes[i] {
    case UInt8(ascii: "\""):
      return .string(try string())
    case UInt8(ascii: "["):
      let start = i
      if let strings = try stringArray() { return .strings(strings) }
      i = start
      try skipValue()
      return .raw(try text(start..<i))
    default:
      let start = i
      try skipValue()
      return .raw(try text(start..<i))
    }
  }

  private func text(_ range: Range<Int>) throws(Failure) -> String {
    guard let s = TextNormalizer.string(validatingUTF8: UnsafeBufferPointer(rebasing: bytes[range])) else {
      throw .invalidUTF8(offset: range.lowerBound)
    }
    return s
  }

  /// Parses `[ "a", "b" ]`; returns nil (position undefined) if an element is not a string.
  private mutating func stringArray() throws(Failure) -> [String]? {
    i += 1
    var out: [String] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
      i += 1
      return out
    }
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
      out.append(try string())
      skipSpace()
      guard i < bytes.count else { throw fail("unterminated array") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
      } else if bytes[i] == UInt8(ascii: "]") {
        i += 1
        return out
      } else {
        throw fail("expected ',' or ']'")
      }
    }
  }

  /// Skips any JSON value, checking its syntax.
  private mutating func skipValue() throws(Failure) {
    skipSpace()
    guard i < bytes.count else { throw fail("missing value") }
    let opens = bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "[")
    if opens {
      guard depth < Self.maxDepth else { throw fail("arrays and objects nested deeper than \(Self.maxDepth) levels") }
      depth += 1
    }
    defer { if opens { depth -= 1 } }
    switch bytes[i] {
    case UInt8(ascii: "\""):
      _ = try string()
    case UInt8(ascii: "{"):
      i += 1
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
        i += 1
        return
      }
      while true {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a member name") }
        _ = try string()
        try expect(UInt8(ascii: ":"), "':'")
        try skipValue()
        skipSpace()
        guard i < bytes.count else { throw fail("unterminated object") }
        if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
        if bytes[i] == UInt8(ascii: "}") { i += 1; return }
        throw fail("expected ',' or '}'")
      }
    case UInt8(ascii: "["):
      i += 1
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
        i += 1
        return
      }
      while true {
        try skipValue()
        skipSpace()
        guard i < bytes.count else { throw fail("unterminated array") }
        if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
        if bytes[i] == UInt8(ascii: "]") { i += 1; return }
        throw fail("expected ',' or ']'")
      }
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    default:
      try number()
    }
  }

  /// Skips a number, enforcing JSON's grammar:
  /// `-? (0 | [1-9][0-9]*) (\.[0-9]+)? ([eE][+-]?[0-9]+)?`.
  private mutating func number() throws(Failure) {
    func isDigit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
    let start = i
    if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
    guard isDigit(i) else {
      i = start
      throw fail("unexpected character")
    }
    if bytes[i] == 0x30 {
      i += 1
      if isDigit(i) { throw fail("leading zero in number") }
    } else {
      while isDigit(i) { i += 1 }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard isDigit(i) else { throw fail("digit expected after '.'") }
      while isDigit(i) { i += 1 }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard isDigit(i) else { throw fail("digit expected in exponent") }
      while isDigit(i) { i += 1 }
    }
  }

  private mutating func literal(_ word: StaticString) throws(Failure) {
    let n = word.utf8CodeUnitCount
    guard i + n <= bytes.count else { throw fail("unexpected end of line") }
    let p = word.utf8Start
    for k in 0..<n where bytes[i + k] != p[k] { throw fail("unexpected character") }
    i += n
  }

  /// Parses a string starting at the opening quote.
  private mutating func string() throws(Failure) -> String {
    let (span, escaped) = try scanString()
    guard escaped else { return try text(span) }
    let after = i
    let decoded = try unescape(span)
    i = after
    guard let s = decoded.withUnsafeBufferPointer(TextNormalizer.string(validatingUTF8:)) else {
      throw .invalidUTF8(offset: span.lowerBound)
    }
    return s
  }

  /// Finds the end of the string starting at the opening quote, checking its escapes, and
  /// moves past the closing quote. Returns the content's range and whether it has escapes.
  private mutating func scanString() throws(Failure) -> (Range<Int>, escaped: Bool) {
    i += 1
    let start = i
    var escaped = false
    let n = bytes.count
    let base = UnsafeRawPointer(bytes.baseAddress)
    while i < n {
      // Eight bytes at a time while none is a quote, backslash or control byte, then straight
      // to the first one that is.
      if let base, i + 8 <= n {
        let special = JSONLineWriter.specialBytes(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        if special == 0 {
          i += 8
          continue
        }
        i += special.trailingZeroBitCount >> 3
      }
      let b = bytes[i]
      if b >= 0x5D {
        i += 1
        continue
      }
      if b == UInt8(ascii: "\"") {
        i += 1
        return (start..<(i - 1), escaped)
      }
      if b < 0x20 { throw fail("control character in string") }
      if b == UInt8(ascii: "\\") {
        escaped = true
        i += 1
        guard i < n else { throw fail("unterminated escape") }
        switch bytes[i] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          i += 1
        case UInt8(ascii: "u"):
          i += 1
          _ = try hex4()
        default:
          i += 1
          throw fail("invalid escape")
        }
        continue
      }
      i += 1
    }
    throw fail("unterminated string")
  }

  /// Decodes the escapes of a string's content (a range from ``scanString()``).
  private mutating func unescape(_ span: Range<Int>) throws(Failure) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(span.count)
    i = span.lowerBound
    let end = span.upperBound
    while i < end {
      // Copy the run up to the next backslash in one go.
      var j = end
      if let base = bytes.baseAddress, let hit = memchr(base + i, 0x5C, end - i) {
        j = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
      }
      if j > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j])) }
      i = j
      guard i < end else { break }
      i += 1
      guard i < end else { throw fail("unterminated escape") }
      let e = bytes[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
          guard i + 1 < end, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u")
          else { throw fail("unpaired surrogate") }
          i += 2
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate") }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
          throw fail("unpaired surrogate")
        }
        guard let scalar = Unicode.Scalar(code) else { throw fail("invalid \\u escape") }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
      default:
        throw fail("invalid escape")
      }
    }
    return out
  }

  private mutating func hex4() throws(Failure) -> UInt32 {
    guard i + 4 <= bytes.count else { throw fail("short \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let d: UInt32
      switch b {
      case 0x30...0x39: d = UInt32(b - 0x30)
      case 0x41...0x46: d = UInt32(b - 0x41 + 10)
      case 0x61...0x66: d = UInt32(b - 0x61 + 10)
      default: throw fail("invalid \\u escape")
      }
      v = v << 4 | d
      i += 1
    }
    return v
  }
}
