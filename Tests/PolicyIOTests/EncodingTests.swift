import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyIO

@Suite("GB 18030 input")
struct EncodingTests {
  static let text = "青澜区光伏装机突破2GW，€1 = ¥7.8 😀\n第二行：储能"

  func convert(_ chunks: [[UInt8]]) -> [UInt8] {
    guard let transcoder = Transcoder(from: .gb18030) else { return [] }
    var out: [UInt8] = []
    for (i, chunk) in chunks.enumerated() {
      chunk.withUnsafeBufferPointer { transcoder.convert($0, final: i == chunks.count - 1, into: &out) }
    }
    return out
  }

  @Test("two-byte, four-byte and ASCII characters, the input cut at every byte")
  func chunkCuts() {
    let encoded = gb18030(Self.text)
    #expect(encoded.count < Self.text.utf8.count, "expected two-byte ideographs")
    for cut in 0...encoded.count {
      let out = convert([Array(encoded[..<cut]), Array(encoded[cut...])])
      #expect(out == Array(Self.text.utf8), "cut at \(cut)")
    }
  }

  @Test("bytes that start no character become 0xFF, never valid UTF-8")
  func invalidBytes() {
    #expect(convert([[0x81, 0x22, 0x41]]) == [0xFF, 0x22, 0x41])
    #expect(convert([[0x41, 0x81]]) == [0x41, 0xFF])
    // Incomplete at the end of a chunk but completed by the next: one character.
    #expect(convert([[0x81], [0x40]]) == Array("丂".utf8))
    #expect(Transcoder(from: .utf8) == nil)
  }

  @Test("JSONL, CSV and a bulletin page in GB 18030 read as their UTF-8 versions; a bad line is rejected at its line")
  func readers() throws {
    let dir = try TemporaryDirectory()
    let lines = [
      #"{"id":"g1","date":"2025-03-05","title":"光伏电站并网","text":"青澜区首座光伏电站并网发电。"}"#,
      #"{"id":"g2","date":"2025-03-05","title":"储能项目开工","text":"新型储能项目开工。"}"#,
      #"{"id":"g3","date":"2025-03-06","title":"河长制会议召开","text":"推进河道整治。"}"#,
    ]
    var jsonl: [UInt8] = []
    for (n, line) in lines.enumerated() {
      jsonl += gb18030(line)
      if n == 1 { jsonl.insert(0x81, at: jsonl.count - 2) }  // a stray lead byte inside line 2
      jsonl.append(10)
    }
    let gbOptions = ReaderOptions(encoding: .gb18030)
    let jsonlResult = try read([try dir.write("gb.jsonl", jsonl)], options: gbOptions)
    #expect(jsonlResult.articles.map(\.id) == ["g1", "g3"])
    #expect(jsonlResult.articles.first?.text == "青澜区首座光伏电站并网发电。")
    #expect(jsonlResult.rejects.map { line(of: $0) } == [2])
    if case .invalidUTF8 = jsonlResult.rejects.first {} else { Issue.record("expected invalid UTF-8") }

    let csv = "id,date,title,text\nc1,2025-03-05,光伏电站并网,\"首座光伏电站，\n并网发电。\"\n"
    let csvResult = try read([try dir.write("gb.csv", gb18030(csv))], options: gbOptions)
    let utf8Result = try read([try dir.write("u8.csv", csv)])
    #expect(csvResult.rejects.isEmpty)
    #expect(csvResult.articles.map(\.text) == utf8Result.articles.map(\.text))
    #expect(csvResult.articles.first?.text == "首座光伏电站，\n并网发电。")

    let page = "光伏电站并网发电\n\n本报讯（记者 陈默）青澜区首座光伏电站昨天并网发电。\n"
    let pageResult = try read([try dir.write("2025-03-05.txt", gb18030(page))], options: gbOptions)
    #expect(pageResult.articles.map(\.title) == ["光伏电站并网发电"])
    // Read as UTF-8, the same bytes are rejected.
    let asUTF8 = try read([try dir.write("2025-03-07.txt", gb18030(page))])
    #expect(asUTF8.articles.isEmpty)
    #expect(asUTF8.rejects.count == 1)
  }
}
