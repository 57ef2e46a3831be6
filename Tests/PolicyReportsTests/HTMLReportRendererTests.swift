import Foundation
import PolicyCore
import Testing

@testable import PolicyReports

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("HTMLReportRenderer and SVG charts")
struct HTMLReportRendererTests {
  typealias F = ReportFixtures

  /// The first `<svg …>…</svg>` element starting with `prefix`.
  private func svgElement(_ html: String, startingWith prefix: String) -> String? {
    guard let start = html.range(of: prefix),
      let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex)
    else { return nil }
    return String(html[start.lowerBound..<end.upperBound])
  }

  private func isWellFormedXML(_ text: String) -> Bool {
    XMLParser(data: Data(text.utf8)).parse()
  }

  @Test("Self-contained page with the share chart and every section")
  func structure() throws {
    let html = try HTMLReportRenderer.render(F.sample())
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg id=\"share-chart\" class=\"chart\" role=\"img\" aria-label=\"Line chart: "))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\""))
    #expect(html.contains("@media print"))
    for id in ["summary", "chart", "topics", "periods", "latest", "undated", "rules"] {
      #expect(html.contains("<section id=\"\(id)\">"))
    }
    #expect(html.contains(TopicReport.burstRule))
    #expect(html.contains("Tables show the latest 26 of 40 periods"))
    #expect(html.components(separatedBy: "class=\"sparkline\"").count - 1 == 6)
  }

  @Test("Risers and fallers beyond chance; smaller changes in their own card")
  func movers() throws {
    let small = try HTMLReportRenderer.render(F.fourWeeks)
    #expect(small.components(separatedBy: "None beyond chance").count - 1 == 2)
    #expect(small.contains("<h3>Within chance</h3>"))
    #expect(small.contains("经济 Economy +75.0 pts → 75.0% (0 → 3)"))
    #expect(small.contains(TopicReport.moverRule))
    var items = F.batch("a", day: "2025-03-04", count: 400, labelled: [40, 100, 80])
    items += F.batch("b", day: "2025-03-11", count: 400, labelled: [160, 100, 50])
    let large = try HTMLReportRenderer.render(F.report(items))
    #expect(large.contains("<b class=\"up\">+30.0 pts</b> → 40.0% (40 → 160)"))
    #expect(large.contains("<b class=\"down\">-7.5 pts</b> → 12.5% (80 → 50)"))
    #expect(!large.contains("Within chance") && !large.contains("None beyond chance"))
  }

  @Test("No network references and no scripts")
  func noExternalReferences() throws {
    for report in [F.sample(), F.fourWeeks, F.report([])] {
      let html = try HTMLReportRenderer.render(report)
      #expect(!html.contains("http://"))
      #expect(!html.contains("https://"))
      #expect(!html.contains("<script"))
      #expect(!html.contains("<link"))
      #expect(!html.contains("@import"))
      #expect(!html.contains("url("))
    }
  }

  @Test("Titles and names are HTML-escaped, in the page and in the SVG")
  func escaping() throws {
    let html = try HTMLReportRenderer.render(F.sample())
    #expect(html.contains("&lt;b&gt;粗体&lt;/b&gt;标题 &amp; “引号” | 竖线"))
    #expect(!html.contains("<b>粗体"))
    #expect(html.contains("关于&lt;script&gt;alert(1)&lt;/script&gt;的通知"))
    #expect(!html.contains("Science & Technology"))
    #expect(!html.contains("Agriculture <rural>"))
    let chart = try #require(svgElement(html, startingWith: "<svg id=\"share-chart\""))
    #expect(chart.contains("科技 Science &amp; Technology"))
    #expect(chart.contains("农业农村 Agriculture &lt;rural&gt;"))
    #expect(isWellFormedXML(chart))
    let spark = try #require(svgElement(html, startingWith: "<svg class=\"sparkline\""))
    #expect(isWellFormedXML(spark))
  }

  @Test("Bursts are circled on the chart only when flagged")
  func burstMarkers() throws {
    let burst = try HTMLReportRenderer.render(F.burstCase(lastWeekLabelled: 5))
    let chart = try #require(svgElement(burst, startingWith: "<svg id=\"share-chart\""))
    #expect(chart.components(separatedBy: "<circle class=\"burst\"").count - 1 == 1)
    #expect(chart.contains("经济 Economy · 2025-W10: burst, 50.0%"))
    #expect(burst.contains("<tr class=\"burst\">"))
    let steady = try HTMLReportRenderer.render(F.burstCase(lastWeekLabelled: 1))
    #expect(!steady.contains("<circle class=\"burst\""))
    #expect(!steady.contains("<tr class=\"burst\">"))
  }

  @Test("At most 12 x labels; y axis in round percentages")
  func axes() throws {
    #expect(SVGLineChart.tickIndices(count: 40, maxTicks: 12) == [0, 4, 8, 12, 16, 20, 24, 28, 32, 36])
    #expect(SVGLineChart.tickIndices(count: 12, maxTicks: 12).count == 12)
    #expect(SVGLineChart.tickIndices(count: 13, maxTicks: 12) == [0, 2, 4, 6, 8, 10, 12])
    #expect(SVGLineChart.tickIndices(count: 0, maxTicks: 12).isEmpty)
    for n in 1...300 { #expect(SVGLineChart.tickIndices(count: n, maxTicks: 12).count <= 12) }
    #expect(SVGLineChart.yScale(maxShare: 0.37) == (max: 40, step: 10, steps: 4))
    #expect(SVGLineChart.yScale(maxShare: 0.042) == (max: 5, step: 1, steps: 5))
    #expect(SVGLineChart.yScale(maxShare: 1) == (max: 100, step: 20, steps: 5))
    #expect(SVGLineChart.yScale(maxShare: 0) == (max: 10, step: 2, steps: 5))

    let html = try HTMLReportRenderer.render(F.sample())
    let chart = try #require(svgElement(html, startingWith: "<svg id=\"share-chart\""))
    let xLabels = chart.components(separatedBy: "text-anchor=\"middle\" fill=\"#333333\">").count - 1
    #expect(xLabels == 10)
    #expect(chart.contains(">ISO week</text>"))
    #expect(chart.contains(">Share of articles (%)</text>"))
    #expect(chart.components(separatedBy: "<polyline").count - 1 == 6)
  }

  @Test("An empty report renders a placeholder chart")
  func empty() throws {
    let html = try HTMLReportRenderer.render(F.report([]))
    #expect(html.contains("<svg id=\"share-chart\""))
    #expect(html.contains("No dated articles in range"))
    #expect(!html.contains("<section id=\"topics\">"))
  }

  /// Writes the sample page for `Scripts/check-html-report.sh` when
  /// `POLICY_REPORTS_HTML_OUT` names a file, with the other formats next to it
  /// (`FILE.md`, `FILE.csv`, `FILE.json`).
  @Test("Writes the sample report when POLICY_REPORTS_HTML_OUT is set")
  func writeSample() throws {
    guard let path = ProcessInfo.processInfo.environment["POLICY_REPORTS_HTML_OUT"], !path.isEmpty else { return }
    let html = try HTMLReportRenderer.render(F.sample())
    try Data(html.utf8).write(to: URL(fileURLWithPath: path))
    let md = MarkdownReportRenderer.render(F.sample())
    try Data(md.utf8).write(to: URL(fileURLWithPath: path + ".md"))
    try Data(CSVReportRenderer.render(F.sample(), bom: true)).write(to: URL(fileURLWithPath: path + ".csv"))
    try Data(JSONReportRenderer.render(F.sample())).write(to: URL(fileURLWithPath: path + ".json"))
  }
}
