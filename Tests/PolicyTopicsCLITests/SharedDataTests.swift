import Foundation
import Testing

/// Where the read-only shared corpora live, if this checkout has them beside it.
enum SharedData {
  static let root = CLI.root.deletingLastPathComponent().appendingPathComponent("shared")
  static let seed = root.appendingPathComponent("seed/000_0021d8f3fb80396f.txt").path
  static let workReports = root.appendingPathComponent("corpora/gov-work-reports/by-year").path
  static var hasSeed: Bool { FileManager.default.fileExists(atPath: seed) }
  static var hasWorkReports: Bool { FileManager.default.fileExists(atPath: workReports) }
}

/// Checks on the real corpora in `../shared`; each test skips with a message when it is absent.
@Suite(
  "Shared corpora", .enabled(if: CLI.executable != nil, "policy-topics executable not built"),
  .serialized)
struct SharedDataTests {
  @Test(.enabled(if: SharedData.hasSeed, "../shared/seed is absent (a fresh clone); skipped"))
  func seedLexiconMatches() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run(["lexicon", "match", "--lexicons", CLI.lexicons, "--json", SharedData.seed], in: dir)
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let matches = try CLI.jsonLines(r.stdout).map {
      (topic: $0["topic"] as? String ?? "", term: $0["term"] as? String ?? "", start: $0["start"] as? Int ?? -1)
    }
    let energyStarts = Set(matches.filter { $0.term == "新能源汽车" }.map(\.start))
    #expect(!energyStarts.isEmpty)
    // Leftmost-longest: no 新能源 at an offset where 新能源汽车 matched.
    #expect(!matches.contains { $0.term == "新能源" && energyStarts.contains($0.start) })
    #expect(matches.contains { $0.topic == "yangtze-economic-belt" && $0.term.hasPrefix("长江经济带") })
    #expect(matches.contains { $0.topic == "reform" && $0.term == "深改委" })
    #expect(matches.contains { $0.topic == "reform" && $0.term == "改革" })
    #expect(matches.contains { $0.topic == "environment" && $0.term == "环保督察" })
    #expect(!matches.contains { $0.topic == "environment" && $0.term.contains("营商") })
    #expect(matches.contains { $0.topic == "reform" && $0.term == "营商环境" })
  }

  @Test(
    .enabled(if: SharedData.hasWorkReports, "../shared/corpora/gov-work-reports is absent; skipped"),
    .enabled(if: CLI.hasModel, "Models/default.ptmodel not present"))
  func workReportTrends() throws {
    let dir = try CLI.tempDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run(
      [
        "report", "--lexicons", CLI.lexicons, "--model", CLI.model, "--period", "year", "--format", "csv",
        "--out", "-", SharedData.workReports,
      ], in: dir)
    #expect(r.status == 0, "stderr: \(r.stderr)")
    var rows: [String: [Int: (total: Int, mentions: Int, density: Double)]] = [:]
    let lines = r.stdout.split(separator: "\n")
    let header = lines.first.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
    let column = { (name: String) in header.firstIndex(of: name) ?? -1 }
    for line in lines.dropFirst() {
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard let year = Int(f[column("period")]), let total = Int(f[column("total")]),
        let mentions = Int(f[column("mentions")]), let density = Double(f[column("mentions_per_10k")])
      else { continue }
      rows[f[column("topic")], default: [:]][year] = (total, mentions, density)
    }
    let yangtze = try #require(rows["yangtze-economic-belt"])
    let energy = try #require(rows["new-energy"])
    let reportYears = yangtze.filter { $0.value.total > 0 }.map(\.key)
    let since2014 = reportYears.filter { $0 >= 2014 }
    #expect(since2014.count >= 10)
    for year in since2014 { #expect((yangtze[year]?.mentions ?? 0) > 0, "no Yangtze mention in \(year)") }
    func mean(_ years: [Int], _ value: (Int) -> Double) -> Double {
      years.isEmpty ? 0 : years.map(value).reduce(0, +) / Double(years.count)
    }
    let after = mean(since2014) { Double(yangtze[$0]?.mentions ?? 0) }
    let before = mean(reportYears.filter { (1978...2013).contains($0) }) { Double(yangtze[$0]?.mentions ?? 0) }
    #expect(after >= 5 * before, "Yangtze mentions: \(after) a year since 2014, \(before) in 1978–2013")
    let recent = mean(reportYears.filter { (2021...2025).contains($0) }) { energy[$0]?.density ?? 0 }
    let early = mean(reportYears.filter { (2001...2005).contains($0) }) { energy[$0]?.density ?? 0 }
    #expect(recent >= 3 * early, "new-energy density \(recent) in 2021–25 against \(early) in 2001–05")
  }
}
