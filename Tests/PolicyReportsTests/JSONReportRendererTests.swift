import Foundation
import PolicyCore
import Testing

@testable import PolicyReports

@Suite("JSONReportRenderer")
struct JSONReportRendererTests {
  typealias F = ReportFixtures

  private func object(_ report: TopicReport) throws -> [String: Any] {
    let data = Data(JSONReportRenderer.render(report))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test("Parses, carries the burst rule and the numbers, snake_case keys")
  func numbers() throws {
    let json = try object(F.fourWeeks)
    #expect(json["burst_rule"] as? String == TopicReport.burstRule)
    #expect(json["period_kind"] as? String == "week")
    #expect(json["moving_average_window"] as? Int == TopicReport.movingAverageWindow)
    #expect(json["undated_count"] as? Int == 0)
    let periods = try #require(json["periods"] as? [[String: Any]])
    #expect(periods.count == 4)
    #expect(periods[1]["period"] as? String == "2025-W03")
    #expect(periods[1]["total"] as? Int == 4)
    let cells = try #require(periods[1]["topics"] as? [[String: Any]])
    #expect(cells[0]["share"] as? Double == 0.5)
    #expect(cells[0]["share_change_points"] as? Double == 25)
    #expect(cells[0]["change"] as? Int == 1)
    #expect(cells[0]["moving_average"] as? Double == 0.375)
    #expect(cells[0]["mentions_per_10k"] as? Double == 0)
    #expect(cells[0]["burst"] as? Bool == false)
    let firstCells = try #require(periods[0]["topics"] as? [[String: Any]])
    #expect(firstCells[0]["change"] == nil)
    let summary = try #require(json["summary"] as? [String: Any])
    #expect(summary["latest"] as? String == "2025-W05")
    let topics = try #require(json["topics"] as? [[String: Any]])
    #expect(topics[1]["english_name"] as? String == "Science & Technology")
  }

  @Test("Output is sorted, pretty-printed and ends in a newline")
  func layout() {
    let text = String(decoding: JSONReportRenderer.render(F.fourWeeks), as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"burst_rule\""))
    #expect(text.hasSuffix("}\n"))
  }

  @Test(
    "Key conversion matches the CSV columns",
    arguments: [
      ("mentionsPer10k", "mentions_per_10k"), ("zScore", "z_score"),
      ("shareChangePoints", "share_change_points"), ("period", "period"), ("undatedCount", "undated_count"),
    ])
  func snakeCase(_ pair: (String, String)) {
    #expect(JSONReportRenderer.snakeCase(pair.0) == pair.1)
  }
}
