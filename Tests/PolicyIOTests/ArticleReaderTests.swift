import Foundation
import PolicyCore
import Testing
import _PolicyTestSupport

@testable import PolicyIO

/// A temporary directory removed when the test ends.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "policy-io-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `bytes` to `name` and returns the path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

/// Everything a reader produced.
struct ReadResult {
  var records: [InputRecord] = []
  var rejects: [InputError] = []
  var articles: [Article] { records.map(\.article) }
}

func read(_ inputs: [String], options: ReaderOptions = ReaderOptions()) throws -> ReadResult {
  var result = ReadResult()
  try ArticleReader(inputs: inputs, options: options).forEach {
    result.records.append($0)
  } reject: {
    result.rejects.append($0)
  }
  return result
}

/// The line a rejection names, if it names one.
func line(of error: InputError) -> Int? {
  switch error {
  case .invalidUTF8(let l), .nulByte(let l), .malformedJSON(let l, _), .malformedCSV(let l, _), .badDate(let l, _),
    .emptyArticle(let l), .tooLarge(let l, _, _), .badLabels(let l, _):
    return l.line
  case .unreadable, .undatedPage, .emptyFile: return nil
  }
}

@Suite("ArticleReader: JSONL")
struct ArticleReaderJSONLTests {
  static let goodLine1 =
    #"{"id":"n1","date":"2025-03-05","title":"全区召开营商环境推进会","text":"会议强调要持续优化营商环境。","labels":["reform"],"tags":["要闻"],"score":0.5}"#
  static let goodLine2 = #"{"id":7,"title":"新能源汽车产销两旺","text":"一季度产销同比增长。\n企业订单饱满。","source":"某某日报"}"#
  static let goodLine3 = #"{"date":"2025-03","title":"","text":"只有正文的条目。"}"#

  @Test("good lines are emitted and each bad line rejected with its case and line") func mixed() throws {
    let dir = try TemporaryDirectory()
    var bytes: [UInt8] = []
    func add(_ s: String) { bytes += Array(s.utf8) + [10] }
    add(Self.goodLine1)  // 1
    add(#"{"id":"bad-json","title":"缺少引号,"text":"x"}"#)  // 2 malformed
    bytes += Array(#"{"id":"bad-utf8","title":""#.utf8) + [0xE4, 0xB8] + Array(#"","text":"x"}"#.utf8) + [10]  // 3
    add(Self.goodLine2)  // 4
    add("")  // 5 blank: skipped silently
    add(#"{"id":"bad-date","date":"2023-02-30","title":"日期错误","text":"x"}"#)  // 6
    add(#"{"id":"empty","title":"","text":""}"#)  // 7
    add(#"{"id":"bad-labels","title":"t","text":"x","labels":"reform"}"#)  // 8
    add("   ")  // 9 spaces only: skipped
    bytes += Array(Self.goodLine3.utf8) + [13, 10]  // 10, CRLF
    let path = try dir.write("mixed.jsonl", bytes)

    let result = try read([path])
    #expect(result.articles.map(\.id).count == 3)
    #expect(result.articles.map { $0.location?.line } == [1, 4, 10])
    #expect(result.articles.allSatisfy { $0.location?.file == path })
    #expect(result.rejects.count == 5)
    #expect(result.rejects.map(line(of:)) == [2, 3, 6, 7, 8])
    guard result.rejects.count == 5 else { return }
    if case .malformedJSON = result.rejects[0] {} else { Issue.record("line 2: \(result.rejects[0])") }
    #expect(result.rejects[1] == .invalidUTF8(RecordLocation(file: path, line: 3)))
    #expect(
      result.rejects[2]
        == .badDate(RecordLocation(file: path, line: 6), .impossibleDate("2023-02-30")))
    #expect(result.rejects[3] == .emptyArticle(RecordLocation(file: path, line: 7)))
    if case .badLabels = result.rejects[4] {} else { Issue.record("line 8: \(result.rejects[4])") }
  }

  @Test("fields of good lines") func fields() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write(
      "good.jsonl", [Self.goodLine1, Self.goodLine2, Self.goodLine3].joined(separator: "\n"))
    let result = try read([path])
    #expect(result.rejects.isEmpty)
    try #require(result.records.count == 3)
    let a = result.articles
    #expect(a[0].id == "n1")
    #expect(a[0].date?.description == "2025-03-05")
    #expect(a[0].title == "全区召开营商环境推进会")
    #expect(a[0].labels == ["reform"])
    #expect(result.records[0].extraFields.map(\.key) == ["tags", "score"])
    #expect(result.records[0].extraFields.map(\.json) == [#"["要闻"]"#, "0.5"])
    #expect(a[1].id == "7")
    #expect(a[1].date == nil)
    #expect(a[1].text == "一季度产销同比增长。\n企业订单饱满。")
    #expect(a[1].source == "某某日报")
    #expect(a[1].labels == nil)
    #expect(a[2].date?.precision == .month)
    #expect(a[2].id.hasPrefix("h"))
    #expect(a[2].id.count == 17)
    #expect(a[2].location?.line == 3)
  }

  @Test("a 50 MB line is rejected as too large and reading goes on") func hugeLine() throws {
    let dir = try TemporaryDirectory()
    let path = dir.url.appendingPathComponent("huge.jsonl").path
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.write(contentsOf: Data((Self.goodLine1 + "\n").utf8))
    // {"id":"big","text":"xxxx…"} of exactly 50,000,000 bytes.
    let head = Array(#"{"id":"big","text":""#.utf8)
    let tail = Array(#""}"#.utf8)
    let total = 50_000_000
    try handle.write(contentsOf: Data(head))
    let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
    var remaining = total - head.count - tail.count
    while remaining > 0 {
      let n = min(remaining, chunk.count)
      try handle.write(contentsOf: chunk.prefix(n))
      remaining -= n
    }
    try handle.write(contentsOf: Data(tail + [10]))
    try handle.write(contentsOf: Data((Self.goodLine2 + "\n").utf8))
    try handle.close()
    defer { try? FileManager.default.removeItem(atPath: path) }

    let result = try read([path], options: ReaderOptions(maxRecordBytes: 8 << 20))
    #expect(result.articles.map(\.id) == ["n1", "7"])
    #expect(result.articles.map { $0.location?.line } == [1, 3])
    #expect(
      result.rejects == [
        .tooLarge(RecordLocation(file: path, line: 2), bytes: total, limit: 8 << 20)
      ])
  }

  @Test("a huge last line without a newline is rejected too") func hugeLastLine() throws {
    let dir = try TemporaryDirectory()
    let big = Array(#"{"text":""#.utf8) + [UInt8](repeating: 0x61, count: 3000) + Array(#""}"#.utf8)
    let path = try dir.write("tail.jsonl", Array((Self.goodLine1 + "\n").utf8) + big)
    let result = try read([path], options: ReaderOptions(maxRecordBytes: 1000))
    #expect(result.articles.map(\.id) == ["n1"])
    #expect(result.rejects == [.tooLarge(RecordLocation(file: path, line: 2), bytes: big.count, limit: 1000)])
  }

  @Test("a line over a small limit is rejected wherever it falls") func smallLimit() throws {
    let dir = try TemporaryDirectory()
    let big = #"{"id":"big","text":""# + String(repeating: "a", count: 3000) + #""}"#
    let path = try dir.write("small.jsonl", [Self.goodLine1, big, Self.goodLine2].joined(separator: "\n") + "\n")
    let result = try read([path], options: ReaderOptions(maxRecordBytes: 1000))
    // ByteLineReader checks the limit only for lines that cross its 1 MiB read chunks (or end
    // the file), so a 3,000-byte line inside the first chunk is read as if there were no limit.
    do {
      #expect(result.articles.map(\.id) == ["n1", "7"])
      #expect(
        result.rejects == [
          .tooLarge(RecordLocation(file: path, line: 2), bytes: big.utf8.count, limit: 1000)
        ])
    }
  }

  @Test("lines spanning read chunks are read whole") func chunkBoundaries() throws {
    // Lines of ~300 KB cross the reader's 1 MiB chunks at varying offsets.
    let dir = try TemporaryDirectory()
    var bytes: [UInt8] = []
    var expected: [String] = []
    for k in 0..<12 {
      let body = String(repeating: "测", count: 100_000 + k * 777)
      expected.append(body)
      bytes += Array(#"{"id":"c\#(k)","text":"\#(body)"}"#.utf8) + [10]
    }
    let path = try dir.write("chunks.jsonl", bytes)
    let result = try read([path])
    #expect(result.rejects.isEmpty)
    #expect(result.articles.map(\.text) == expected)
    #expect(result.articles.map { $0.location?.line } == Array(1...12))
  }

  @Test("gzip input reads the same as plain") func gzip() throws {
    let dir = try TemporaryDirectory()
    let text = [Self.goodLine1, #"{"title":"坏行""#, Self.goodLine2, Self.goodLine3].joined(separator: "\n") + "\n"
    let plain = try dir.write("plain.jsonl", text)
    let packed = try dir.write("packed.jsonl.gz", try gzipped(Array(text.utf8), level: 9))

    let a = try read([plain])
    let b = try read([packed])
    #expect(a.articles.count == 3)
    func strip(_ article: Article) -> Article {
      var copy = article
      copy.location = nil
      return copy
    }
    #expect(a.articles.map(strip) == b.articles.map(strip))
    #expect(b.articles.map { $0.location?.line } == [1, 3, 4])
    #expect(b.rejects.map(line(of:)) == [2])
  }

  @Test("gzipped .ndjson and .json files in a directory are read") func gzipInDirectory() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.ndjson.gz", try gzipped(Array(Self.goodLine1.utf8)))
    try dir.write("b.json.gz", try gzipped(Array(Self.goodLine2.utf8)))
    // Named directly, both are read (InputFormat.guess strips .gz) ...
    let direct = try read([
      dir.url.appendingPathComponent("a.ndjson.gz").path, dir.url.appendingPathComponent("b.json.gz").path,
    ])
    #expect(direct.articles.map(\.id) == ["n1", "7"])
    // ... and a directory walk finds them (ArticleReader.isArticleFile strips .gz too).
    let walked = try read([dir.url.path])
    #expect(walked.articles.map(\.id) == ["n1", "7"])
  }

  @Test("a missing input is reported as unreadable") func missing() throws {
    let result = try read(["/nonexistent/input.jsonl"])
    #expect(result.records.isEmpty)
    guard case .unreadable(let file, _)? = result.rejects.first else {
      Issue.record("expected unreadable, got \(result.rejects)")
      return
    }
    #expect(file == "/nonexistent/input.jsonl")
  }

  @Test(
    "an empty or blank file of any kind is reported, not silently skipped",
    arguments: [
      "empty.jsonl", "blank.jsonl", "empty.csv", "2025-03-05.txt",
    ])
  func emptyFile(name: String) throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write(name, name.hasPrefix("blank") ? "\n  \n" : "")
    let result = try read([path])
    #expect(result.records.isEmpty)
    #expect(result.rejects == [.emptyFile(file: path)])
  }

  @Test("a byte-order mark before the first JSONL record is ignored") func byteOrderMark() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write(
      "bom.jsonl", [0xEF, 0xBB, 0xBF] + Array("{\"id\":\"b1\",\"title\":\"光伏\",\"text\":\"风电\"}\n".utf8))
    let result = try read([path])
    #expect(result.rejects.isEmpty)
    #expect(result.articles.map(\.id) == ["b1"])
  }

  @Test("directories are read recursively in sorted order") func directory() throws {
    let dir = try TemporaryDirectory()
    try dir.write("b/2.jsonl", Self.goodLine2)
    try dir.write("a.jsonl", Self.goodLine1)
    try dir.write("README.md", "# 说明")
    try dir.write(".hidden.jsonl", Self.goodLine3)
    try dir.write("notes.bin", "xx")
    let result = try read([dir.url.path])
    #expect(result.rejects.isEmpty)
    #expect(result.articles.map(\.id) == ["n1", "7"])
  }
}

@Suite("ArticleReader: CSV")
struct ArticleReaderCSVTests {
  @Test("a CSV labels cell: separated ids, a JSON array, [] or empty for none")
  func csvLabelsCell() {
    #expect(CSVArticleReader.labels(inCell: "reform;environment") == ["reform", "environment"])
    #expect(CSVArticleReader.labels(inCell: "reform, environment") == ["reform", "environment"])
    #expect(CSVArticleReader.labels(inCell: #"["reform","new-energy"]"#) == ["reform", "new-energy"])
    #expect(CSVArticleReader.labels(inCell: "[]").isEmpty)
    #expect(CSVArticleReader.labels(inCell: " [ ] ").isEmpty)
    #expect(CSVArticleReader.labels(inCell: "").isEmpty)
  }

  @Test("quoted fields, embedded quotes and newlines, wrong field counts, labels") func csv() throws {
    let dir = try TemporaryDirectory()
    let text = #"""
      id,date,title,text,labels
      c1,2025-03-05,"他说""要改革""",正文一。,reform;environment
      c2,2025-03-06,多行正文,"第一段,含逗号。
      第二段。",environment
      c3,2025-03-07,字段太少
      c4,,无日期,正文四。,
      "c5",2023-02-30,坏日期,正文。,reform
      c6,2025-03-08,"跨行
      标题",正文六。,reform|tech
      c7,2025-03-09,多出字段,正文,reform,extra

      c8,2025-03-10,最后一条,正文八。,reform
      """#
    let path = try dir.write("articles.csv", text)
    let result = try read([path])
    #expect(result.articles.map(\.id) == ["c1", "c2", "c4", "c6", "c8"])
    #expect(result.articles.map { $0.location?.line } == [2, 3, 6, 8, 12])
    try #require(result.articles.count == 5)
    let a = result.articles
    #expect(a[0].title == "他说\"要改革\"")
    #expect(a[0].labels == ["reform", "environment"])
    #expect(a[0].date?.description == "2025-03-05")
    #expect(a[1].text == "第一段,含逗号。\n第二段。")
    #expect(a[2].date == nil)
    #expect(a[3].title == "跨行\n标题")
    #expect(a[3].labels == ["reform", "tech"])

    #expect(result.rejects.map(line(of:)) == [5, 7, 10])
    guard result.rejects.count == 3 else { return }
    if case .malformedCSV = result.rejects[0] {} else { Issue.record("\(result.rejects[0])") }
    #expect(result.rejects[1] == .badDate(RecordLocation(file: path, line: 7), .impossibleDate("2023-02-30")))
    if case .malformedCSV = result.rejects[2] {} else { Issue.record("\(result.rejects[2])") }
  }

  @Test("invalid UTF-8 and over-long records are rejected at their first line") func badRecords() throws {
    let dir = try TemporaryDirectory()
    let long1 = "\"长" + String(repeating: "x", count: 60)
    let long2 = String(repeating: "y", count: 60) + "\",正文"
    var bytes = Array("title,text\n好,行\n坏".utf8) + [0xFF] + Array(",x\n".utf8)
    bytes += Array((long1 + "\n" + long2 + "\n末,行\n").utf8)
    let path = try dir.write("bad.csv", bytes)
    let result = try read([path], options: ReaderOptions(maxRecordBytes: 100))
    #expect(result.articles.map(\.title) == ["好", "末"])
    #expect(result.articles.map { $0.location?.line } == [2, 6])
    let size = long1.utf8.count + 1 + long2.utf8.count
    #expect(
      result.rejects == [
        .invalidUTF8(RecordLocation(file: path, line: 3)),
        .tooLarge(RecordLocation(file: path, line: 4), bytes: size, limit: 100),
      ])
  }

  @Test("a header without title and text is rejected once") func badHeader() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("bad.csv", "id,headline,body\n1,标题,正文\n")
    let result = try read([path])
    #expect(result.records.isEmpty)
    #expect(result.rejects.count == 1)
    #expect(result.rejects.first.flatMap(line(of:)) == 1)
  }

  /// A header naming an interpreted column twice gave every record the last of the two cells.
  @Test("a header naming a column twice is rejected once; other columns may repeat")
  func repeatedColumn() throws {
    let dir = try TemporaryDirectory()
    let twice = try dir.write("twice.csv", "id,title,text,TEXT\n1,标题,新能源汽车,乡村\n2,标题,正文,别的\n")
    let result = try read([twice])
    #expect(result.records.isEmpty)
    #expect(
      result.rejects == [
        .malformedCSV(
          RecordLocation(file: twice, line: 1), reason: "header has two 'text' columns (which one is meant?)")
      ])
    let notes = try dir.write("notes.csv", "id,title,text,note,note\n1,标题,正文,a,b\n")
    #expect(try read([notes]).articles.map(\.text) == ["正文"])
  }

  @Test("CRLF and a BOM are handled") func crlfAndBOM() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write(
      "bom.csv", [0xEF, 0xBB, 0xBF] + Array("title,text\r\n标题,\"正文\r\n第二行\"\r\n".utf8))
    let result = try read([path])
    #expect(result.rejects.isEmpty)
    #expect(result.articles.map(\.title) == ["标题"])
    #expect(result.articles.first?.text.contains("第二行") == true)
  }

  @Test("an unterminated quote at the end is rejected at its record's line") func unterminated() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("open.csv", "title,text\n好,行\n\"未闭合,正文\n更多\n")
    let result = try read([path])
    #expect(result.articles.map(\.title) == ["好"])
    #expect(result.rejects.map(line(of:)) == [3])
    // The message says the rest of the file went into the field (it said only "unterminated").
    #expect(
      result.rejects == [
        .malformedCSV(
          RecordLocation(file: path, line: 3),
          reason:
            "a quoted field opened on this line is never closed: lines 3–4, the rest of the file, are one broken record"
        )
      ])
  }

  @Test("CSVRows quotes what needs quoting and reads back") func csvRows() throws {
    let rows = [["title", "text"], ["他说\"好\"", "第一行\n第二行"], ["a,b", "c"]]
    let bytes = CSVRows.encode(rows)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text == "title,text\n\"他说\"\"好\"\"\",\"第一行\n第二行\"\n\"a,b\",c\n")
    let dir = try TemporaryDirectory()
    let result = try read([try dir.write("rows.csv", bytes)])
    #expect(result.articles.map(\.title) == ["他说\"好\"", "a,b"])
    #expect(result.articles.map(\.text) == ["第一行\n第二行", "c"])
  }
}

@Suite("ArticleReader: pages")
struct ArticleReaderPageTests {
  static let page = """
    开发区召开项目推进会

    本报讯(记者 王某)昨天,开发区召开项目推进会,部署重点项目建设。

    会议要求加快推进各项工

    作,确保按期投产。

    湿地公园完成生态修复

    本报讯(记者 李某)经过一年施工,湿地公园生态修复工程全面完工。

    公园新增水域面积三百亩。

    夜间经济点亮城市烟火气

    本报讯(记者 王某)入春以来,多个街区推出夜市活动,吸引大批市民。

    """

  @Test("a page bigger than 8 records' worth is rejected unread; the next input is read")
  func pageTooBigToReadWhole() throws {
    let dir = try TemporaryDirectory()
    let big = try dir.write("2025-03-05.txt", String(repeating: Self.page, count: 20))
    let small = try dir.write("2025-03-06.txt", Self.page)
    let options = ReaderOptions(maxRecordBytes: 300)
    #expect(options.maxPageBytes == 2400)
    let result = try read([big, small], options: options)
    #expect(result.articles.map(\.id) == ["2025-03-06-01", "2025-03-06-02", "2025-03-06-03"])
    guard case .unreadable(let file, let reason)? = result.rejects.first else {
      Issue.record("expected unreadable, got \(result.rejects)")
      return
    }
    #expect(file == big)
    #expect(reason.contains("more than 2400 bytes"))
    #expect(result.rejects.count == 1)
  }

  @Test("a dated page is split into dated articles with page-order ids") func datedPage() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("2025-03-05.txt", Self.page)
    let result = try read([path])
    #expect(result.rejects.isEmpty)
    #expect(result.articles.map(\.id) == ["2025-03-05-01", "2025-03-05-02", "2025-03-05-03"])
    #expect(result.articles.allSatisfy { $0.date?.description == "2025-03-05" })
    #expect(result.articles.map(\.title) == ["开发区召开项目推进会", "湿地公园完成生态修复", "夜间经济点亮城市烟火气"])
    #expect(result.articles.map(\.byline) == ["记者 王某", "记者 李某", "记者 王某"])
    #expect(result.articles.map { $0.location?.line } == [1, 9, 15])
    #expect(result.articles.first?.text.contains("各项工作,确保") == true)
  }

  @Test("a page dated by its header line") func headerDated() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("page-a.txt", "2025年3月5日 星期三\n\n" + Self.page)
    let result = try read([path])
    #expect(result.rejects.isEmpty)
    #expect(result.articles.count == 3)
    #expect(result.articles.first?.id == "2025-03-05-01")
  }

  @Test("a CRLF page dated by its header line") func crlfHeaderDated() throws {
    let dir = try TemporaryDirectory()
    let text = ("2025年3月5日 星期三\n\n" + Self.page).replacingOccurrences(of: "\n", with: "\r\n")
    let path = try dir.write("page-b.txt", text)
    let result = try read([path])
    // The header scan breaks lines at "\r\n" as at "\n".
    #expect(result.rejects.isEmpty)
    #expect(result.articles.map(\.id) == ["2025-03-05-01", "2025-03-05-02", "2025-03-05-03"])
    // With a date supplied, the CRLF page splits like the LF one.
    let dated = try read([path], options: ReaderOptions(date: try ArticleDate(parsing: "2025-03-05")))
    #expect(dated.articles.map(\.title) == ["开发区召开项目推进会", "湿地公园完成生态修复", "夜间经济点亮城市烟火气"])
  }

  @Test("an undated page is rejected unless allowed") func undated() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("page.txt", Self.page)
    let rejected = try read([path])
    #expect(rejected.records.isEmpty)
    #expect(rejected.rejects == [.undatedPage(file: path)])

    let allowed = try read([path], options: ReaderOptions(allowUndated: true))
    #expect(allowed.rejects.isEmpty)
    #expect(allowed.articles.count == 3)
    #expect(allowed.articles.allSatisfy { $0.date == nil })
    let ids = allowed.articles.map(\.id)
    #expect(ids.map { $0.suffix(3) } == ["-01", "-02", "-03"])
    #expect(Set(ids.map { $0.dropLast(3) }).count == 1)
    #expect(ids.first.map { $0.count == 15 } == true)
    // The same page gives the same ids.
    #expect(try read([path], options: ReaderOptions(allowUndated: true)).articles.map(\.id) == ids)

    let given = try read([path], options: ReaderOptions(date: try ArticleDate(parsing: "2024-12-31")))
    #expect(given.articles.map(\.id).first == "2024-12-31-01")
  }

  @Test("an impossible date in the file name is a bad date") func badName() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("2023-02-30.txt", Self.page)
    let result = try read([path])
    #expect(result.records.isEmpty)
    #expect(result.rejects == [.badDate(RecordLocation(file: path, line: 0), .impossibleDate("2023-02-30"))])
  }

  @Test("a year-named document") func yearDocument() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("2014.txt", "政府工作报告\n\n各位代表:\n\n现在,我代表国务院作报告。\n")
    let result = try read([path], options: ReaderOptions(asDocument: true))
    #expect(result.rejects.isEmpty)
    #expect(result.articles.map(\.id) == ["2014-01"])
    #expect(result.articles.first?.date?.precision == .year)
    #expect(result.articles.first?.title == "政府工作报告")
  }

  @Test("an empty dated page is reported") func emptyPage() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("2025-03-05.txt", "\n\n")
    let result = try read([path])
    #expect(result.records.isEmpty)
    #expect(result.rejects == [.emptyFile(file: path)])
  }

  @Test("pages split on several threads come out as read one by one", arguments: [2, 3, 8])
  func concurrentPages(jobs: Int) throws {
    let dir = try TemporaryDirectory()
    // Good pages among bad ones (undated, empty, invalid UTF-8), more than one batch of them,
    // and a JSONL file in the middle of the run.
    for day in 1...20 {
      let name = String(format: "2025-03-%02d.txt", day)
      switch day % 7 {
      case 3: try dir.write("page-\(day).txt", Self.page)  // no date in the name
      case 4: try dir.write(name, "\n \n")
      case 5: try dir.write(name, Array("标题\n正文。\n".utf8) + [0xFF, 10])
      default: try dir.write(name, Self.page.replacingOccurrences(of: "开发区", with: "第\(day)开发区"))
      }
    }
    try dir.write("2025-03-10.jsonl", #"{"id":"j1","title":"标题","text":"正文。"}"# + "\n")
    let serial = try read([dir.url.path])
    let concurrent = try read([dir.url.path], options: ReaderOptions(jobs: jobs))
    #expect(serial.articles.count == 11 * 3 + 1)
    #expect(serial.rejects.count == 9)
    #expect(concurrent.articles == serial.articles)
    #expect(concurrent.rejects == serial.rejects)
  }

  @Test("invalid UTF-8 in a page names its line") func invalidPage() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("2025-03-05.txt", Array("标题\n正文。\n".utf8) + [0xFF] + [10])
    let result = try read([path])
    #expect(result.rejects == [.invalidUTF8(RecordLocation(file: path, line: 3))])
  }

  /// A NUL byte is valid UTF-8 but never text: the page (a binary file, or UTF-16 read as
  /// UTF-8) is rejected naming the NUL's line, and the other inputs are still read.
  @Test("a NUL byte in a page or a CSV record is rejected with its line") func nulBytes() throws {
    let dir = try TemporaryDirectory()
    let page = try dir.write("2025-03-05.txt", Array("标题\n正文。\n第三行".utf8) + [0] + Array("。\n".utf8))
    let csv = try dir.write(
      "items.csv", Array("id,date,title,text\na,2025-03-06,标题,正文\nb,2025-03-06,标题,正".utf8) + [0] + Array("文\n".utf8))
    let result = try read([page, csv])
    #expect(
      result.rejects == [.nulByte(RecordLocation(file: page, line: 3)), .nulByte(RecordLocation(file: csv, line: 3))])
    #expect(result.articles.map(\.id) == ["a"])
    #expect("\(result.rejects[0])".contains("a NUL byte"))
  }
}
