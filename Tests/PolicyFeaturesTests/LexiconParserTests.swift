import Foundation
import PolicyFeatures
import Testing

@Suite("LexiconParser")
struct LexiconParserTests {
  let parser = LexiconParser()

  static let environment = """
    # 生态环境主题（测试用）
    id = environment
    zh = 生态环境
    en = Ecological environment

    环境  2
    绿色发展 1.5   # 行尾注释
    生态文明
    !营商环境
    """

  @Test("a valid file") func valid() throws {
    let lexicon = try parser.parse(Self.environment, file: "environment.lexicon")
    #expect(lexicon.id == "environment")
    #expect(lexicon.chineseName == "生态环境")
    #expect(lexicon.englishName == "Ecological environment")
    #expect(lexicon.file == "environment.lexicon")
    #expect(lexicon.terms.map(\.text) == ["环境", "绿色发展", "生态文明"])
    #expect(lexicon.terms.map(\.weight) == [2, 1.5, 1])
    #expect(lexicon.terms.map(\.line) == [6, 7, 8])
    #expect(lexicon.exclusions.map(\.text) == ["营商环境"])
    #expect(lexicon.exclusions.map(\.line) == [9])
  }

  @Test("terms are normalised (full-width)") func normalisedTerms() throws {
    let text = "id = tech\nzh = 科技\nen = Technology\nＡＩ芯片　３\n５Ｇ\n"
    let lexicon = try parser.parse(text, file: "tech.lexicon")
    #expect(lexicon.terms.map(\.text) == ["AI芯片", "5G"])
    #expect(lexicon.terms.map(\.weight) == [3, 1])
    #expect(lexicon.terms.map(\.line) == [4, 5])
  }

  @Test("a file with CRLF line endings parses like LF") func crlfFile() throws {
    let lf = "id = tech\nzh = 科技\nen = Technology\n芯片 3\n!芯片概念股\n"
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    // In Swift, "\r\n" is one Character, so `split(separator: "\n")` never splits a CRLF file:
    // the whole file is read as line 1 and rejected as a bad topic id.
    do {
      let lexicon = try parser.parse(crlf, file: "tech.lexicon")
      #expect(lexicon == (try parser.parse(lf, file: "tech.lexicon")))
    }
  }

  private func syntaxLine(_ text: String) -> (line: Int, reason: String)? {
    do {
      _ = try parser.parse(text, file: "t.lexicon")
      return nil
    } catch {
      if case .syntax(let file, let line, let reason) = error, file == "t.lexicon" {
        return (line, reason)
      }
      Issue.record("expected a syntax error, got \(error)")
      return nil
    }
  }

  static let header = "id = reform\nzh = 改革\nen = Reform\n"

  @Test(
    "bad weights are syntax errors on their line",
    arguments: ["改革 abc", "改革 0", "改革 -1", "改革 inf", "改革 nan"])
  func badWeight(line: String) {
    let result = syntaxLine(Self.header + "深化改革\n" + line + "\n")
    #expect(result?.line == 5)
  }

  @Test("a term with a space is a syntax error on its line") func spaceInTerm() {
    let result = syntaxLine(Self.header + "\n深化 改革 2\n")
    #expect(result?.line == 5)
    #expect(result?.reason.contains("3 fields") == true)
  }

  @Test("an exclusion with a weight is a syntax error") func exclusionWeight() {
    #expect(syntaxLine(Self.header + "改革\n!改革开放 2\n")?.line == 5)
  }

  @Test("an unknown header is a syntax error on its line") func unknownHeader() {
    let result = syntaxLine("id = reform\nname = 改革\nzh = 改革\nen = Reform\n改革\n")
    #expect(result?.line == 2)
    #expect(result?.reason.contains("name") == true)
  }

  @Test("an invalid topic id is a syntax error") func invalidID() {
    #expect(syntaxLine("id = New Energy\nzh = 新能源\nen = New energy\n光伏\n")?.line == 1)
    #expect(syntaxLine("id = 新能源\nzh = 新能源\nen = New energy\n光伏\n")?.line == 1)
  }

  @Test("a header given twice is a syntax error on its second line") func repeatedHeader() {
    // The second id used to replace the first, and the message then named a missing 'zh'.
    let result = syntaxLine("id = reform\nid = reforms\nen = Reform\n改革\n")
    #expect(result?.line == 2)
    #expect(result?.reason == "header 'id' is given twice (first on line 1)")
  }

  @Test("an empty header value is a syntax error") func emptyHeaderValue() {
    #expect(syntaxLine("id = reform\nzh =\nen = Reform\n改革\n")?.line == 2)
  }

  @Test("a missing header is reported by key") func missingHeader() {
    #expect(throws: LexiconError.missingHeader(file: "t.lexicon", key: "en")) {
      try parser.parse("id = reform\nzh = 改革\n改革\n", file: "t.lexicon")
    }
    #expect(throws: LexiconError.missingHeader(file: "t.lexicon", key: "id")) {
      try parser.parse("改革\n", file: "t.lexicon")
    }
    #expect(throws: LexiconError.missingHeader(file: "t.lexicon", key: "zh")) {
      try parser.parse("id = reform\nen = Reform\n", file: "t.lexicon")
    }
  }

  @Test("a lexicon without terms is rejected") func noTerms() {
    #expect(throws: LexiconError.noTerms(file: "t.lexicon")) {
      try parser.parse(Self.header + "# 只有注释\n", file: "t.lexicon")
    }
  }

  @Test("error messages name file and line") func errorDescription() {
    let error = LexiconError.syntax(file: "a.lexicon", line: 7, reason: "bad")
    #expect(error.description == "a.lexicon:7: bad")
  }

  // MARK: Files

  @Test("loadDirectory reads every .lexicon file, sorted by id") func loadDirectory() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lexicon-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.environment.write(
      to: dir.appendingPathComponent("environment.lexicon"), atomically: true, encoding: .utf8)
    try (Self.header + "深化改革\n").write(
      to: dir.appendingPathComponent("reform.lexicon"), atomically: true, encoding: .utf8)
    try "not a lexicon".write(
      to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let set = try parser.loadDirectory(dir)
    #expect(set.topicIDs == ["environment", "reform"])
    #expect(set.index(of: "reform") == 1)
    #expect(set.index(of: "nope") == nil)
  }

  @Test("a file that is not UTF-8 is rejected") func invalidUTF8File() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bad-\(UUID().uuidString).lexicon")
    try Data([0x69, 0x64, 0x20, 0x3D, 0x20, 0xFF, 0xFE, 0x0A]).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: LexiconError.invalidUTF8(file: url.path, line: 1)) { try parser.parse(contentsOf: url) }
    try Data(Array("id = reform\nzh = 改革\n".utf8) + [0xE6, 0x94, 0x0A]).write(to: url)
    #expect(throws: LexiconError.invalidUTF8(file: url.path, line: 3)) { try parser.parse(contentsOf: url) }
  }

  @Test("checking a directory names every file's error, not only the first")
  func checkDirectoryCollectsErrors() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "id = a\nzh = 甲\n".write(to: dir.appendingPathComponent("a.lexicon"), atomically: true, encoding: .utf8)
    try (Self.header + "深化改革\n").write(to: dir.appendingPathComponent("b.lexicon"), atomically: true, encoding: .utf8)
    try (Self.header + "深化改革\n").write(
      to: dir.appendingPathComponent("reform.lexicon"), atomically: true, encoding: .utf8)
    guard case .failure(let failure) = parser.checkDirectory(dir) else {
      Issue.record("expected errors")
      return
    }
    #expect(
      failure.errors == [
        .missingHeader(file: dir.appendingPathComponent("a.lexicon").path, key: "en"),
        .idMismatch(file: dir.appendingPathComponent("b.lexicon").path, id: "reform", expected: "b"),
      ])
    try FileManager.default.removeItem(at: dir.appendingPathComponent("a.lexicon"))
    try FileManager.default.removeItem(at: dir.appendingPathComponent("b.lexicon"))
    #expect((try? parser.checkDirectory(dir).get())?.topicIDs == ["reform"])
  }

  @Test("a lexicon directory's topic ids are its files' names") func idMustBeFileName() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-id-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("reforms.lexicon")
    try (Self.header + "深化改革\n").write(to: file, atomically: true, encoding: .utf8)
    #expect(throws: LexiconError.idMismatch(file: file.path, id: "reform", expected: "reforms")) {
      try parser.loadDirectory(dir)
    }
  }

  @Test("an empty directory has no lexicons") func emptyDirectory() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lexicon-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(throws: LexiconError.noLexicons(directory: dir.path)) { try parser.loadDirectory(dir) }
  }
}

@Suite("LexiconSet")
struct LexiconSetTests {
  static func topic(
    _ id: String, _ terms: [(String, Double)], exclusions: [String] = [], file: String? = nil
  ) -> TopicLexicon {
    TopicLexicon(
      id: id, chineseName: id, englishName: id,
      terms: terms.enumerated().map { LexiconTerm(text: $1.0, weight: $1.1, line: $0 + 4) },
      exclusions: exclusions.enumerated().map { LexiconTerm(text: $1, line: 100 + $0) },
      file: file ?? "\(id).lexicon")
  }

  @Test("no warnings for clean lexicons") func clean() throws {
    let set = try LexiconSet([
      Self.topic("environment", [("环境", 2), ("生态", 1)], exclusions: ["营商环境"]),
      Self.topic("reform", [("改革", 1)]),
    ])
    #expect(set.warnings().isEmpty)
  }

  @Test("a duplicate term in one topic is a warning") func duplicateTerm() throws {
    let set = try LexiconSet([Self.topic("reform", [("改革", 1), ("开放", 1), ("改革", 2)])])
    let warnings = set.warnings()
    #expect(warnings.count == 1)
    #expect(warnings.first?.line == 6)
    #expect(warnings.first?.file == "reform.lexicon")
    #expect(warnings.first?.message.contains("listed twice") == true)
    #expect(warnings.first?.message.contains("line 4") == true)
  }

  @Test("a term in two topics is a warning") func termInTwoTopics() throws {
    let set = try LexiconSet([
      Self.topic("reform", [("改革", 1), ("数字化", 1)]),
      Self.topic("digital", [("数字化", 1), ("算力", 1)]),
    ])
    let warnings = set.warnings()
    #expect(warnings.count == 1)
    #expect(warnings.first?.message.contains("数字化") == true)
    #expect(warnings.first?.message.contains("digital") == true)
    #expect(warnings.first?.message.contains("reform") == true)
  }

  @Test("an exclusion containing none of its topic's terms is a warning") func idleExclusion() throws {
    let set = try LexiconSet([Self.topic("environment", [("环境", 1)], exclusions: ["生态文明"])])
    let warnings = set.warnings()
    #expect(warnings.count == 1)
    #expect(warnings.first?.line == 100)
  }

  @Test("two topics with one id are rejected") func duplicateTopic() {
    #expect(throws: LexiconError.self) {
      try LexiconSet([Self.topic("reform", [("改革", 1)]), Self.topic("reform", [("开放", 1)])])
    }
  }

  @Test("topics are sorted by id") func sorted() throws {
    let set = try LexiconSet([Self.topic("b", [("乙", 1)]), Self.topic("a", [("甲", 1)])])
    #expect(set.topicIDs == ["a", "b"])
  }

  @Test("the fingerprint is stable and tracks content") func fingerprint() throws {
    let a = try LexiconSet([
      Self.topic("reform", [("改革", 1), ("开放", 2)]),
      Self.topic("environment", [("环境", 1)], exclusions: ["营商环境"]),
    ])
    let same = try LexiconSet([
      Self.topic("environment", [("环境", 1)], exclusions: ["营商环境"]),
      Self.topic("reform", [("开放", 2), ("改革", 1)]),
    ])
    #expect(a.fingerprint == same.fingerprint)
    #expect(a.fingerprint.count == 16)
    #expect(a.fingerprint.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    // Parsing the same file twice gives the same fingerprint.
    let p = LexiconParser()
    let text = LexiconParserTests.environment
    #expect(
      try LexiconSet([p.parse(text, file: "x")]).fingerprint
        == LexiconSet([p.parse(text, file: "y")]).fingerprint)

    let weightChanged = try LexiconSet([
      Self.topic("reform", [("改革", 1), ("开放", 2.5)]),
      Self.topic("environment", [("环境", 1)], exclusions: ["营商环境"]),
    ])
    #expect(weightChanged.fingerprint != a.fingerprint)
    let exclusionDropped = try LexiconSet([
      Self.topic("reform", [("改革", 1), ("开放", 2)]), Self.topic("environment", [("环境", 1)]),
    ])
    #expect(exclusionDropped.fingerprint != a.fingerprint)
    let termAdded = try LexiconSet([
      Self.topic("reform", [("改革", 1), ("开放", 2), ("攻坚", 1)]),
      Self.topic("environment", [("环境", 1)], exclusions: ["营商环境"]),
    ])
    #expect(termAdded.fingerprint != a.fingerprint)
  }

  @Test(
    "hexadecimal digits are fed as String(radix: 16) spells them",
    arguments: [0, 1, 9, 10, 15, 16, 255, 0x3FE0_0000_0000_0000, UInt64.max, Double(2.5).bitPattern])
  func hexDigits(number: UInt64) {
    var direct = FNV1a64()
    direct.combine(hexDigitsOf: number)
    var spelled = FNV1a64()
    spelled.combine(String(number, radix: 16))
    #expect(direct.value == spelled.value)
  }

  @Test("FNV-1a 64 known values") func fnv() {
    #expect(FNV1a64().hexDigest == "cbf29ce484222325")
    var h = FNV1a64()
    h.combine("a")
    #expect(h.hexDigest == "af63dc4c8601ec8c")
    var foobar = FNV1a64()
    foobar.combine("foobar")
    #expect(foobar.hexDigest == "85944171f73967e8")
  }
}
