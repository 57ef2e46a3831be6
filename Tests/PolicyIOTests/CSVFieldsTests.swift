import CSV
import PolicyIO
import Testing
import _PolicyTestSupport

/// ``CSVFields`` against CSV.swift (the reference) and on records CSV.swift reads leniently.
@Suite("CSV fields")
struct CSVFieldsTests {
  static func split(_ text: String) -> Result<[String], CSVFields.Failure> {
    Array(text.utf8).withUnsafeBufferPointer { CSVFields.split($0) }
  }

  /// CSV.swift's reading of one record.
  static func reference(_ text: String) throws -> [String]? {
    try CSVReader(string: text + "\n", hasHeaderRow: false).next()
  }

  @Test("plain, quoted, escaped, empty and multi-line fields")
  func examples() throws {
    let cases: [(String, [String])] = [
      ("a,b,c", ["a", "b", "c"]),
      ("", [""]),
      (",", ["", ""]),
      ("a,,", ["a", "", ""]),
      (#""a,b",c"#, ["a,b", "c"]),
      (#""他说""好""","""#, [#"他说"好""#, ""]),
      (#""第一行"# + "\n" + #"第二行",末"#, ["第一行\n第二行", "末"]),
      (#"ab"c,d"#, [#"ab"c"#, "d"]),  // a quote inside an unquoted field is text
      ("新能源,长江经济带,改革", ["新能源", "长江经济带", "改革"]),
    ]
    for (text, expected) in cases {
      #expect(try Self.split(text).get() == expected, "\(text)")
      #expect(try Self.reference(text) == expected, "CSV.swift on \(text)")
    }
  }

  @Test("broken records are errors")
  func failures() {
    #expect(Self.split(#""abc"#) == .failure(.unterminatedQuote))
    #expect(Self.split(#"a,"b"#) == .failure(.unterminatedQuote))
    #expect(Self.split(#""ab"c,d"#) == .failure(.textAfterClosingQuote(offset: 4)))
    let invalid: [UInt8] = Array("a,".utf8) + [0xE6, 0x96] + Array(",c".utf8)
    #expect(invalid.withUnsafeBufferPointer { CSVFields.split($0) } == .failure(.invalidUTF8))
    let invalidQuoted: [UInt8] = [0x22, 0xFF, 0x22, 0x22, 0x22]
    #expect(invalidQuoted.withUnsafeBufferPointer { CSVFields.split($0) } == .failure(.invalidUTF8))
    let nul: [UInt8] = Array("a,\"b".utf8) + [0] + Array("\",c".utf8)
    #expect(nul.withUnsafeBufferPointer { CSVFields.split($0) } == .failure(.nulByte(offset: 4)))
  }

  /// Random rows of fields drawn from commas, quotes, line breaks, CJK and ASCII, written by
  /// ``CSVRows`` (quoting what needs it): split back to the same fields, as CSV.swift reads them.
  @Test("agrees with CSV.swift and round-trips CSVRows on random rows")
  func randomRows() throws {
    var random = SplitMix64(seed: 2026_11_29)
    let pieces = ["a", "Z9", ",", "\"", "\n", " ", "新能源", "改革", "，", "\"\"", "x,y", "\t", "é"]
    for _ in 0..<2000 {
      let fieldCount = Int(random.next() % 6) + 1
      let fields = (0..<fieldCount).map { _ in
        (0..<Int(random.next() % 5)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      }
      var bytes = CSVRows.encode([fields])
      bytes.removeLast()  // the row's line break
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(try Self.split(text).get() == fields, "\(text)")
      #expect(try Self.reference(text) == fields, "CSV.swift on \(text)")
    }
  }
}
