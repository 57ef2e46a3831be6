import Foundation
import PolicyIO
import Testing
import _PolicyTestSupport

/// Parses a line given as bytes.
func parseJSON(_ bytes: [UInt8]) throws(JSONObjectParser.Failure) -> [(key: String, value: JSONField)] {
  try bytes.withUnsafeBufferPointer { buffer throws(JSONObjectParser.Failure) in
    try JSONObjectParser.parse(buffer)
  }
}

/// Parses a line given as text.
func parseJSON(_ text: String) throws(JSONObjectParser.Failure) -> [(key: String, value: JSONField)] {
  try parseJSON(Array(text.utf8))
}

@Suite("JSONObjectParser")
struct JSONObjectParserTests {
  @Test("members come back in order with their values") func members() throws {
    let members = try parseJSON(
      #"{"id":"a-1","n":12,"x":-1.5e3,"ok":true,"no":false,"z":null,"tags":["经济","改革"]}"#)
    #expect(members.map(\.key) == ["id", "n", "x", "ok", "no", "z", "tags"])
    #expect(
      members.map(\.value) == [
        .string("a-1"), .raw("12"), .raw("-1.5e3"), .raw("true"), .raw("false"), .raw("null"),
        .strings(["经济", "改革"]),
      ])
  }

  @Test("nesting up to the limit parses; deeper is an error, not a stack overflow")
  func deepNesting() throws {
    let limit = 512
    func line(_ depth: Int) -> String {
      #"{"title":"a","x":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        + #","y":{"z":[1,{"w":[]}]}}"#
    }
    let ok = try parseJSON(line(limit))
    #expect(ok.map(\.key) == ["title", "x", "y"])
    #expect(throws: JSONObjectParser.Failure.self) { try parseJSON(line(limit + 1)) }
    #expect(throws: JSONObjectParser.Failure.self) { try parseJSON(line(1_000_000)) }
    // Nesting spread over siblings does not add up.
    let siblings = #"{"x":["# + Array(repeating: "[[]]", count: 2000).joined(separator: ",") + "]}"
    #expect(try parseJSON(siblings).count == 1)
  }

  @Test("whitespace around tokens is allowed") func whitespace() throws {
    let members = try parseJSON(" {\t\"a\" : \"b\" ,\r\n \"c\" : [ \"d\" , \"e\" ] } ")
    #expect(members.map(\.key) == ["a", "c"])
    #expect(members.map(\.value) == [.string("b"), .strings(["d", "e"])])
    #expect(try parseJSON("{}").isEmpty)
    #expect(try parseJSON("{ }").isEmpty)
  }

  @Test(
    "string escapes",
    arguments: [
      (#""\u4e2d\u56FD""#, "中国"),
      (#""\ud83d\ude00""#, "😀"),
      (#""a\"b\\c\/d""#, "a\"b\\c/d"),
      (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
      (#""\u0001\u001f""#, "\u{01}\u{1F}"),
      (#""前\n后""#, "前\n后"),
      (#""😀 直接""#, "😀 直接"),
      ("\"\u{FEFF}x\"", "\u{FEFF}x"),
      (#""\ufeffx""#, "\u{FEFF}x"),
      (#""""#, ""),
    ])
  func escapes(json: String, expected: String) throws {
    let members = try parseJSON("{\"k\":\(json)}")
    #expect(members.first?.value == .string(expected))
    // Keys are decoded the same way.
    let keyed = try parseJSON("{\(json):1}")
    #expect(keyed.first?.key == expected)
  }

  @Test("nested objects and mixed arrays are kept raw") func nestedRaw() throws {
    let members = try parseJSON(
      #"{"meta":{"a":[1,{"b":"}"}],"c":"\u4e2d"},"mixed":["a",1],"nums":[1, 2],"empty":[],"s":"x"}"#)
    #expect(
      members.map(\.value) == [
        .raw(#"{"a":[1,{"b":"}"}],"c":"\u4e2d"}"#), .raw(#"["a",1]"#), .raw("[1, 2]"), .strings([]),
        .string("x"),
      ])
  }

  /// The failure offset for a malformed line, or nil if it parsed.
  private func failure(_ text: String) -> JSONObjectParser.Failure? {
    do {
      _ = try parseJSON(text)
      return nil
    } catch {
      return error
    }
  }

  @Test(
    "malformed lines throw with the byte offset",
    arguments: [
      (#"[1,2]"#, 0),
      (#"{"a":1,}"#, 7),
      (#"{"a" 1}"#, 5),
      (#"{"a":1 "b":2}"#, 7),
      (#"{"a":1} x"#, 8),
      (#"{"a":}"#, 5),
      (#"{"a":tru}"#, 5),
      (#"{"a":"x"#, 7),
      (#"{"a":"\x"}"#, 8),
      (#"{"a":"\u12"}"#, 10),
      (#"{"a":"\ud83d"}"#, 12),
      (#"{"a":"\ude00"}"#, 12),
      (#"{a:1}"#, 1),
      (#"{"n":-}"#, 5),
      (#"{"n":-x}"#, 5),
      (#"{"a":1"#, 6),
      ("", 0),
    ])
  func malformed(text: String, offset: Int) {
    guard case .syntax(_, let at)? = failure(text) else {
      Issue.record("\(text) should be a syntax error, got \(String(describing: failure(text)))")
      return
    }
    #expect(at == offset, "\(text)")
  }

  @Test("valid numbers are accepted", arguments: ["0", "-0", "12", "-3.25", "1e5", "1E+5", "2.5e-3", "-0.0e0"])
  func validNumbers(number: String) throws {
    #expect(try parseJSON("{\"n\":\(number)}").first?.value == .raw(number))
  }

  @Test(
    "malformed numbers are rejected",
    arguments: ["+1", "01", ".5", "1.", "1e", "1.2.3", "--1", "1-2", "1e+-2"])
  func malformedNumbers(number: String) {
    // skipValue's number scanner accepts any run of digits, '.', 'e', 'E', '+' and '-' that has
    // a digit, so these pass through as `.raw` and are later written back out as invalid JSON.
    let line = "{\"n\":\(number)}"
    do {
      #expect(throws: JSONObjectParser.Failure.self) { try parseJSON(line) }
    }
  }

  @Test("a raw control character in a string is an error") func controlCharacter() {
    guard case .syntax(let what, let at)? = failure("{\"a\":\"x\ty\"}") else {
      Issue.record("expected a syntax error")
      return
    }
    #expect(what.contains("control"))
    #expect(at == 7)
  }

  @Test("failure reasons are 1-based") func reason() {
    #expect(JSONObjectParser.Failure.syntax("expected ':'", offset: 4).reason == "expected ':' at byte 5")
    #expect(JSONObjectParser.Failure.invalidUTF8(offset: 0).reason == "invalid UTF-8 at byte 1")
  }

  @Test("invalid UTF-8 throws invalidUTF8") func invalidUTF8() {
    let prefix = Array(#"{"a":""#.utf8)
    for bad: [UInt8] in [[0xFF], [0xC3], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xC0, 0xAF]] {
      let line = prefix + bad + Array(#""}"#.utf8)
      #expect(throws: JSONObjectParser.Failure.invalidUTF8(offset: 6)) { try parseJSON(line) }
      // Also after an escape (slow path) and inside a nested value.
      let escaped = Array(#"{"a":"\n"#.utf8) + bad + Array(#""}"#.utf8)
      let error = #expect(throws: JSONObjectParser.Failure.self) { try parseJSON(escaped) }
      #expect(error.map { if case .invalidUTF8 = $0 { true } else { false } } == true)
      let nested = Array(#"{"a":{"b":""#.utf8) + bad + Array(#""}}"#.utf8)
      let nestedError = #expect(throws: JSONObjectParser.Failure.self) { try parseJSON(nested) }
      #expect(nestedError.map { if case .invalidUTF8 = $0 { true } else { false } } == true)
    }
  }

  // MARK: Against Foundation

  /// Characters the random strings are built from: escapes, controls, CJK, astral.
  static let pool: [Unicode.Scalar] = [
    "a", "Z", "0", " ", "\"", "\\", "/", "\u{01}", "\u{08}", "\n", "\r", "\t", "\u{1F}", "\u{7F}",
    "中", "国", "。", "“", "\u{3000}", "é", "\u{FEFF}", "\u{2028}", "😀", "\u{20000}", "\u{FFFD}",
  ]

  /// Writes `s` as a JSON string literal, choosing a random valid spelling for each scalar.
  static func literal(_ s: String, using rng: inout SplitMix64) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      // A literal U+FEFF is always escaped: Foundation's parser silently drops it (RFC 8259 keeps
      // it as a character, as JSONObjectParser does), so the oracle would disagree.
      let forced = u == "\"" || u == "\\" || u.value < 0x20 || u == "\u{FEFF}"
      let choice = Int.random(in: 0..<3, using: &rng)
      if !forced && choice == 0 {
        out.unicodeScalars.append(u)
        continue
      }
      if choice == 1 {
        switch u {
        case "\"": out += "\\\""; continue
        case "\\": out += "\\\\"; continue
        case "/": out += "\\/"; continue
        case "\n": out += "\\n"; continue
        case "\t": out += "\\t"; continue
        case "\u{08}": out += "\\b"; continue
        default: break
        }
      }
      for unit in String(u).utf16 {
        let hex = String(unit, radix: 16, uppercase: Bool.random(using: &rng))
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
    }
    return out + "\""
  }

  @Test("agrees with JSONSerialization on random flat objects") func randomAgainstFoundation() throws {
    var rng = SplitMix64(seed: 0x15_0A)
    func randomString() -> String {
      var v = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...12, using: &rng) { v.append(Self.pool.randomElement(using: &rng)!) }
      return String(v)
    }
    for round in 0..<300 {
      var parts: [String] = []
      var expectedKeys: [String] = []
      for m in 0..<Int.random(in: 0...6, using: &rng) {
        let key = randomString() + "#\(m)"  // keys stay distinct
        expectedKeys.append(key)
        let value: String
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: value = Self.literal(randomString(), using: &rng)
        case 1: value = String(Int.random(in: -1_000_000...1_000_000, using: &rng))
        case 2: value = String(Double.random(in: -1e6...1e6, using: &rng))
        case 3: value = ["true", "false", "null"].randomElement(using: &rng)!
        case 4:
          let items = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
            Self.literal(randomString(), using: &rng)
          }
          value = "[" + items.joined(separator: ",") + "]"
        default:
          value = "{" + Self.literal(randomString(), using: &rng) + ":[1,\"x\",{}]}"
        }
        parts.append(Self.literal(key, using: &rng) + (Bool.random(using: &rng) ? ":" : " : ") + value)
      }
      let line = "{" + parts.joined(separator: ",") + "}"
      let ours = try parseJSON(line)
      let theirs = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "round \(round)")
      #expect(ours.map(\.key) == expectedKeys, "round \(round)")
      #expect(ours.count == theirs.count, "round \(round): \(line)")
      for (key, value) in ours {
        let other = theirs[key]
        switch value {
        case .string(let s):
          #expect(other as? String == s, "round \(round): \(line)")
        case .strings(let list):
          #expect(other as? [String] == list, "round \(round): \(line)")
        case .raw(let raw):
          // The raw text must itself be JSON equal to Foundation's value.
          let reparsed = try JSONSerialization.jsonObject(
            with: Data(raw.utf8), options: .fragmentsAllowed)
          let expected = try #require(other, "round \(round): \(key) missing")
          #expect(try canonical(reparsed) == canonical(expected), "round \(round): \(raw)")
        case .span:
          Issue.record("round \(round): no member was asked to be parsed lazily")
        }
      }
      // Parsed lazily, every string member's span decodes to the same text.
      let bytes = Array(line.utf8)
      let lazy = try bytes.withUnsafeBufferPointer { b throws(JSONObjectParser.Failure) in
        try JSONObjectParser.parse(b, lazyStrings: Set(ours.map(\.key))).map {
          member throws(JSONObjectParser.Failure) in
          guard case .span(let span, let escaped) = member.value else { return (member.key, member.value) }
          let decoded = escaped ? try JSONObjectParser.unescape(span, in: b) : Array(b[span])
          return (member.key, JSONField.string(String(decoding: decoded, as: UTF8.self)))
        }
      }
      for (eager, lazy) in zip(ours, lazy) {
        if case .string = eager.value { #expect(eager.value == lazy.1, "round \(round): \(line)") }
      }
    }
  }

  @Test("random strings survive the writer and the parser; a raw control byte anywhere is refused")
  func randomStrings() throws {
    var rng = SplitMix64(seed: 0x57_12_46)
    // Special bytes land at every offset of the eight-byte blocks the scanner reads.
    let pieces = ["经", "济", "a", "Z", "0", " ", "\"", "\\", "\n", "\t", "\u{1}", "/", "é", "𠀀", "}", "]"]
    for _ in 0..<600 {
      let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      var line = JSONLineWriter()
      line.field("s", text)
      line.field("n", 1)
      line.finish()
      let members = try parseJSON(Array(line.bytes.dropLast()))
      #expect(members.map(\.key) == ["s", "n"])
      #expect(members.first?.value == .string(text), "\(text)")
      // The same text with one raw control byte spliced in is not JSON.
      var raw = Array(#"{"s":""#.utf8) + Array(text.utf8).filter { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }
      raw.insert(UInt8.random(in: 0...0x1F, using: &rng), at: Int.random(in: 6...raw.count, using: &rng))
      raw += Array(#""}"#.utf8)
      #expect(throws: JSONObjectParser.Failure.self) { try parseJSON(raw) }
    }
  }
}

/// A Foundation JSON value written back out with sorted keys, for comparing values.
private func canonical(_ value: Any) throws -> Data {
  try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
}
