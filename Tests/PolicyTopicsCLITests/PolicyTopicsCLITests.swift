import ArgumentParser
import CAffinity
import Foundation
import PolicyClassifier
import Testing
import _PolicyTestSupport

@testable import policy_topics

/// Locating and running the built `policy-topics` executable.
enum CLI {
  /// The package root (three levels above this file).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let executable: URL? = {
    var candidates: [URL] = []
    if let first = CommandLine.arguments.first {
      // The test bundle sits next to the product in the build directory.
      var dir = URL(fileURLWithPath: first).deletingLastPathComponent()
      for _ in 0..<4 {
        candidates.append(dir.appendingPathComponent("policy-topics"))
        dir = dir.deletingLastPathComponent()
      }
    }
    candidates += [".build-cls", ".build"].map { root.appendingPathComponent("\($0)/debug/policy-topics") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  static let lexicons = root.appendingPathComponent("Lexicons").path
  static let model = root.appendingPathComponent("Models/default.ptmodel").path
  static var hasModel: Bool { FileManager.default.fileExists(atPath: model) }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], in directory: URL, stdin: String? = nil) throws -> Result {
    try run(arguments, in: directory, stdinBytes: stdin.map { Array($0.utf8) })
  }

  /// Runs the executable with `stdinBytes` (nil: no input) on its standard input and its
  /// standard output and error going to `stdoutPath` and `stderrPath` (a device such as
  /// `/dev/full`; nil: captured).
  static func run(
    _ arguments: [String], in directory: URL, stdinBytes: [UInt8]?, stdoutPath: String? = nil,
    stderrPath: String? = nil
  ) throws -> Result {
    let exe = try #require(executable, "policy-topics executable not found")
    let process = Process()
    process.executableURL = exe
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
    let err = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    process.standardOutput = try stdoutPath.map { try #require(FileHandle(forWritingAtPath: $0)) } ?? outHandle
    process.standardError = try stderrPath.map { try #require(FileHandle(forWritingAtPath: $0)) } ?? errHandle
    if let stdinBytes {
      let input = directory.appendingPathComponent(".stdin-\(UUID().uuidString)")
      try Data(stdinBytes).write(to: input)
      process.standardInput = try FileHandle(forReadingFrom: input)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
  }

  static func tempDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static func jsonLines(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not an object: \(line)")
    }
  }
}

@Suite("Argument parsing")
struct ParsingTests {
  @Test(arguments: [
    ["tag", "--jobs", "0", "x.jsonl"], ["tag", "--block-size", "0", "x.jsonl"], ["split", "--jobs", "0", "x.txt"],
  ])
  func tagRejectsNonPositiveCounts(arguments: [String]) {
    #expect(throws: (any Error).self) { try PolicyTopics.parseAsRoot(arguments) }
  }

  @Test func tagParses() throws {
    let command = try PolicyTopics.parseAsRoot(["tag", "--jobs", "2", "--format", "csv", "a.jsonl", "b.jsonl"])
    let tag = try #require(command as? policy_topics.Tag)
    #expect(tag.jobs == 2)
    #expect(tag.format == .csv)
    #expect(tag.input.inputs == ["a.jsonl", "b.jsonl"])
  }

  @Test func reportParses() throws {
    let command = try PolicyTopics.parseAsRoot(["report", "--period", "week", "--format", "csv", "-"])
    let report = try #require(command as? Report)
    #expect(report.period == .week)
    #expect(report.format == .csv)
    #expect(report.input.inputs == ["-"])
    #expect(report.out == "-")
  }

  /// Standard input twice (the second '-' was read as empty and rejected) and a `--topics` that
  /// names no topic (a report of no topic at all) are usage errors.
  @Test(arguments: [
    ["tag", "-", "-"], ["split", "a.txt", "-", "-"], ["report", "--topics", ",", "x.jsonl"],
    ["report", "--topics", "", "x.jsonl"],
  ])
  func impossibleInputsAndTopicsFail(arguments: [String]) {
    #expect(throws: (any Error).self) { try PolicyTopics.parseAsRoot(arguments) }
  }

  @Test func unknownOptionValueFails() {
    #expect(throws: (any Error).self) { try PolicyTopics.parseAsRoot(["report", "--period", "fortnight", "-"]) }
    #expect(throws: (any Error).self) { try PolicyTopics.parseAsRoot(["tag", "--classifier", "svm", "x.jsonl"]) }
  }
}

@Suite("End-to-end runs", .enabled(if: CLI.executable != nil, "policy-topics executable not built"))
struct EndToEndTests {
  @Test func lexiconMatchJSON() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run(["lexicon", "match", "--lexicons", CLI.lexicons, "--json", "新能源汽车产业和营商环境"], in: dir)
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let lines = try CLI.jsonLines(r.stdout)
    let energy = lines.filter { $0["topic"] as? String == "new-energy" }
    #expect(energy.count == 1)
    #expect(energy.first?["term"] as? String == "新能源汽车")
    #expect(energy.first?["start"] as? Int == 0)
    #expect(energy.first?["end"] as? Int == 5)
    #expect(energy.first?["source"] as? String == "<text>")
    // 营商环境 hides the 环境 inside it.
    #expect(!lines.contains { $0["topic"] as? String == "environment" })
    #expect(!lines.contains { $0["term"] as? String == "环境" })
  }

  @Test func splitRejectsUndatedPage() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "光伏产业加快发展\n各地推进光伏和储能项目建设。\n\n生态环境持续改善\n污染防治攻坚战取得成效。\n"
      .write(to: dir.appendingPathComponent("2024-03-05.txt"), atomically: true, encoding: .utf8)
    try "没有日期的新闻\n这是一段正文。\n".write(to: dir.appendingPathComponent("page.txt"), atomically: true, encoding: .utf8)
    let r = try CLI.run(["split", "2024-03-05.txt", "page.txt"], in: dir)
    #expect(r.status == 2)
    #expect(r.stderr.contains("page.txt"))
    #expect(r.stderr.contains("--date"))
    let lines = try CLI.jsonLines(r.stdout)
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0["date"] as? String == "2024-03-05" })
    #expect(lines.first?["title"] as? String == "光伏产业加快发展")

    // With --date the same page is accepted.
    let ok = try CLI.run(["split", "--date", "2024-03-06", "page.txt"], in: dir)
    #expect(ok.status == 0, "stderr: \(ok.stderr)")
    #expect(try CLI.jsonLines(ok.stdout).first?["date"] as? String == "2024-03-06")
  }

  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func evaluateRejectsUnknownLabelWithLocation() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = """
      {"id":"l1","title":"光伏产业加快发展","text":"各地推进光伏、风电和储能项目。","labels":["new-energy"]}
      {"id":"l2","title":"航天发射成功","text":"新型运载火箭发射成功。","labels":["space-program"]}
      {"id":"l3","title":"春耕生产","text":"各地抓紧春耕备耕。","labels":[]}

      """
    try input.write(to: dir.appendingPathComponent("labelled.jsonl"), atomically: true, encoding: .utf8)
    let r = try CLI.run(
      ["evaluate", "--lexicons", CLI.lexicons, "--model", CLI.model, "--data", "labelled.jsonl", "--json"], in: dir)
    #expect(r.status == 2, "stderr: \(r.stderr)")
    #expect(r.stderr.contains("labelled.jsonl:2"))
    #expect(r.stderr.contains("'space-program' is not a topic"))
    let report = try #require(try CLI.jsonLines(r.stdout).first)
    #expect(report["articles"] as? Int == 2)
  }

  /// `--errors` lists each article with a wrong decision on a topic the data uses: a missed
  /// label with its lexicon mentions, a false one with its evidence. The first article is also
  /// tagged tech-innovation, a topic these labels never use: not an error.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func evaluateWritesErrors() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = """
      {"id":"right","title":"光伏企业加快科技创新","text":"各地推进光伏、风电和储能项目，新能源装机持续增长。光伏企业加大研发投入，科技创新和关键核心技术攻关取得突破，高新技术企业和科技成果转化数量增长。","labels":["new-energy"]}
      {"id":"missed","title":"光伏产业加快发展","text":"各地推进光伏、风电和储能项目，新能源装机持续增长，光伏组件出口增长。","labels":["new-energy","reform"]}
      {"id":"false","title":"新能源汽车产销两旺","text":"新能源汽车产销量增长，动力电池和充电桩建设加快，新能源汽车下乡活动启动。","labels":[]}
      {"id":"none","title":"春耕生产","text":"各地抓紧春耕备耕。","labels":[]}

      """
    try input.write(to: dir.appendingPathComponent("labelled.jsonl"), atomically: true, encoding: .utf8)
    let r = try CLI.run(
      [
        "evaluate", "--lexicons", CLI.lexicons, "--model", CLI.model, "--data", "labelled.jsonl", "--errors",
        "errors.jsonl",
      ], in: dir)
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let tagged = try CLI.run(["tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "labelled.jsonl"], in: dir)
    #expect(try CLI.jsonLines(tagged.stdout).first?["labels"] as? [String] == ["new-energy", "tech-innovation"])
    #expect(r.stderr.contains("wrote 2 article(s) with a wrong decision to errors.jsonl"))
    let lines = try CLI.jsonLines(
      String(decoding: Data(contentsOf: dir.appendingPathComponent("errors.jsonl")), as: UTF8.self))
    #expect(lines.map { $0["id"] as? String } == ["missed", "false"])
    let missed = try #require(lines.first)
    #expect(missed["false_negatives"] as? [String] == ["reform"])
    #expect(missed["false_positives"] as? [String] == [])
    #expect((missed["mentions"] as? [String: Any])?["reform"] as? Int == 0)
    let wrong = try #require(lines.last)
    #expect(wrong["false_positives"] as? [String] == ["new-energy"])
    #expect(wrong["predicted"] as? [String] == ["new-energy"])
    let scores = try #require(wrong["scores"] as? [String: Any])
    #expect((scores["new-energy"] as? Double ?? 0) > 0.5)
    let evidence = try #require((wrong["evidence"] as? [String: Any])?["new-energy"] as? [[Any]])
    #expect(evidence.first?.first as? String == "新能源汽车")
  }

  /// A page saved as GB18030 is rejected as not UTF-8, with a pointer to `--encoding`, and read
  /// with it.
  @Test func gb18030Page() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let page = "光伏电站并网发电\n\n本报讯（记者 陈默）青澜区首座光伏电站昨天并网发电。\n"
    try Data(gb18030(page)).write(to: dir.appendingPathComponent("2025-03-05.txt"))
    let plain = try CLI.run(["split", "2025-03-05.txt"], in: dir)
    #expect(plain.status == 2)
    #expect(plain.stderr.contains("2025-03-05.txt:1: invalid UTF-8"))
    #expect(plain.stderr.contains("--encoding gb18030"))
    let converted = try CLI.run(["split", "--encoding", "gb18030", "2025-03-05.txt"], in: dir)
    #expect(converted.status == 0, "stderr: \(converted.stderr)")
    #expect(try CLI.jsonLines(converted.stdout).first?["title"] as? String == "光伏电站并网发电")
  }

  /// A long report mentions a topic's weak, generic terms (一体化, 协同发展, 都市圈, 区域协调发展
  /// for the Yangtze Delta) once a page: scattered over 18,000 characters they are no longer
  /// evidence for the topic. Gathered on one page with its core term, they are.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func tagLongDocumentByItsBestWindow() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let page = String(repeating: "城市道路交通运行平稳，居民生活秩序良好。", count: 45) + "\n"
    let weak = ["一体化", "协同发展", "都市圈", "区域协调发展"]
    let scattered = (0..<20).map { "推进\(weak[$0 % 4])工作。" + page }.joined()
    let gathered =
      "长三角一体化发展取得新进展，推进\(weak.joined(separator: "、"))工作。" + page
      + String(repeating: page, count: 19)
    let lines = [("scattered", scattered), ("gathered", gathered)].map { id, text in
      let escaped = text.replacingOccurrences(of: "\n", with: "\\n")
      return #"{"id":"\#(id)","title":"市政府工作报告","text":"\#(escaped)"}"#
    }
    try (lines.joined(separator: "\n") + "\n").write(
      to: dir.appendingPathComponent("long.jsonl"), atomically: true, encoding: .utf8)
    let r = try CLI.run(["tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "long.jsonl"], in: dir)
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let out = try CLI.jsonLines(r.stdout)
    let labels = out.map { ($0["labels"] as? [String]) ?? [] }
    #expect(labels.count == 2)
    #expect(labels.first?.contains("yangtze-delta") == false)
    #expect(labels.last?.contains("yangtze-delta") == true)
  }

  /// CSV on standard input is recognised by its header and read as it streams in; problems
  /// name `-` and the line, and every good record is tagged.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func tagCSVFromStandardInput() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let csv = """
      id,date,title,text
      c1,2025-03-05,光伏项目开工,"各地推进光伏、风电和储能项目。"
      c2,2025-13-01,日期有误,正文。
      c3,2025-03-06,"湿地保护","湿地公园完成生态修复,
      新增水域三百亩。"

      """
    let r = try CLI.run(
      ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "--jobs", "2", "-"], in: dir, stdin: csv)
    #expect(r.status == 2, "stderr: \(r.stderr)")
    #expect(r.stderr.contains("-:3: '2025-13-01'"))
    #expect(!r.stderr.contains("policy-topics-stdin"))
    let lines = try CLI.jsonLines(r.stdout)
    #expect(lines.map { $0["id"] as? String } == ["c1", "c3"])
    #expect((lines.last?["text"] as? String)?.contains("\n新增水域") == true)
    // CSV out for Excel: a byte-order mark first, on request.
    let bom = try CLI.run(
      ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "--format", "csv", "--bom", "-"], in: dir,
      stdin: csv)
    #expect(bom.stdout.hasPrefix("\u{FEFF}id,date,title,labels,"), "\(bom.stdout.prefix(40))")
  }

  /// Gzip data piped in is inflated, whatever `--stdin-format` says or sniffing finds in it:
  /// JSONL, CSV and a bulletin page, each read as gzip(1) wrote it; damage is a rejection.
  @Test(
    .enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"),
    arguments: [nil, "jsonl", "csv", "text"] as [String?])
  func gzipOnStandardInput(format: String?) throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let jsonl = #"{"id":"g1","date":"2025-03-02","title":"光伏电站并网","text":"新建光伏电站并网发电，新能源装机再创新高。"}"# + "\n"
    let csv = "id,date,title,text\ng1,2025-03-02,光伏电站并网,新建光伏电站并网发电，新能源装机再创新高。\n"
    let page = "2025年3月2日\n\n光伏电站并网\n\n本报讯 新建光伏电站并网发电，新能源装机再创新高，全年清洁能源发电量持续增长。\n"
    let inputs: [String: String] = ["jsonl": jsonl, "csv": csv, "text": page]
    for (kind, text) in inputs where format == nil || format == kind {
      let gz = try gzipped(Array(text.utf8))
      let formatOption = format.map { ["--stdin-format", $0] } ?? []
      let r = try CLI.run(
        ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model] + formatOption + ["-"], in: dir, stdinBytes: gz)
      #expect(r.status == 0, "\(kind): \(r.stderr)")
      let lines = try CLI.jsonLines(r.stdout)
      #expect(lines.count == 1, "\(kind): \(r.stdout)")
      #expect((lines.first?["labels"] as? [String])?.contains("new-energy") == true, "\(kind): \(r.stdout)")
      // Cut short: the stream's end is missing, which is an error (the input was not read in
      // full), not read as text.
      let cut = try CLI.run(
        ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model] + formatOption + ["-"], in: dir,
        stdinBytes: Array(gz.dropLast(12)))
      #expect(cut.status == 1, "\(kind): \(cut.stderr)")
      #expect(cut.stderr.contains("-: cannot read: the gzip stream ends early"), "\(kind): \(cut.stderr)")
    }
  }

  /// A page piped in is read whole, up to eight records' worth: a bigger one is reported.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func pageTooBigOnStandardInput() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let article = "光伏电站并网\n\n本报讯 新建光伏电站并网发电，新能源装机再创新高，全年清洁能源发电量持续增长。\n\n"
    let r = try CLI.run(
      [
        "tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "--max-record-bytes", "1000", "--date", "2025-03-02",
        "-",
      ],
      in: dir, stdin: String(repeating: article, count: 100))
    #expect(r.status == 1, "stderr: \(r.stderr)")
    #expect(r.stderr.contains("-: cannot read: more than 8000 bytes, the most a page is read whole"), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  /// A bulletin page saved as `.txt.gz` is read like the page itself.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func gzippedPageFile() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let page = "光伏电站并网\n\n本报讯 新建光伏电站并网发电，新能源装机再创新高，全年清洁能源发电量持续增长。\n"
    try page.write(to: dir.appendingPathComponent("2025-03-02.txt"), atomically: true, encoding: .utf8)
    let gz = try gzipped(Array(page.utf8))
    try Data(gz).write(to: dir.appendingPathComponent("2025-03-03.txt.gz"))
    let r = try CLI.run(["tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "."], in: dir)
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let lines = try CLI.jsonLines(r.stdout)
    #expect(lines.map { $0["date"] as? String } == ["2025-03-02", "2025-03-03"])
    #expect(lines.map { $0["title"] as? String } == ["光伏电站并网", "光伏电站并网"])
  }

  /// Problems found while reading (an over-long line) and while decoding on the workers (a
  /// malformed line) are reported in input order, whatever the number of jobs.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"), arguments: [1, 2])
  func tagReportsProblemsInInputOrder(jobs: Int) throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let long = String(repeating: "光伏", count: 200)
    let input = """
      {"id":"o1","title":"光伏项目开工","text":"各地推进光伏、风电和储能项目。"}
      {"id":"o2","title":"坏记录",
      {"id":"o3","title":"很长","text":"\(long)"}
      {"id":"o4","title":"春耕生产","text":"各地抓紧春耕备耕。"}
      {"id":"o5","title":"又一条坏记录"

      """
    try input.write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
    let r = try CLI.run(
      [
        "tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "--jobs", "\(jobs)", "--max-record-bytes", "600",
        "in.jsonl",
      ], in: dir)
    #expect(r.status == 2, "stderr: \(r.stderr)")
    let lines = r.stderr.split(separator: "\n").map(String.init)
    let order = ["in.jsonl:2:", "in.jsonl:3:", "in.jsonl:5:"].map { tag in lines.firstIndex { $0.contains(tag) } }
    #expect(order.allSatisfy { $0 != nil }, "stderr: \(r.stderr)")
    #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "stderr: \(r.stderr)")
    #expect(try CLI.jsonLines(r.stdout).map { $0["id"] as? String } == ["o1", "o4"])
  }

  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func tagReportsMalformedLine() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = """
      {"id":"n1","date":"2024-03-05","title":"光伏产业加快发展","text":"各地推进光伏、风电和储能项目，新能源汽车销量增长。"}
      {"id":"n2","title":"坏记录",
      {"id":"n3","date":"2024-03-06","title":"春耕生产","text":"各地抓紧春耕备耕。"}

      """
    try input.write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
    let r = try CLI.run(
      ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "--jobs", "1", "in.jsonl"], in: dir)
    #expect(r.status == 2, "stderr: \(r.stderr)")
    #expect(r.stderr.contains("in.jsonl:2"))
    let lines = try CLI.jsonLines(r.stdout)
    #expect(lines.map { $0["id"] as? String } == ["n1", "n3"])
    for line in lines {
      #expect(line["labels"] is [String])
      let scores = try #require(line["scores"] as? [String: Double])
      #expect(scores["new-energy"] != nil)
      #expect(scores.values.allSatisfy { $0 >= 0 && $0 <= 1 })
    }
    #expect((lines.first?["labels"] as? [String])?.contains("new-energy") == true)
  }

  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func tagKeepsEveryMemberAndOrder() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Escapes of every kind, members the reader does not interpret, a missing id, and enough
    // lines for several units of work.
    var lines = [
      #"{"id":"esc","date":"2024-03-05","title":"\u5149\u4f0f \"新\"能源","text":"第一段：风电、储能。\n第二段\t含制表符与 \ud83d\ude00 表情。","tags":["能源"],"meta":{"page":2,"ok":true}}"#,
      #"{"title":"没有编号的记录","text":"推进生态环境保护，打好污染防治攻坚战。"}"#,
    ]
    for i in 0..<700 {
      lines.append(
        #"{"id":"n\#(i)","date":"2024-03-06","title":"第\#(i)条","text":"各地推进\#(i % 3 == 0 ? "光伏和风电" : "春耕备耕")项目。"}"#)
    }
    try (lines.joined(separator: "\n") + "\n").write(
      to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
    let base = ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model]
    let one = try CLI.run(base + ["--jobs", "1", "in.jsonl"], in: dir)
    #expect(one.status == 0, "stderr: \(one.stderr)")
    let four = try CLI.run(base + ["--jobs", "4", "in.jsonl"], in: dir)
    #expect(four.stdout == one.stdout, "output must not depend on the number of jobs")
    let out = try CLI.jsonLines(one.stdout)
    let input = try CLI.jsonLines(lines.joined(separator: "\n"))
    #expect(out.count == input.count)
    // Every input member comes back with its value (the id is generated when missing).
    for (o, i) in zip(out, input) {
      for (key, value) in i {
        #expect(
          try JSONSerialization.data(withJSONObject: [value], options: .sortedKeys)
            == JSONSerialization.data(withJSONObject: [o[key] as Any], options: .sortedKeys), "\(key)")
      }
    }
    #expect(out[0]["title"] as? String == "光伏 \"新\"能源")
    #expect((out[1]["id"] as? String)?.hasPrefix("h") == true)
    #expect(out.dropFirst(2).map { $0["id"] as? String } == (0..<700).map { "n\($0)" })
    // The CSV path decodes records in full: same ids, titles, texts and labels, as CSV read
    // back by `tag` itself shows (the text column keeps the line break and the emoji).
    let csv = try CLI.run(base + ["--jobs", "1", "--format", "csv", "in.jsonl"], in: dir)
    #expect(csv.stdout.hasPrefix("id,date,title,labels,score_"))
    #expect(csv.stdout.split(separator: "\n").first?.hasSuffix(",evidence,text") == true)
    try csv.stdout.write(to: dir.appendingPathComponent("tagged.csv"), atomically: true, encoding: .utf8)
    let back = try CLI.jsonLines(try CLI.run(base + ["--jobs", "1", "tagged.csv"], in: dir).stdout)
    #expect(back.count == out.count)
    for key in ["id", "title", "text", "labels"] {
      #expect(
        try JSONSerialization.data(withJSONObject: back.map { $0[key] as Any })
          == JSONSerialization.data(withJSONObject: out.map { $0[key] as Any }), "\(key)")
    }
  }

  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func tagRejectsInvalidUTF8InText() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    var bytes = Array(#"{"id":"ok1","title":"光伏","text":"新能源"}"#.utf8) + [10]
    bytes += Array(#"{"id":"bad","title":"光伏","text":"新能"#.utf8) + [0xE6, 0xBA] + Array(#"源"}"#.utf8) + [10]
    bytes += Array(#"{"id":"ok2","title":"春耕","text":"备耕"}"#.utf8) + [10]
    try Data(bytes).write(to: dir.appendingPathComponent("in.jsonl"))
    for jobs in ["1", "2"] {
      let r = try CLI.run(
        ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "--jobs", jobs, "in.jsonl"], in: dir)
      #expect(r.status == 2, "stderr: \(r.stderr)")
      #expect(r.stderr.contains("in.jsonl:2: invalid UTF-8"), "stderr: \(r.stderr)")
      #expect(try CLI.jsonLines(r.stdout).map { $0["id"] as? String } == ["ok1", "ok2"])
    }
  }

  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func parallelLoadingLoadsTheSameModel() throws {
    let serial = try Resources.lexiconsAndModel(lexicons: CLI.lexicons, model: CLI.model, parallel: false)
    let parallel = try Resources.lexiconsAndModel(lexicons: CLI.lexicons, model: CLI.model, parallel: true)
    #expect(serial.0 == parallel.0)
    #expect(serial.1.metadata == parallel.1.metadata)
    #expect(serial.1.nbWeights == parallel.1.nbWeights)
    #expect(serial.1.features.ngrams.keys == parallel.1.features.ngrams.keys)
    // A missing model file fails the same way either way.
    for flag in [false, true] {
      #expect(throws: CommandFailure("--model /nonexistent/m.ptmodel: no such file")) {
        try Resources.lexiconsAndModel(lexicons: CLI.lexicons, model: "/nonexistent/m.ptmodel", parallel: flag)
      }
    }
  }
}

@Suite("Ordered pipeline")
struct OrderedPipelineTests {
  /// Delivered in order, never more than `jobs` running and never more than the window
  /// submitted but undelivered, for any finishing order.
  @Test(arguments: [1, 2, 4])
  func deliversInSubmissionOrder(jobs: Int) {
    final class Probe: @unchecked Sendable {
      let lock = NSLock()
      var running = 0
      var peak = 0
      var delivered: [Int] = []
      var furthestAhead = 0
      func enter(_ unit: Int) {
        lock.lock()
        running += 1
        peak = max(peak, running)
        furthestAhead = max(furthestAhead, unit - delivered.count)
        lock.unlock()
      }
      func deliver(_ unit: Int) {
        lock.lock()
        delivered.append(unit)
        lock.unlock()
      }
      func leave() {
        lock.lock()
        running -= 1
        lock.unlock()
      }
    }
    let probe = Probe()
    let window = jobs * 4
    let pipeline = OrderedPipeline<Int>(jobs: jobs, window: window) { probe.deliver($0) }
    for unit in 0..<60 {
      pipeline.submit {
        probe.enter(unit)
        // Later units often finish first.
        usleep(UInt32((unit * 7919) % 5) * 300)
        probe.leave()
        return unit
      }
    }
    pipeline.finish()
    #expect(probe.delivered == Array(0..<60))
    #expect(probe.peak <= jobs)
    #expect(probe.furthestAhead < window)
  }
}

@Suite("Placed threads")
struct PlacedThreadTests {
  /// Every placed thread runs its body once, under its name, and free to run on every core the
  /// process may use (its start is placed, never pinned), however far away it starts.
  @Test(arguments: [0, 1, 2, 7])
  func runsOnceUnpinned(away: Int) {
    final class Probe: @unchecked Sendable {
      let done = DispatchSemaphore(value: 0)
      var runs = 0
      var allowed = 0
      var name = ""
    }
    let probe = Probe()
    PlacedThread.start(away: away, name: "pt-test-\(away)") {
      probe.runs += 1
      probe.allowed = Int(policy_topics_allowed_cpu_count())
      probe.name = (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)) ?? ""
      probe.done.signal()
    }
    #expect(probe.done.wait(timeout: .now() + 10) == .success)
    #expect(probe.runs == 1)
    #expect(probe.allowed == Int(policy_topics_allowed_cpu_count()))
    #expect(probe.name.trimmingCharacters(in: .newlines) == "pt-test-\(away)")
  }
}

@Suite("Fixed decimals")
struct FixedDecimalTests {
  @Test(
    "four decimals as printf writes them",
    arguments: [
      Float(0), -0.0, 1, 0.5, 1.0 / 32, 3.0 / 32, 5.0 / 32, 0.99995, 0.00005, 0.12345, -0.00001, 123_456.78,
      Float.greatestFiniteMagnitude, 1e-30, .infinity, -.infinity,
    ])
  func knownValues(x: Float) {
    #expect(FixedDecimal.fourDigits(x) == String(format: "%.4f", Double(x)))
  }

  /// Every 50,000th float from 0 to 1 (all exponents, about 21,000 values).
  @Test func scoresAcrossTheRange() {
    for bits in stride(from: UInt32(0), through: Float(1).bitPattern, by: 50_000) {
      let x = Float(bitPattern: bits)
      #expect(FixedDecimal.fourDigits(x) == String(format: "%.4f", Double(x)))
    }
  }
}

@Suite("Start-up prefetch", .serialized)
struct StartupPrefetchTests {
  typealias Request = StartupPrefetch.Request

  @Test("reads --lexicons and --model in both spellings; only tag on more than one core")
  func requests() {
    let scan = { (arguments: [String], cores: Int) in
      StartupPrefetch.request(in: ["policy-topics"] + arguments, cores: cores)
    }
    #expect(scan(["tag", "in.jsonl"], 2) == Request())
    #expect(
      scan(["tag", "--model", "m.ptmodel", "--lexicons=L", "-"], 2) == Request(lexicons: "L", model: "m.ptmodel"))
    #expect(scan(["tag", "--model=a", "--model", "b", "x"], 4) == Request(model: "b"))  // the last one counts
    #expect(scan(["tag", "--jobs", "2", "x"], 1) == Request())
    #expect(scan(["tag", "--jobs=3", "--lexicons", "L"], 1) == Request(lexicons: "L"))
    // --jobs takes the next word as its value: "--model" is not a number, so one job.
    #expect(scan(["tag", "--jobs", "--model", "x"], 2) == nil)
    // No prefetch: one core, one job, another command, help, or nothing after tag.
    #expect(scan(["tag", "x"], 1) == nil)
    #expect(scan(["tag", "--jobs", "1", "x"], 8) == nil)
    #expect(scan(["tag", "--jobs=1", "x"], 8) == nil)
    #expect(scan(["report", "x"], 8) == nil)
    #expect(scan(["tag", "--help"], 8) == nil)
    #expect(scan(["tag", "-h"], 8) == nil)
    #expect(scan([], 8) == nil)
    // After --, everything is an input.
    #expect(scan(["tag", "--", "--model", "x"], 2) == Request())
  }

  @Test(
    "tag takes the prefetched model only for the same request",
    .enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func takesOnlyTheSameRequest() throws {
    let arguments = ["policy-topics", "tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "-"]
    StartupPrefetch.start(arguments: arguments, cores: 2)
    let loaded = try #require(StartupPrefetch.take(Request(lexicons: CLI.lexicons, model: CLI.model))).get()
    let direct = try Resources.lexiconsAndModel(lexicons: CLI.lexicons, model: CLI.model, parallel: false)
    #expect(loaded.0 == direct.0)
    #expect(loaded.1.metadata == direct.1.metadata)
    #expect(loaded.1.nbWeights == direct.1.nbWeights)
    // Taken once; a different request (here the default lookup) gets nothing.
    #expect(StartupPrefetch.take(Request(lexicons: CLI.lexicons, model: CLI.model)) == nil)
    StartupPrefetch.start(arguments: arguments, cores: 2)
    #expect(StartupPrefetch.take(Request(lexicons: CLI.lexicons)) == nil)
    // A failed prefetch hands its error to the same request, as loading would fail.
    StartupPrefetch.start(arguments: ["policy-topics", "tag", "--model", "/nonexistent/m.ptmodel", "-"], cores: 2)
    let failed = try #require(StartupPrefetch.take(Request(model: "/nonexistent/m.ptmodel")))
    #expect(throws: (any Error).self) { try failed.get() }
  }
}

@Suite("Available cores")
struct AvailableCoresTests {
  @Test("rounds cgroup quotas up; no limit is nil")
  func quotas() {
    #expect(AvailableCores.cgroupQuota(v2: "200000 100000\n") == 2)
    #expect(AvailableCores.cgroupQuota(v2: "150000 100000") == 2)
    #expect(AvailableCores.cgroupQuota(v2: "50000 100000") == 1)
    #expect(AvailableCores.cgroupQuota(v2: "max 100000\n") == nil)
    #expect(AvailableCores.cgroupQuota(v2: nil) == nil)
    #expect(AvailableCores.cgroupQuota(v2: "garbage") == nil)
    #expect(AvailableCores.cgroupQuota(v1Quota: "300000\n", period: "100000\n") == 3)
    #expect(AvailableCores.cgroupQuota(v1Quota: "-1\n", period: "100000\n") == nil)
    #expect(AvailableCores.cgroupQuota(v1Quota: "100000", period: nil) == nil)
  }

  @Test("at least one, at most the machine's processors")
  func bounds() {
    #expect(AvailableCores.count >= 1)
    #expect(AvailableCores.count <= ProcessInfo.processInfo.processorCount)
  }
}
