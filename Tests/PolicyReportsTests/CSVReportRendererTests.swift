import PolicyCore
import PolicyReports
import Testing

@Suite("CSVReportRenderer")
struct CSVReportRendererTests {
  typealias F = ReportFixtures

  static let expectedHeader =
    "period,topic,articles,total,share,mentions,chars,mentions_per_10k,share_change_points,"
    + "article_change,moving_average,z_score,burst,period_start,period_end,top_terms"

  private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test("Header, then exactly periods × topics rows and nothing else")
  func shape() {
    let report = F.fourWeeks
    let csv = text(CSVReportRenderer.render(report, bom: false))
    let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first.map(String.init) == Self.expectedHeader)
    #expect(csv.hasSuffix("\n"))
    #expect(lines.last == "")
    #expect(lines.count - 2 == report.periods.count * report.topics.count)
    let rows = parseCSV(csv)
    #expect(rows.count == 1 + 4 * 3)
    #expect(rows.allSatisfy { $0.count == 16 })
  }

  @Test("Numbers: 6-decimal shares, empty for missing values, true/false bursts")
  func values() {
    let rows = parseCSV(text(CSVReportRenderer.render(F.fourWeeks, bom: false)))
    let header = rows[0]
    func column(_ name: String) -> Int { header.firstIndex(of: name) ?? -1 }
    let first = rows[1]
    #expect(first[column("period")] == "2025-W02")
    #expect(first[column("topic")] == "economy")
    #expect(first[column("articles")] == "1")
    #expect(first[column("total")] == "4")
    #expect(first[column("share")] == "0.250000")
    #expect(first[column("share_change_points")] == "")
    #expect(first[column("article_change")] == "")
    #expect(first[column("z_score")] == "")
    #expect(first[column("burst")] == "false")
    #expect(first[column("period_start")] == "2025-01-06")
    #expect(first[column("period_end")] == "2025-01-12")
    #expect(first[column("chars")] == "4000")
    let economyW05 = rows[1 + 3 * 3]
    #expect(economyW05[column("period")] == "2025-W05")
    #expect(economyW05[column("share")] == "0.750000")
    #expect(economyW05[column("share_change_points")] == "75.0000")
    #expect(economyW05[column("article_change")] == "3")
    #expect(economyW05[column("moving_average")] == "0.375000")

    let burst = parseCSV(text(CSVReportRenderer.render(F.burstCase(lastWeekLabelled: 5), bom: false)))
    let lastEconomy = burst[1 + 8 * 3]
    #expect(lastEconomy[column("burst")] == "true")
    #expect(lastEconomy[column("z_score")] == "40.0000")
  }

  @Test("Terms with commas and quotes are quoted and read back intact")
  func quoting() throws {
    let items = [
      F.item(
        "q", "2025-03-04", "标题，含逗号, and \"quotes\"", labels: [0],
        terms: [0: ["新\"质,生产力": 3, "扩大内需": 1]], chars: 2000)
    ]
    let report = F.report(items)
    let csv = text(CSVReportRenderer.render(report, bom: false))
    #expect(csv.contains("\"新\"\"质,生产力:3|扩大内需:1\""))
    let rows = parseCSV(csv)
    #expect(rows.count == 1 + 3)
    let economy = rows[1]
    #expect(economy.count == 16)
    #expect(economy[15] == "新\"质,生产力:3|扩大内需:1")
    #expect(economy[5] == "4")
    #expect(economy[7] == "20.0000")
  }

  @Test("bom: true prefixes the UTF-8 byte-order mark, and only then")
  func byteOrderMark() {
    let with = CSVReportRenderer.render(F.fourWeeks, bom: true)
    let without = CSVReportRenderer.render(F.fourWeeks, bom: false)
    #expect(Array(with.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(Array(with.dropFirst(3)) == without)
    #expect(without.first == UInt8(ascii: "p"))
  }

  @Test("An empty report is just the header")
  func empty() {
    let csv = text(CSVReportRenderer.render(F.report([]), bom: false))
    #expect(csv == Self.expectedHeader + "\n")
  }
}
