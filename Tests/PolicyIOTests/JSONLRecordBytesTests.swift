import Foundation
import PolicyCore
import PolicyIO
import Testing
import _PolicyTestSupport

/// `JSONLRecordBytes` (the tagging fast path) must read every line the way the full decoder
/// (`InputItem.decoded()`) does.
@Suite("JSONLRecordBytes")
struct JSONLRecordBytesTests {
  static let location = RecordLocation(file: "in.jsonl", line: 7)

  static func both(_ line: String) -> (Result<JSONLRecordBytes, InputError>, Result<InputRecord, InputError>) {
    let bytes = Array(line.utf8)
    return (
      JSONLRecordBytes.decode(bytes, location: location), InputItem.jsonLine(bytes, location).decoded()
    )
  }

  static func strings(_ record: JSONLRecordBytes) -> (title: String, text: String) {
    record.withBytes { (String(decoding: $0, as: UTF8.self), String(decoding: $1, as: UTF8.self)) }
  }

  @Test(
    "title, text and the other members agree with the full decoder",
    arguments: [
      #"{"id":"a1","date":"2024-03-05","title":"光伏发展","text":"第一段。\n第二段：\"储能\"与\u98ce\u7535 \ud83d\ude00","tags": [ "能源", "\u7ecf济" ],"n":1.5,"o":{"k":[1,null]}}"#,
      #"{"title":"无编号","text":"没有 id 的记录用内容散列作编号"}"#,
      #"{"id":42,"text":"只有正文","source":"本报","byline":"记者 甲"}"#,
      #"{"id":"e1","title":"\\反斜杠\/斜杠","text":"","labels":["reform"]}"#,
      "\u{FEFF}{\"id\":\"bom\",\"title\":\"字节序标记\",\"text\":\"正文\"}",
    ])
  func agreesWithFullDecoder(line: String) throws {
    let (fast, full) = Self.both(line)
    let bytes = try fast.get()
    let record = try full.get()
    let (title, text) = Self.strings(bytes)
    #expect(title == record.article.title)
    #expect(text == record.article.text)
    #expect(bytes.id == record.article.id)
    #expect(bytes.date == record.article.date)
    #expect(bytes.source == record.article.source)
    #expect(bytes.byline == record.article.byline)
    #expect(bytes.labels == record.article.labels)
    #expect(bytes.extraFields.map(\.key) == record.extraFields.map(\.key))
    // Passed through unread, as JSON text with the same value (spacing may differ).
    for (fast, full) in zip(bytes.extraFields, record.extraFields) {
      let values = try [fast.json, full.json].map {
        try JSONSerialization.data(
          withJSONObject: JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed),
          options: [.sortedKeys, .fragmentsAllowed])
      }
      #expect(values[0] == values[1], "\(fast.key)")
    }
  }

  @Test("the literals are the input's own, quotes included")
  func literals() throws {
    let line = #"{"id":"x","title":"标\"题","text":"正\n文"}"#
    let record = try JSONLRecordBytes.decode(Array(line.utf8), location: Self.location).get()
    let title = try #require(record.titleLiteral)
    let text = try #require(record.textLiteral)
    #expect(String(decoding: record.line[title], as: UTF8.self) == #""标\"题""#)
    #expect(String(decoding: record.line[text], as: UTF8.self) == #""正\n文""#)
  }

  @Test(
    "bad lines are rejected as the full decoder rejects them",
    arguments: [
      #"{"id":"a","title":"","text":""}"#,
      #"{"id":"a","title":"x","text":"bad \q escape"}"#,
      #"{"id":"a","title":"x","text":"\ud800 lone surrogate"}"#,
      #"{"id":"a","title":"x","date":"2023-02-30","text":"y"}"#,
      #"{"id":"a","title":1,"text":"y"}"#,
      #"{"id":"a","title":"x","text":"y"} trailing"#,
      #"["not","an","object"]"#,
    ])
  func rejects(line: String) {
    let (fast, full) = Self.both(line)
    guard case .failure(let fastError) = fast, case .failure(let fullError) = full else {
      Issue.record("expected both to fail: \(fast) / \(full)")
      return
    }
    #expect(fastError == fullError)
  }

  /// An interpreted member given twice was read as its last value (a second `text` silently
  /// replaced the first); other members may repeat and pass through as written.
  @Test(
    "an interpreted member given twice is rejected by both decoders",
    arguments: [
      (#"{"id":"a","title":"x","text":"新能源汽车","text":"乡村"}"#, "text"),
      (#"{"id":"a","id":"b","title":"x","text":"y"}"#, "id"),
      (#"{"id":"a","title":"x","date":"2024-06-03","text":"y","date":"2024-06-04"}"#, "date"),
      (#"{"id":"a","title":"x","text":"y","labels":[],"labels":["reform"]}"#, "labels"),
    ])
  func repeatedMember(line: String, member: String) {
    let (fast, full) = Self.both(line)
    let expected = InputError.malformedJSON(
      Self.location, reason: "member '\(member)' appears twice (which one is meant?)")
    guard case .failure(let fastError) = fast, case .failure(let fullError) = full else {
      Issue.record("expected both to fail: \(fast) / \(full)")
      return
    }
    #expect(fastError == expected)
    #expect(fullError == expected)
    let other = Self.both(#"{"id":"a","title":"x","text":"y","note":1,"note":2}"#)
    #expect((try? other.0.get())?.extraFields.map(\.key) == ["note", "note"])
    #expect((try? other.1.get())?.extraFields.map(\.key) == ["note", "note"])
  }

  @Test("title and text are not validated here: feature counting does that")
  func invalidUTF8InTextIsLeftForLater() throws {
    var bytes = Array(#"{"id":"a","title":"x","text":"ab"}"#.utf8)
    bytes.insert(0xFF, at: bytes.count - 3)
    let record = try JSONLRecordBytes.decode(bytes, location: Self.location).get()
    #expect(record.withBytes { $1.contains(0xFF) })
    // Other members are validated at once.
    var badID = Array(#"{"id":"ab","text":"x"}"#.utf8)
    badID.insert(0xFF, at: 8)
    guard case .failure(.invalidUTF8(Self.location)) = JSONLRecordBytes.decode(badID, location: Self.location) else {
      Issue.record("an invalid id should be rejected")
      return
    }
  }

  @Test("agrees with the full decoder on random records (escapes, missing members, extras)")
  func randomRecords() throws {
    var rng = SplitMix64(seed: 0x7A6)
    func randomString(_ length: ClosedRange<Int>) -> String {
      var v = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: length, using: &rng) {
        v.append(JSONObjectParserTests.pool[Int.random(in: 0..<JSONObjectParserTests.pool.count, using: &rng)])
      }
      return String(v)
    }
    for round in 0..<400 {
      var members: [String] = []
      switch Int.random(in: 0..<3, using: &rng) {
      case 0: members.append(#""id":"# + JSONObjectParserTests.literal(randomString(1...6), using: &rng))
      case 1: members.append(#""id":\#(Int.random(in: 0...99_999, using: &rng))"#)
      default: break
      }
      if Bool.random(using: &rng) {
        members.append(
          #""date":"2024-0\#(Int.random(in: 1...9, using: &rng))-1\#(Int.random(in: 0...9, using: &rng))""#)
      }
      members.append(#""title":"# + JSONObjectParserTests.literal(randomString(0...10), using: &rng))
      members.append(#""text":"# + JSONObjectParserTests.literal(randomString(1...60), using: &rng))
      if Bool.random(using: &rng) {
        members.append(#""tags":["# + JSONObjectParserTests.literal(randomString(0...4), using: &rng) + "]")
      }
      if Bool.random(using: &rng) { members.append(#""meta":{"n":[1,2.5,null],"s":"x"}"#) }
      members.shuffle(using: &rng)
      let line = "{" + members.joined(separator: Bool.random(using: &rng) ? "," : " , ") + "}"
      let (fast, full) = Self.both(line)
      switch (fast, full) {
      case (.success(let bytes), .success(let record)):
        let (title, text) = Self.strings(bytes)
        #expect(title == record.article.title, "round \(round): \(line)")
        #expect(text == record.article.text, "round \(round): \(line)")
        #expect(bytes.id == record.article.id, "round \(round): \(line)")
        #expect(bytes.date == record.article.date, "round \(round): \(line)")
        #expect(bytes.extraFields.map(\.key) == record.extraFields.map(\.key), "round \(round): \(line)")
      case (.failure(let a), .failure(let b)):
        #expect(a == b, "round \(round): \(line)")
      default:
        Issue.record("round \(round): \(fast) vs \(full) for \(line)")
      }
    }
  }
}
