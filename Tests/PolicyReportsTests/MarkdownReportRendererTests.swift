import PolicyCore
import PolicyReports
import Testing

@Suite("MarkdownReportRenderer and Sparkline")
struct MarkdownReportRendererTests {
  typealias F = ReportFixtures

  @Test("Summary, overview with sparklines, tables and burst rule")
  func sections() {
    let md = MarkdownReportRenderer.render(F.fourWeeks)
    #expect(md.hasPrefix("# Topic trends by ISO week\n"))
    #expect(md.contains("## Summary"))
    #expect(
      md.contains("- **Latest:** 2025-W05 (2025-01-27 – 2025-02-02), 4 articles; **previous:** 2025-W04, 2 articles."))
    // ±75 points on six articles: within chance, listed apart with the counts behind them.
    #expect(md.contains("- **Rising:** none beyond chance\n- **Falling:** none beyond chance\n"))
    #expect(
      md.contains(
        "- **Within chance:** 经济 Economy +75.0 pts (75.0%; 0 → 3 articles); "
          + "科技 Science & Technology -75.0 pts (25.0%; 2 → 1 article)\n"))
    #expect(md.contains("rising/falling: the change of share from the previous period is beyond chance"))
    #expect(md.contains("- **Bursts:** none"))
    #expect(md.contains("## Overview"))
    // Economy shares .25 .5 0 .75 scaled to 0….75: levels 2, 5, 0, 7.
    #expect(md.contains("| ▃▆▁█ |"))
    #expect(md.contains("| Period | Articles | Total | Share % | Δ points | MA % | Mentions | Per 10k | Burst |"))
    #expect(md.contains("| 2025-W04 | 0 | 2 | 0.0 | -50.0 | 25.0 | 0 | 0.0 |  |"))
    #expect(md.contains("## Rules"))
    #expect(md.contains("burst: the share is at least 3 standard deviations"))
    #expect(md.hasSuffix("\n"))
    #expect(!md.contains("\n\n\n"))
  }

  @Test("Changes beyond chance are the risers and fallers")
  func risersAndFallers() {
    var items = F.batch("a", day: "2025-03-04", count: 400, labelled: [40, 100, 80])
    items += F.batch("b", day: "2025-03-11", count: 400, labelled: [160, 100, 50])
    let md = MarkdownReportRenderer.render(F.report(items))
    #expect(md.contains("- **Rising:** 经济 Economy +30.0 pts (40.0%; 40 → 160 articles)\n"))
    #expect(md.contains("- **Falling:** 生态环境 Environment -7.5 pts (12.5%; 80 → 50 articles)\n"))
    #expect(!md.contains("Within chance"))
  }

  @Test("Bursts and new terms appear in the summary")
  func burstSummary() {
    let md = MarkdownReportRenderer.render(F.burstCase(lastWeekLabelled: 5))
    #expect(md.contains("- **Bursts:** 经济 Economy (50.0%, 5 articles)"))
    #expect(md.contains("| **burst** |"))
  }

  @Test("Long reports show only the latest 26 periods per topic, sparkline covers all")
  func tableLimit() {
    let report = F.sample(weeks: 30)
    let md = MarkdownReportRenderer.render(report)
    #expect(md.contains("Showing the latest 26 of 30 periods"))
    let economyTable = md.components(separatedBy: "### 经济 Economy (`economy`)")[1]
      .components(separatedBy: "**Top terms")[0]
    let rows = economyTable.split(separator: "\n").filter { $0.hasPrefix("| 20") }
    #expect(rows.count == 26)
    #expect(rows.last?.hasPrefix("| \(report.periods[29].period) |") == true)
    let overview = md.components(separatedBy: "## Overview")[1].components(separatedBy: "## Topics")[0]
    let sparkRow = overview.split(separator: "\n").first { $0.hasPrefix("| 经济") } ?? ""
    let blocks = sparkRow.filter { Sparkline.blocks.contains($0) }
    #expect(blocks.count == 30)
  }

  @Test("User text is escaped: pipes cannot break tables, markup stays literal")
  func escaping() {
    let items = [
      F.item("p", "2025-03-04", "标题|含竖线 *星号* <b>粗体</b>", labels: [0], terms: [0: ["a|b": 2]]),
      F.item("u", nil, "无日期\n两行", labels: [0]),
    ]
    let md = MarkdownReportRenderer.render(F.report(items))
    #expect(md.contains("标题\\|含竖线 \\*星号\\* \\<b\\>粗体\\</b\\>"))
    #expect(md.contains("a\\|b ×2"))
    #expect(md.contains("## Undated articles"))
    #expect(md.contains("1 article had no date precise enough for ISO week periods"))
    #expect(md.contains("- `u` 无日期 两行"))
  }

  @Test("An empty report still renders")
  func empty() {
    let md = MarkdownReportRenderer.render(F.report([]))
    #expect(md.contains("No dated articles in range."))
    #expect(md.contains("## Rules"))
  }

  @Test("Sparkline scale runs from 0 to the maximum")
  func sparkline() {
    #expect(Sparkline.render([0, 0.1, 0.2, 0.4]) == "▁▃▅█")
    #expect(Sparkline.render([0, 0, 0]) == "▁▁▁")
    #expect(Sparkline.render([]) == "")
    #expect(Sparkline.render(Array(repeating: 0.3, count: 200)).count == 60)
  }

  @Test("Downsampling averages near-equal buckets")
  func downsample() {
    #expect(Sparkline.downsample([1, 2, 3, 4, 5, 6], to: 3) == [1.5, 3.5, 5.5])
    #expect(Sparkline.downsample([1, 2, 3, 4, 5], to: 2) == [1.5, 4])
    #expect(Sparkline.downsample([1, 2], to: 60) == [1, 2])
    let many = (0..<125).map(Double.init)
    let down = Sparkline.downsample(many, to: 60)
    #expect(down.count == 60)
    let meanDown: Double = down.reduce(0, +) / 60
    let meanAll: Double = many.reduce(0, +) / 125
    #expect(abs(meanDown - meanAll) < 0.5)
  }
}
