/// Builds one JSON object as a line of UTF-8 bytes, quickly and without Foundation.
///
/// ```swift
/// var line = JSONLineWriter()
/// line.field("id", "a-1")
/// line.field("score", 0.25)
/// line.finish()  // {"id":"a-1","score":0.25}\n
/// ```
public struct JSONLineWriter {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []
  private var needsComma = false

  /// Starts an object.
  public init(capacity: Int = 4096) {
    bytes.reserveCapacity(capacity)
    bytes.append(UInt8(ascii: "{"))
  }

  /// Starts an object at the end of `buffer`, taking over its storage (no copy): get it back,
  /// with the object appended, from ``bytes`` after ``finish()``.
  public init(appendingTo buffer: inout [UInt8]) {
    swap(&bytes, &buffer)
    bytes.append(UInt8(ascii: "{"))
  }

  private mutating func key(_ key: String) {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    needsComma = true
    JSONLineWriter.appendString(key, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
  }

  /// Writes a string member.
  public mutating func field(_ name: String, _ value: String) {
    key(name)
    JSONLineWriter.appendString(value, to: &bytes)
  }

  /// Writes a string member, or `null`.
  public mutating func field(_ name: String, _ value: String?) {
    key(name)
    if let value {
      JSONLineWriter.appendString(value, to: &bytes)
    } else {
      Self.appendNull(to: &bytes)
    }
  }

  /// Writes a number member (finite; non-finite values are written as `null`).
  public mutating func field(_ name: String, _ value: Double) {
    key(name)
    JSONLineWriter.appendNumber(value, to: &bytes)
  }

  /// Writes an integer member.
  public mutating func field(_ name: String, _ value: Int) {
    key(name)
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    Self.appendDigits(UInt64(value.magnitude), to: &bytes)
  }

  /// Appends `null`.
  static func appendNull(to out: inout [UInt8]) {
    out.append(UInt8(ascii: "n"))
    out.append(UInt8(ascii: "u"))
    out.append(UInt8(ascii: "l"))
    out.append(UInt8(ascii: "l"))
  }

  /// Writes an array-of-strings member.
  public mutating func field(_ name: String, _ values: [String]) {
    key(name)
    JSONLineWriter.appendStrings(values, to: &bytes)
  }

  /// Appends `values` as a JSON array of string literals.
  public static func appendStrings(_ values: [String], to out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (k, v) in values.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      appendString(v, to: &out)
    }
    out.append(UInt8(ascii: "]"))
  }

  /// Writes a member whose value is already JSON text.
  public mutating func rawField(_ name: String, _ json: String) {
    key(name)
    var json = json
    json.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Writes a member whose value is JSON text given as bytes (a string literal copied from
  /// the input, for example).
  public mutating func rawField(_ name: String, bytes json: UnsafeBufferPointer<UInt8>) {
    key(name)
    bytes.append(contentsOf: json)
  }

  /// Writes a member whose value is built by `body` into the byte buffer.
  public mutating func field(_ name: String, json body: (inout [UInt8]) -> Void) {
    key(name)
    body(&bytes)
  }

  /// Closes the object and appends a newline.
  public mutating func finish() {
    bytes.append(UInt8(ascii: "}"))
    bytes.append(10)
  }

  /// Appends `s` as a JSON string literal (non-ASCII text is written as UTF-8, not escaped).
  public static func appendString(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { utf8 in
      var runStart = 0
      var k = 0
      let count = utf8.count
      guard let base = UnsafeRawPointer(utf8.baseAddress) else { return }
      while k < count {
        // Skip 8 bytes at a time while none needs escaping, then to the first that does.
        while k + 8 <= count {
          let special = JSONLineWriter.specialBytes(base.loadUnaligned(fromByteOffset: k, as: UInt64.self))
          if special != 0 {
            k += special.trailingZeroBitCount >> 3
            break
          }
          k += 8
        }
        guard k < count else { break }
        let b = utf8[k]
        k += 1
        if b > 0x5C || (b >= 0x20 && b != 0x22 && b != 0x5C) { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<(k - 1)]))
        out.append(0x5C)
        switch b {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
          let hex: StaticString = "0123456789abcdef"
          out.append(UInt8(ascii: "u"))
          out.append(0x30)
          out.append(0x30)
          out.append(hex.utf8Start[Int(b >> 4)])
          out.append(hex.utf8Start[Int(b & 15)])
        }
        runStart = k
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// The high bit of each of 8 bytes (little-endian) that is a control byte, a quote or a
  /// backslash, possibly also of bytes after the first such byte (a borrow's false positives
  /// lie above a true hit), so the lowest set bit always marks the first special byte.
  @inline(__always)
  static func specialBytes(_ x: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
    let below20 = (x &- 0x2020_2020_2020_2020) & ~x & highs
    return below20 | zeroBytes(x ^ 0x2222_2222_2222_2222) | zeroBytes(x ^ 0x5C5C_5C5C_5C5C_5C5C)
  }

  /// Appends a number with up to 4 decimals, trailing zeros trimmed; non-finite → `null`.
  public static func appendNumber(_ value: Double, to out: inout [UInt8]) {
    guard value.isFinite else {
      appendNull(to: &out)
      return
    }
    var scaled = (value * 10_000).rounded()
    if scaled == 0 { scaled = 0 }  // no "-0"
    if abs(scaled) >= 1e15 {
      out.append(contentsOf: Array(String(value).utf8))
      return
    }
    var n = Int64(scaled)
    if n < 0 {
      out.append(UInt8(ascii: "-"))
      n = -n
    }
    appendDigits(UInt64(n / 10_000), to: &out)
    var frac = Int(n % 10_000)
    guard frac != 0 else { return }
    // Up to four decimals, trailing zeros trimmed; constant divisors only (they compile to
    // multiplications: these run for every score of every record written).
    out.append(UInt8(ascii: "."))
    var digits = 4
    while frac % 10 == 0 {
      frac /= 10
      digits -= 1
    }
    switch digits {
    case 4:
      out.append(0x30 + UInt8(frac / 1000))
      out.append(0x30 + UInt8(frac / 100 % 10))
      out.append(0x30 + UInt8(frac / 10 % 10))
    case 3:
      out.append(0x30 + UInt8(frac / 100))
      out.append(0x30 + UInt8(frac / 10 % 10))
    case 2:
      out.append(0x30 + UInt8(frac / 10))
    default:
      break
    }
    out.append(0x30 + UInt8(frac % 10))
  }

  /// Appends the decimal digits of `v` without allocating (and without dividing by anything
  /// but the constant 10, which compiles to a multiplication).
  static func appendDigits(_ v: UInt64, to out: inout [UInt8]) {
    if v < 10 {
      out.append(0x30 + UInt8(truncatingIfNeeded: v))
      return
    }
    var count = 1
    var bound: UInt64 = 10
    while count < 20 && v >= bound {
      count += 1
      bound = bound &* 10
    }
    out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
    var rest = v
    var i = out.count - 1
    while rest > 0 {
      out[i] = 0x30 + UInt8(rest % 10)
      rest /= 10
      i -= 1
    }
  }
}
