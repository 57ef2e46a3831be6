import Foundation
import Testing

/// What the commands do with mistakes a user makes: exit status, message, and that nothing is
/// written that would mislead (an empty store, a table of zeros, a report of other data).
@Suite("Command errors and the store's model")
struct CommandErrorTests {
  static let articles = """
    {"id":"a1","date":"2025-03-03","title":"光伏电站并网发电","text":"新建光伏电站并网发电，新能源装机容量再创新高。"}
    {"id":"a2","date":"2025-03-04","title":"推进长江禁渔","text":"沿江各地推进长江十年禁渔，加强长江生态环境保护。"}

    """

  static let moreArticles = """
    {"id":"b1","date":"2025-03-10","title":"优化营商环境","text":"深化放管服改革，持续优化营商环境，推进国有企业改革。"}

    """

  /// A directory with `articles.jsonl` and `more.jsonl`.
  static func workspace() throws -> URL {
    let dir = try CLI.tempDirectory()
    try articles.write(to: dir.appendingPathComponent("articles.jsonl"), atomically: true, encoding: .utf8)
    try moreArticles.write(to: dir.appendingPathComponent("more.jsonl"), atomically: true, encoding: .utf8)
    return dir
  }

  /// After `retag` switched the store to another model, `ingest` tags with that model (its file
  /// is recorded in the store), so reports count the new articles; a different `--model` is
  /// refused rather than tagging articles the reports would not count.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func ingestTagsWithTheStoresCurrentModel() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let base = ["--lexicons", CLI.lexicons, "--db", "s.sqlite"]
    #expect(try CLI.run(["ingest"] + base + ["--model", CLI.model, "articles.jsonl"], in: dir).status == 0)
    let zeroShot = try CLI.run(["train", "--lexicons", CLI.lexicons, "--zero-shot", "--out", "zs.ptmodel"], in: dir)
    #expect(zeroShot.status == 0, "\(zeroShot.stderr)")
    #expect(try CLI.run(["retag"] + base + ["--model", "zs.ptmodel"], in: dir).status == 0)

    let ingest = try CLI.run(["ingest"] + base + ["more.jsonl"], in: dir)
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let exported = try CLI.run(["export", "--db", "s.sqlite"], in: dir)
    let added = try #require(try CLI.jsonLines(exported.stdout).first { $0["id"] as? String == "b1" })
    #expect((added["labels"] as? [String])?.contains("reform") == true, "\(exported.stdout)")

    let other = try CLI.run(["ingest"] + base + ["--model", CLI.model, "more.jsonl"], in: dir)
    #expect(other.status == 1)
    #expect(other.stderr.contains("retag"), "\(other.stderr)")
  }

  /// Past 200 rejected records only their count is printed, but an input that cannot be read
  /// in full is still named: after a file of broken lines, a truncated gzip stream's path shows
  /// on stderr.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func unreadableInputIsNamedAfterManyRejections() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let broken = String(repeating: "{\"id\": \"x\", \"title\": \n", count: 250)
    try broken.write(to: dir.appendingPathComponent("broken.jsonl"), atomically: true, encoding: .utf8)
    // A gzip member holding one stored deflate block, cut off halfway through its data.
    let data = Array(Self.articles.utf8)
    let length = UInt16(data.count)
    let header: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 1]
    let lengths = [UInt8(length & 0xff), UInt8(length >> 8), UInt8(~length & 0xff), UInt8(~length >> 8)]
    let truncated = header + lengths + data.prefix(data.count / 2)
    try Data(truncated).write(to: dir.appendingPathComponent("cut.jsonl.gz"))
    let r = try CLI.run(
      ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "broken.jsonl", "articles.jsonl", "cut.jsonl.gz"],
      in: dir)
    #expect(r.status == 1)
    #expect(r.stderr.contains("rejected records follow"), "\(r.stderr.suffix(400))")
    #expect(r.stderr.contains("cut.jsonl.gz"), "\(r.stderr.suffix(400))")
    #expect(try CLI.jsonLines(r.stdout).count >= 2)
  }

  /// `retag` of a store that does not exist is an error, and creates nothing.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func retagRefusesAMissingStore() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run(
      ["retag", "--lexicons", CLI.lexicons, "--db", "mistyped.sqlite", "--model", CLI.model], in: dir)
    #expect(r.status == 1)
    #expect(r.stderr.contains("mistyped.sqlite"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("mistyped.sqlite").path))
  }

  /// `report --db` reads the store: input files beside it are a usage error, not ignored.
  @Test func reportRefusesStoreAndInputsTogether() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run(["report", "--lexicons", CLI.lexicons, "--db", "s.sqlite", "articles.jsonl"], in: dir)
    #expect(r.status == 64)
    #expect(r.stderr.contains("either --db"), "\(r.stderr)")
    #expect(r.stderr.contains("policy-topics report"), "the subcommand's usage: \(r.stderr)")
  }

  /// Labelled data with no labelled record gives an error, not a table of zeros.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func evaluateWithoutLabelsFails() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    for data in ["articles.jsonl", "missing.jsonl"] {
      let r = try CLI.run(
        ["evaluate", "--lexicons", CLI.lexicons, "--model", CLI.model, "--data", data, "--json"], in: dir)
      #expect(r.status == 1, "\(data): \(r.stderr)")
      #expect(r.stdout.isEmpty, "\(data): \(r.stdout)")
      #expect(r.stderr.contains("no labelled articles"), "\(data): \(r.stderr)")
    }
  }

  /// An input that does not exist is an error (status 1), though the others are still tagged;
  /// a rejected record alone gives status 2.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func missingInputIsAnError() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let tag = ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model]
    let missing = try CLI.run(tag + ["nope.jsonl", "articles.jsonl"], in: dir)
    #expect(missing.status == 1, "\(missing.stderr)")
    #expect(try CLI.jsonLines(missing.stdout).count == 2)
    #expect(missing.stderr.contains("nope.jsonl: cannot read"), "\(missing.stderr)")
    try (Self.articles + "{not json}\n").write(
      to: dir.appendingPathComponent("bad.jsonl"), atomically: true, encoding: .utf8)
    let rejected = try CLI.run(tag + ["bad.jsonl"], in: dir)
    #expect(rejected.status == 2, "\(rejected.stderr)")
  }

  /// `--out` naming a file with a report extension writes that file, not a directory.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func reportOutToAFile() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run(
      [
        "report", "--lexicons", CLI.lexicons, "--model", CLI.model, "--format", "csv", "--out", "out/weekly.csv",
        "articles.jsonl",
      ], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    var isDirectory: ObjCBool = true
    let path = dir.appendingPathComponent("out/weekly.csv").path
    #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue)
  }

  /// The `--out` file's extension names the format when `--format` is not given; naming two
  /// formats is a usage error. `--model` beside `--db` (which reports the store's labels) too.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func reportFormatFromTheOutFile() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let report = ["report", "--lexicons", CLI.lexicons, "--model", CLI.model]
    let json = try CLI.run(report + ["--out", "weekly.json", "articles.jsonl"], in: dir)
    #expect(json.status == 0, "\(json.stderr)")
    let written = try Data(contentsOf: dir.appendingPathComponent("weekly.json"))
    #expect((try? JSONSerialization.jsonObject(with: written)) is [String: Any])
    let clash = try CLI.run(report + ["--format", "csv", "--out", "weekly.json", "articles.jsonl"], in: dir)
    #expect(clash.status == 64, "\(clash.stderr)")
    let withDB = try CLI.run(["report", "--db", "s.sqlite", "--model", CLI.model], in: dir)
    #expect(withDB.status == 64, "\(withDB.stderr)")
  }

  /// A zero-shot model decides every topic by cosine: asking it for naive Bayes is an error,
  /// not output labelled `nb`.
  @Test func zeroShotModelHasOnlyCosine() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let built = try CLI.run(["train", "--lexicons", CLI.lexicons, "--zero-shot", "--out", "zs.ptmodel"], in: dir)
    #expect(built.status == 0, "\(built.stderr)")
    let tag = ["tag", "--lexicons", CLI.lexicons, "--model", "zs.ptmodel"]
    let nb = try CLI.run(tag + ["--classifier", "nb", "articles.jsonl"], in: dir)
    #expect(nb.status == 1)
    #expect(nb.stderr.contains("zero-shot"), "\(nb.stderr)")
    #expect(try CLI.run(tag + ["--classifier", "cosine", "articles.jsonl"], in: dir).status == 0)
  }

  /// Labelled files that label different topics: the records of a file that never uses a topic
  /// count as negatives for it, which is said.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func partlyLabelledTopicsAreNamed() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    try #"{"id":"e1","title":"光伏并网","text":"新建光伏电站并网发电。","labels":["new-energy"]}"#.write(
      to: dir.appendingPathComponent("energy.jsonl"), atomically: true, encoding: .utf8)
    try #"{"id":"r1","title":"营商环境","text":"深化放管服改革。","labels":["reform"]}"#.write(
      to: dir.appendingPathComponent("reform.jsonl"), atomically: true, encoding: .utf8)
    let r = try CLI.run(
      [
        "evaluate", "--lexicons", CLI.lexicons, "--model", CLI.model, "--data", "energy.jsonl", "--data",
        "reform.jsonl",
      ], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("no record of energy.jsonl carries reform"), "\(r.stderr)")
    #expect(r.stderr.contains("no record of reform.jsonl carries new-energy"), "\(r.stderr)")
  }

  /// The micro row of a score table carries the pooled counts, the macro row none.
  @Test(.enabled(if: CLI.hasModel, "Models/default.ptmodel not present yet"))
  func scoreTableSummaryRows() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let labelled = """
      {"id":"l1","title":"光伏产业加快发展","text":"各地推进光伏、风电和储能项目，新能源产业加快发展。","labels":["new-energy"]}
      {"id":"l2","title":"春耕生产","text":"各地抓紧春耕备耕。","labels":[]}

      """
    try labelled.write(to: dir.appendingPathComponent("labelled.jsonl"), atomically: true, encoding: .utf8)
    let r = try CLI.run(
      ["evaluate", "--lexicons", CLI.lexicons, "--model", CLI.model, "--data", "labelled.jsonl"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let rows = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
    let micro = try #require(rows.first { $0.first == "micro" }, "\(r.stdout)")
    let macro = try #require(rows.first { $0.first == "macro" }, "\(r.stdout)")
    // micro: precision, recall, F1, support 1, tp 1, fp 0, fn 0; macro: F1 only.
    #expect(micro.dropFirst().map(String.init) == ["1.000", "1.000", "1.000", "1", "1", "0", "0"], "\(r.stdout)")
    #expect(macro.count == 2, "\(r.stdout)")
  }
}
