import Foundation
import PolicyIO
import Testing
import _PolicyTestSupport

@Suite("JSONLineWriter")
struct JSONLineWriterTests {
  static func text(_ line: JSONLineWriter) -> String { String(decoding: line.bytes, as: UTF8.self) }

  static func number(_ value: Double) -> String {
    var bytes: [UInt8] = []
    JSONLineWriter.appendNumber(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test("an object line") func simple() {
    var line = JSONLineWriter()
    line.field("id", "a-1")
    line.field("score", 0.25)
    line.field("n", 3)
    line.field("labels", ["reform", "environment"])
    let none: String? = nil
    line.field("source", none)
    line.field("byline", Optional("记者 王某"))
    line.rawField("meta", #"{"k":[1,2]}"#)
    line.field("built") { $0.append(contentsOf: Array("true".utf8)) }
    line.finish()
    #expect(
      Self.text(line)
        == #"{"id":"a-1","score":0.25,"n":3,"labels":["reform","environment"],"source":null,"byline":"记者 王某","meta":{"k":[1,2]},"built":true}"#
        + "\n")
  }

  @Test("an empty object") func empty() {
    var line = JSONLineWriter()
    line.finish()
    #expect(Self.text(line) == "{}\n")
  }

  @Test("control characters, quotes and backslashes are escaped") func escaping() {
    var bytes: [UInt8] = []
    JSONLineWriter.appendString("a\"b\\c\nd\re\tf\u{01}g\u{1F}h\u{7F}中/😀", to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == #""a\"b\\c\nd\re\tf\u0001g\u001fh"# + "\u{7F}中/😀\"")
    #expect(!bytes.contains { $0 < 0x20 })
  }

  @Test(
    "number formatting",
    arguments: [
      (0.25, "0.25"), (1.0, "1"), (0.0, "0"), (-0.0, "0"), (-1.5, "-1.5"), (1.0 / 3, "0.3333"),
      (2.0 / 3, "0.6667"), (-0.00004, "0"), (0.00004, "0"), (0.1, "0.1"), (100, "100"),
      (12345.678, "12345.678"), (-2.0001, "-2.0001"), (0.9999999, "1"),
    ])
  func numbers(value: Double, expected: String) {
    #expect(Self.number(value) == expected)
  }

  @Test("integers", arguments: [0, 7, 9, 10, 99, 100, 12_345, -1, -10, Int.max, Int.min])
  func integers(value: Int) {
    var line = JSONLineWriter()
    line.field("n", value)
    line.finish()
    #expect(Self.text(line) == "{\"n\":\(value)}\n")
  }

  @Test("non-finite numbers are null", arguments: [Double.nan, .infinity, -.infinity])
  func nonFinite(value: Double) {
    #expect(Self.number(value) == "null")
  }

  @Test("huge numbers stay valid JSON numbers", arguments: [1e11, 1e15, -3.5e20, 1.7976931348623157e308])
  func huge(value: Double) throws {
    let text = Self.number(value)
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
    let number = try #require(parsed as? NSNumber)
    #expect(number.doubleValue == value)
  }

  @Test("random numbers: at most 4 decimals, no trailing zeros, within 5e-5") func randomNumbers() throws {
    var rng = SplitMix64(seed: 5)
    for _ in 0..<2000 {
      let value = Double.random(in: -1e6...1e6, using: &rng) / pow(10, Double(Int.random(in: 0...8, using: &rng)))
      let text = Self.number(value)
      let parsed = try #require(Double(text), "\(value) → \(text)")
      #expect(abs(parsed - value) <= 5e-5 + 1e-12 * abs(value), "\(value) → \(text)")
      if let dot = text.firstIndex(of: ".") {
        let decimals = text[text.index(after: dot)...]
        #expect(decimals.count <= 4 && decimals.last != "0", "\(value) → \(text)")
      }
      #expect(!text.hasPrefix("-0") || text.hasPrefix("-0."), "\(value) → \(text)")
      #expect(text != "-0")
    }
  }

  @Test("random lines round-trip through JSONSerialization") func randomRoundTrip() throws {
    var rng = SplitMix64(seed: 0x7717)
    let pool: [Unicode.Scalar] = [
      "a", "\"", "\\", "/", "\n", "\r", "\t", "\u{00}", "\u{01}", "\u{1F}", "中", "“", "😀", "\u{2028}", " ",
    ]
    func randomString() -> String {
      var v = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...10, using: &rng) { v.append(pool.randomElement(using: &rng)!) }
      return String(v)
    }
    for round in 0..<300 {
      var line = JSONLineWriter()
      var expected: [String: Any] = [:]
      for m in 0..<Int.random(in: 0...5, using: &rng) {
        let key = randomString() + "\(m)"
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
          let s = randomString()
          line.field(key, s)
          expected[key] = s
        case 1:
          let n = Int.random(in: -1_000_000...1_000_000, using: &rng)
          line.field(key, n)
          expected[key] = n
        case 2:
          let list = (0..<Int.random(in: 0...3, using: &rng)).map { _ in randomString() }
          line.field(key, list)
          expected[key] = list
        default:
          let d = (Double.random(in: -1000...1000, using: &rng) * 10_000).rounded() / 10_000
          line.field(key, d)
          expected[key] = d
        }
      }
      line.finish()
      #expect(line.bytes.last == 10)
      #expect(!line.bytes.dropLast().contains { $0 < 0x20 }, "round \(round)")
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.bytes)) as? [String: Any], "round \(round)")
      #expect(object.count == expected.count)
      for (key, value) in expected {
        switch value {
        case let s as String: #expect(object[key] as? String == s, "round \(round)")
        case let n as Int: #expect((object[key] as? NSNumber)?.intValue == n, "round \(round)")
        case let d as Double:
          let got = (object[key] as? NSNumber)?.doubleValue ?? .nan
          #expect(abs(got - d) < 1e-9, "round \(round)")
        case let list as [String]: #expect(object[key] as? [String] == list, "round \(round)")
        default: Issue.record("unexpected value")
        }
      }
      // And through our own parser.
      let members = try parseJSON(Array(line.bytes.dropLast()))
      #expect(members.count == expected.count)
    }
  }
}
