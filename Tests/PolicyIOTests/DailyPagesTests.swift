import Foundation
import PolicyFeatures
import PolicyIO
import Testing

/// `shared/corpora/xwlb/` beside the package (third-party text, read at test time only).
private let corpusDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent()  // PolicyIOTests
  .deletingLastPathComponent()  // Tests
  .deletingLastPathComponent()  // package root
  .appendingPathComponent("../shared/corpora/xwlb").standardizedFileURL
private let pagesDirectory = corpusDirectory.appendingPathComponent("daily-pages-2024").path
private let itemsFile = corpusDirectory.appendingPathComponent("xwlb-2024.jsonl.gz").path

// This lives in PolicyIOTests rather than PolicyFeaturesTests because it reads the items with
// PolicyIO's ByteLineReader and JSONObjectParser; the splitter under test is PolicyFeatures'.
@Suite("Daily pages 2024")
struct DailyPagesTests {
  // Skipped, not failed, on machines without shared/ (a plain clone of the package).
  @Test(
    "each 2024 page splits into as many articles as the day has items, for ≥ 99% of days",
    .enabled(
      if: FileManager.default.fileExists(atPath: pagesDirectory)
        && FileManager.default.fileExists(atPath: itemsFile),
      "shared/corpora/xwlb/daily-pages-2024 or xwlb-2024.jsonl.gz is not present beside the package"))
  func pagesMatchItems() throws {
    // Items per date, from the JSONL.
    var itemsPerDay: [String: Int] = [:]
    let reader = try ByteLineReader(path: itemsFile, maxLineBytes: 8 << 20)
    var badLines = 0
    try reader.forEachLine { line in
      guard case .bytes(let bytes, _) = line, !bytes.isEmpty else { return true }
      guard let members = try? JSONObjectParser.parse(bytes),
        case .string(let date)? = members.first(where: { $0.key == "date" })?.value
      else {
        badLines += 1
        return true
      }
      itemsPerDay[date, default: 0] += 1
      return true
    }
    #expect(badLines == 0)

    let names = try FileManager.default.contentsOfDirectory(atPath: pagesDirectory)
      .filter { $0.hasSuffix(".txt") }.sorted()
    try #require(!names.isEmpty)
    let splitter = BulletinSplitter()
    var mismatches: [String] = []
    for name in names {
      let date = String(name.dropLast(4))
      let page = try String(contentsOfFile: pagesDirectory + "/" + name, encoding: .utf8)
      let articles = splitter.split(page).count
      let items = itemsPerDay[date] ?? 0
      if articles != items { mismatches.append("\(date): \(articles) articles, \(items) items") }
    }
    let agreeing = Double(names.count - mismatches.count) / Double(names.count)
    #expect(
      agreeing >= 0.99,
      "\(mismatches.count) of \(names.count) days disagree: \(mismatches.prefix(10).joined(separator: "; "))")
  }
}
