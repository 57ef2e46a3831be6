import Foundation
import Testing

/// Output that cannot be written: a full disk or a missing directory is an error that names the
/// output, found before the work where it can be, and never leaves a half-written or emptied
/// file behind.
@Suite("Output that cannot be written")
struct OutputErrorTests {
  static let page = """
    2025年3月4日 星期二

    光伏电站并网发电

    本报讯（记者 王某）新建光伏电站并网发电，新能源装机容量再创新高。

    推进长江禁渔

    本报讯（记者 李某）沿江各地推进长江十年禁渔，加强长江生态环境保护。

    """

  static var hasFullDevice: Bool { FileManager.default.fileExists(atPath: "/dev/full") }

  /// A workspace with `page.txt`, `articles.jsonl` (the page's articles) and `labelled.jsonl`
  /// (the same, labelled).
  static func workspace() throws -> URL {
    let dir = try CLI.tempDirectory()
    try page.write(to: dir.appendingPathComponent("page.txt"), atomically: true, encoding: .utf8)
    let split = try CLI.run(["split", "page.txt"], in: dir)
    try #require(split.status == 0, "\(split.stderr)")
    try split.stdout.write(to: dir.appendingPathComponent("articles.jsonl"), atomically: true, encoding: .utf8)
    let labelled = split.stdout.replacingOccurrences(of: "}\n", with: ",\"labels\":[\"new-energy\"]}\n")
    try labelled.write(to: dir.appendingPathComponent("labelled.jsonl"), atomically: true, encoding: .utf8)
    return dir
  }

  /// A write that fails (here: no space left) ends the command with status 1 and the reason;
  /// it used to be ignored, and `tag > file` on a full disk ended with status 0.
  @Test(.enabled(if: hasFullDevice && CLI.hasModel, "needs /dev/full and Models/default.ptmodel"))
  func fullDiskIsAnError() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let runs = [
      ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "articles.jsonl"],
      ["split", "page.txt"],
      ["report", "--lexicons", CLI.lexicons, "--model", CLI.model, "--out", "-", "articles.jsonl"],
      ["evaluate", "--lexicons", CLI.lexicons, "--model", CLI.model, "--data", "labelled.jsonl", "--json"],
      // Printed tables, buffered by the C library until the end, failed unnoticed.
      ["evaluate", "--lexicons", CLI.lexicons, "--model", CLI.model, "--data", "labelled.jsonl"],
      ["lexicon", "list", "--lexicons", CLI.lexicons],
    ]
    for arguments in runs {
      let r = try CLI.run(arguments, in: dir, stdinBytes: nil, stdoutPath: "/dev/full")
      #expect(r.status == 1, "\(arguments[0]): \(r.stderr)")
      #expect(r.stderr.contains("cannot write standard output: No space left on device"), "\(r.stderr)")
    }
    let file = try CLI.run(["split", "--output", "/dev/full", "page.txt"], in: dir)
    #expect(file.status == 1, "\(file.stderr)")
    #expect(file.stderr.contains("cannot write /dev/full"), "\(file.stderr)")
  }

  /// `--version` and `--help` are output too: written to a full disk they end with status 1
  /// (ArgumentParser's own exit ended them with 0), and written anywhere else they are
  /// unchanged.
  @Test(.enabled(if: hasFullDevice, "needs /dev/full"))
  func helpAndVersionToAFullDiskAreAnError() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for arguments in [["--version"], ["--help"], ["tag", "--help"], ["help", "split"]] {
      let full = try CLI.run(arguments, in: dir, stdinBytes: nil, stdoutPath: "/dev/full")
      #expect(full.status == 1, "\(arguments): \(full.stderr)")
      #expect(full.stderr.contains("cannot write standard output"), "\(full.stderr)")
      let shown = try CLI.run(arguments, in: dir)
      #expect(shown.status == 0, "\(arguments): \(shown.stderr)")
      #expect(shown.stdout.hasSuffix("\n"), "\(shown.stdout)")
    }
    #expect(try CLI.run(["--version"], in: dir).stdout == "0.1.0\n")
  }

  /// Messages that cannot be shown (standard error full or closed) do not crash the command:
  /// FileHandle trapped on the failed write ('Fatal error: try! …', a backtrace, status 132).
  @Test(.enabled(if: hasFullDevice && CLI.hasModel, "needs /dev/full and Models/default.ptmodel"))
  func unwritableStandardErrorIsNoCrash() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "{not json}\n".write(to: dir.appendingPathComponent("bad.jsonl"), atomically: true, encoding: .utf8)
    let r = try CLI.run(
      ["tag", "--lexicons", CLI.lexicons, "--model", CLI.model, "articles.jsonl", "bad.jsonl"], in: dir,
      stdinBytes: nil, stderrPath: "/dev/full")
    #expect(r.status == 2)
    #expect(try CLI.jsonLines(r.stdout).count == 2)
  }

  /// `split --output` replaces its file only when the output is complete: the file may be one
  /// of the inputs (it used to be emptied before it was read), and no temporary file remains.
  @Test func splitOutputReplacesItsFileWhole() throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let before = try String(contentsOf: dir.appendingPathComponent("articles.jsonl"), encoding: .utf8)
    let r = try CLI.run(["split", "--output", "articles.jsonl", "articles.jsonl"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let after = try String(contentsOf: dir.appendingPathComponent("articles.jsonl"), encoding: .utf8)
    #expect(after == before)
    #expect(before.split(separator: "\n").count == 2)
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
  }

  /// An output path that cannot be written is a usage error before any work, naming what is in
  /// the way; `report --out` under a file used to fail after the report was built, with
  /// Foundation's error dump.
  @Test(arguments: [
    (["report", "--out", "page.txt/weekly.md", "articles.jsonl"], "page.txt is a file, not a directory"),
    (["report", "--out", "page.txt/sub/", "articles.jsonl"], "page.txt is a file, not a directory"),
    (["evaluate", "--data", "articles.jsonl", "--errors", "missing/errors.jsonl"], "no directory"),
    (["train", "--data", "articles.jsonl", "--out", "."], "is a directory, not a file"),
    (["split", "--output", "missing/articles.jsonl", "page.txt"], "no directory"),
  ])
  func unwritableOutputIsAUsageError(arguments: [String], message: String) throws {
    let dir = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run(arguments, in: dir)
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stderr.contains(message), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("missing").path))
  }
}
