import Mustache

/// Writes a ``TopicReport`` as one self-contained HTML page.
///
/// The page loads nothing from elsewhere (no scripts, fonts, images or style sheets; no
/// `http:` or `https:` references at all), so it can be mailed or archived as a single file.
/// It uses a CJK-capable system font stack and prints cleanly (`@media print`, tables and
/// cards kept on one page where possible).
///
/// Sections: a header with the period kind and range; a summary (latest against previous
/// period, risers and fallers beyond chance, the largest changes within chance, bursts, new
/// terms); an inline SVG line chart of every topic's share (`<svg id="share-chart">`, bursts
/// circled, x labels thinned to at most 12); a small multiple per topic (sparkline, latest
/// share and change); per-topic tables of the latest `tablePeriodLimit` periods; the latest
/// period's top terms and articles; the undated articles; and the rules
/// (``TopicReport/moverRule``, ``TopicReport/burstRule``).
///
/// The page is a Mustache template (swift-mustache) filled from dictionaries. Every text
/// value goes through `{{…}}`, which HTML-escapes it; only the SVG charts, which escape
/// their own text, are inserted with `{{{…}}}`.
///
/// ```swift
/// let html = try HTMLReportRenderer.render(report)
/// ```
public enum HTMLReportRenderer {
  /// Periods shown in each topic's table unless told otherwise (the latest ones).
  public static let defaultTablePeriodLimit = 26
  /// The page title.
  public static let title = "Policy topic trends · 政策主题趋势"

  /// The HTML page of `report`.
  ///
  /// - Parameters:
  ///   - report: The report.
  ///   - tablePeriodLimit: The most periods in a topic table; must be positive. The chart
  ///     and the sparklines always show every period.
  /// - Returns: A complete HTML document.
  /// - Throws: ``ReportRenderingError/invalidTemplate(name:reason:)`` if the built-in
  ///   template does not compile (a bug, caught by the tests).
  public static func render(
    _ report: TopicReport, tablePeriodLimit: Int = defaultTablePeriodLimit
  ) throws(ReportRenderingError) -> String {
    precondition(tablePeriodLimit > 0, "tablePeriodLimit must be positive")
    let template: MustacheTemplate
    do {
      template = try MustacheTemplate(string: HTMLReportTemplate.source)
    } catch {
      throw .invalidTemplate(name: HTMLReportTemplate.name, reason: String(describing: error))
    }
    return template.render(context(report, tablePeriodLimit: tablePeriodLimit))
  }

  /// The values the template reads.
  static func context(_ report: TopicReport, tablePeriodLimit: Int) -> [String: Any] {
    let styles = report.topics.indices.map { SVGSeriesStyle(index: $0) }
    let colourByID = Dictionary(
      report.topics.enumerated().map { ($1.id, styles[$0].colour) }, uniquingKeysWith: { a, _ in a })
    let latest = report.periods.last
    let kind = report.periodKind

    var c: [String: Any] = [
      "title": title,
      "range": report.rangeText,
      "kindNoun": kind.noun,
      "kindAdjective": kind.adjective,
      "periodCount": report.periods.count,
      "datedCount": report.datedArticleCount,
      "undatedCount": report.undatedCount,
      "hasUndated": report.undatedCount > 0,
      "outOfRange": report.outOfRange,
      "hasOutOfRange": report.outOfRange > 0,
      "hasPeriods": latest != nil,
      "latestLabel": latest?.period ?? "",
      "burstRule": TopicReport.burstRule, "moverRule": TopicReport.moverRule,
      "chartSVG": chart(report, styles: styles),
    ]

    c["summary"] = latest.map { [summary(report, latest: $0, colours: colourByID)] } ?? []

    var multiples: [[String: Any]] = []
    var tables: [[String: Any]] = []
    var latestTopics: [[String: Any]] = []
    let shown = report.periods.suffix(tablePeriodLimit)
    if let latest {
      for (k, topic) in report.topics.enumerated() {
        let cell = latest.topics[k]
        let names: [String: Any] = [
          "id": topic.id, "zh": topic.chineseName.isEmpty ? topic.id : topic.chineseName,
          "en": topic.englishName, "colour": styles[k].colour,
        ]
        let points = cell.shareChangePoints ?? 0
        let sparkline = SVGSparkline(
          values: report.periods.map { $0.topics[k].share },
          bursts: report.periods.map { $0.topics[k].burst }, style: styles[k],
          label: "\(topic.displayName): share per \(kind.noun), \(report.rangeText)")
        multiples.append(
          names.merging([
            "svg": sparkline.render(), "share": DecimalText.percent(cell.share),
            "points": cell.shareChangePoints.map { DecimalText.signed($0) } ?? "–",
            "direction": points > 0.05 ? "up" : (points < -0.05 ? "down" : "flat"),
            "articles": cell.articles, "latest": latest.period, "burst": cell.burst,
          ]) { a, _ in a })
        tables.append(
          names.merging([
            "rows": shown.map { row -> [String: Any] in
              let c = row.topics[k]
              return [
                "period": row.period, "articles": c.articles, "total": row.total,
                "share": DecimalText.percent(c.share),
                "points": c.shareChangePoints.map { DecimalText.signed($0) } ?? "–",
                "movingAverage": DecimalText.percent(c.movingAverage), "mentions": c.mentions,
                "per10k": DecimalText.fixed(c.mentionsPer10k, digits: 1), "burst": c.burst,
              ]
            }
          ]) { a, _ in a })
        latestTopics.append(
          names.merging([
            "terms": cell.topTerms.map { ["term": $0.term, "count": $0.count] as [String: Any] },
            "hasArticles": !cell.topArticles.isEmpty,
            "articles": cell.topArticles.map {
              [
                "date": $0.date ?? "", "title": $0.title,
                "score": DecimalText.fixed($0.score, digits: 2),
              ] as [String: Any]
            },
          ]) { a, _ in a })
      }
    }
    c["multiples"] = multiples
    c["tables"] = tables
    c["latestTopics"] = latestTopics
    c["hasTableNote"] = shown.count < report.periods.count
    c["tableNote"] =
      "Tables show the latest \(shown.count) of \(report.periods.count) periods "
      + "(\(shown.first?.period ?? "") – \(latest?.period ?? "")); the chart shows all of them."
    c["undated"] = report.undated.map {
      ["id": $0.id, "date": $0.date ?? "", "title": $0.title] as [String: Any]
    }
    let unlisted = report.undatedCount - report.undated.count
    c["hasUnlisted"] = unlisted > 0
    c["unlisted"] = unlisted
    return c
  }

  private static func summary(
    _ report: TopicReport, latest: PeriodRow, colours: [String: String]
  ) -> [String: Any] {
    let s = report.summary
    let previous = report.periods.count > 1 ? report.periods[report.periods.count - 2] : nil
    func mover(_ m: Mover) -> [String: Any] {
      [
        "name": report.displayName(ofTopic: m.topic), "colour": colours[m.topic] ?? "#999999",
        "points": DecimalText.signed(m.points), "share": DecimalText.percent(m.share),
        "articles": m.articles, "previousArticles": m.previousArticles,
      ]
    }
    let withinChance = s.withinChance.prefix(TopicReport.withinChanceListed)
    return [
      "latest": latest.period, "latestRange": "\(latest.start) – \(latest.end)",
      "latestTotal": latest.total, "hasPrevious": previous != nil,
      "isPartial": s.latestCoverage != nil,
      "partial": s.latestCoverage.map {
        "only \($0.days) of its \($0.of) days are covered: changes compare part of a period"
      }
        ?? "",
      "previous": previous?.period ?? "", "previousTotal": previous?.total ?? 0,
      "risers": s.risers.map(mover), "fallers": s.fallers.map(mover),
      "hasWithinChance": !withinChance.isEmpty, "withinChance": withinChance.map(mover),
      "hasWithinChanceMore": s.withinChance.count > withinChance.count,
      "withinChanceMore": s.withinChance.count - withinChance.count,
      "bursts": s.bursts.map { id -> [String: Any] in
        let k = report.topics.firstIndex { $0.id == id }
        let cell = k.map { latest.topics[$0] }
        return [
          "name": report.displayName(ofTopic: id), "colour": colours[id] ?? "#999999",
          "share": cell.map { DecimalText.percent($0.share) } ?? "", "articles": cell?.articles ?? 0,
        ]
      },
      "newTerms": s.newTerms.map {
        ["term": $0.term, "topic": report.displayName(ofTopic: $0.topic), "count": $0.count] as [String: Any]
      },
    ]
  }

  private static func chart(_ report: TopicReport, styles: [SVGSeriesStyle]) -> String {
    let series = report.topics.indices.map { k in
      SVGLineChart.Series(
        name: report.topics[k].displayName, style: styles[k],
        values: report.periods.map { $0.topics[k].share },
        bursts: report.periods.map { $0.topics[k].burst })
    }
    let chart = SVGLineChart(
      id: "share-chart",
      title: "Line chart: share of articles per topic and \(report.periodKind.noun), \(report.rangeText)",
      labels: report.periods.map(\.period), series: series,
      xTitle: report.periodKind.noun.prefix(1).uppercased() + report.periodKind.noun.dropFirst(),
      yTitle: "Share of articles (%)")
    return chart.render()
  }
}
