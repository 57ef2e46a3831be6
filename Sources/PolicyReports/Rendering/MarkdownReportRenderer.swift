/// Writes a ``TopicReport`` as Markdown for email and wikis.
///
/// Sections, in order:
/// 1. a title and the range;
/// 2. **Summary**: the latest period against the previous one, risers and fallers (changes
///    of share beyond chance, ``TopicReport/moverRule``) in percentage points with the
///    article counts behind them, the largest changes within chance, bursts and new terms;
/// 3. **Overview**: one row per topic with the latest numbers and a ``Sparkline`` of its share
///    over *all* periods (averaged into at most `sparklineWidth` buckets);
/// 4. **Topics**: per topic, a table of the latest `tablePeriodLimit` periods (period,
///    articles, total, share %, Δ points, moving average %, mentions, per 10k, burst), then
///    the latest period's top terms and top articles;
/// 5. **Undated articles**: the count and the listed ones;
/// 6. **Rules**: ``TopicReport/moverRule`` and ``TopicReport/burstRule``.
///
/// User text (titles, terms, topic names) is escaped so that it cannot break a table (`|`)
/// or turn into markup (`*`, `_`, `` ` ``, `[`, `<` …); line breaks in it become spaces.
///
/// ```swift
/// let markdown = MarkdownReportRenderer.render(report)
/// ```
public enum MarkdownReportRenderer {
  /// Periods shown in each topic's table unless told otherwise (the latest ones).
  public static let defaultTablePeriodLimit = 26
  /// Characters in an overview sparkline at most, unless told otherwise.
  public static let defaultSparklineWidth = 60

  /// The Markdown text of `report`.
  ///
  /// - Parameters:
  ///   - report: The report.
  ///   - tablePeriodLimit: The most periods in a topic table; older ones are left out, and
  ///     the table says so. Must be positive.
  ///   - sparklineWidth: The most characters in a sparkline. Must be positive.
  /// - Returns: Markdown ending in a newline.
  public static func render(
    _ report: TopicReport, tablePeriodLimit: Int = defaultTablePeriodLimit,
    sparklineWidth: Int = defaultSparklineWidth
  ) -> String {
    precondition(tablePeriodLimit > 0 && sparklineWidth > 0, "limits must be positive")
    var doc = _MarkdownDocument()
    header(report, &doc)
    summary(report, &doc)
    if !report.periods.isEmpty {
      overview(report, sparklineWidth: sparklineWidth, &doc)
      topicSections(report, tablePeriodLimit: tablePeriodLimit, &doc)
    }
    undated(report, &doc)
    doc.heading(2, "Rules")
    doc.paragraph(text(TopicReport.moverRule))
    doc.paragraph(text(TopicReport.burstRule))
    return doc.text
  }

  // MARK: Sections

  private static func header(_ report: TopicReport, _ doc: inout _MarkdownDocument) {
    doc.heading(1, "Topic trends by \(report.periodKind.noun)")
    var facts = [
      report.rangeText, count(report.periods.count, "period"),
      count(report.datedArticleCount, "dated article"),
    ]
    if report.undatedCount > 0 { facts.append("\(report.undatedCount) undated") }
    if report.outOfRange > 0 { facts.append("\(report.outOfRange) outside the date range") }
    doc.paragraph(facts.joined(separator: " · "))
  }

  private static func summary(_ report: TopicReport, _ doc: inout _MarkdownDocument) {
    doc.heading(2, "Summary")
    guard let latest = report.periods.last else {
      doc.paragraph("No dated articles in range.")
      return
    }
    let s = report.summary
    var latestLine =
      "- **Latest:** \(latest.period) (\(latest.start) – \(latest.end)), "
      + count(latest.total, "article")
    if let part = s.latestCoverage {
      latestLine += " — only \(part.days) of its \(part.of) days are covered: changes compare part of a period"
    }
    if report.periods.count > 1 {
      let previous = report.periods[report.periods.count - 2]
      latestLine += "; **previous:** \(previous.period), " + count(previous.total, "article")
    }
    doc.line(latestLine + ".")
    doc.line("- **Rising:** " + movers(s.risers, report, none: "none beyond chance"))
    doc.line("- **Falling:** " + movers(s.fallers, report, none: "none beyond chance"))
    if !s.withinChance.isEmpty {
      let shown = s.withinChance.prefix(TopicReport.withinChanceListed)
      let more = s.withinChance.count - shown.count
      doc.line(
        "- **Within chance:** " + movers(Array(shown), report, none: "")
          + (more > 0 ? "; \(more) more" : ""))
    }
    let bursts = s.bursts.map { id -> String in
      let k = report.topics.firstIndex { $0.id == id }
      let cell = k.map { latest.topics[$0] }
      let detail = cell.map { " (\(DecimalText.percent($0.share))%, \(count($0.articles, "article")))" }
      return text(report.displayName(ofTopic: id)) + (detail ?? "")
    }
    doc.line("- **Bursts:** " + (bursts.isEmpty ? "none" : bursts.joined(separator: "; ")))
    let terms = s.newTerms.map {
      "\(text($0.term)) (\(text(report.displayName(ofTopic: $0.topic))), \($0.count))"
    }
    doc.line("- **New terms:** " + (terms.isEmpty ? "none" : terms.joined(separator: "; ")))
    doc.blank()
  }

  private static func movers(_ list: [Mover], _ report: TopicReport, none: String) -> String {
    guard !list.isEmpty else { return none }
    return list.map {
      "\(text(report.displayName(ofTopic: $0.topic))) \(DecimalText.signed($0.points)) pts "
        + "(\(DecimalText.percent($0.share))%; \($0.previousArticles) → \(count($0.articles, "article")))"
    }.joined(separator: "; ")
  }

  private static func overview(
    _ report: TopicReport, sparklineWidth: Int, _ doc: inout _MarkdownDocument
  ) {
    guard let latest = report.periods.last else { return }
    doc.heading(2, "Overview")
    var note = "Latest period \(latest.period). The trend is the share in all \(report.periods.count) periods"
    if report.periods.count > sparklineWidth {
      note += ", averaged into \(sparklineWidth) buckets"
    }
    doc.paragraph(note + ", scaled from 0 to the topic's highest share.")
    doc.tableHeader(
      ["Topic", "Share %", "Δ points", "MA %", "Articles", "Burst", "Trend"],
      rightAligned: [1, 2, 3, 4])
    for (k, topic) in report.topics.enumerated() {
      let cell = latest.topics[k]
      doc.tableRow([
        cellText(topic.displayName) + " (`\(topic.id)`)", DecimalText.percent(cell.share),
        cell.shareChangePoints.map { DecimalText.signed($0) } ?? "–",
        DecimalText.percent(cell.movingAverage), String(cell.articles), cell.burst ? "**burst**" : "",
        Sparkline.render(report.periods.map { $0.topics[k].share }, maxWidth: sparklineWidth),
      ])
    }
    doc.blank()
  }

  private static func topicSections(
    _ report: TopicReport, tablePeriodLimit: Int, _ doc: inout _MarkdownDocument
  ) {
    guard let latest = report.periods.last else { return }
    doc.heading(2, "Topics")
    let shown = report.periods.suffix(tablePeriodLimit)
    for (k, topic) in report.topics.enumerated() {
      doc.heading(3, text(topic.displayName) + " (`\(topic.id)`)")
      if shown.count < report.periods.count {
        doc.paragraph(
          "Showing the latest \(shown.count) of \(report.periods.count) periods "
            + "(\(shown.first?.period ?? "") – \(latest.period)).")
      }
      doc.tableHeader(
        ["Period", "Articles", "Total", "Share %", "Δ points", "MA %", "Mentions", "Per 10k", "Burst"],
        rightAligned: [1, 2, 3, 4, 5, 6, 7])
      for row in shown {
        let c = row.topics[k]
        doc.tableRow([
          row.period, String(c.articles), String(row.total), DecimalText.percent(c.share),
          c.shareChangePoints.map { DecimalText.signed($0) } ?? "–",
          DecimalText.percent(c.movingAverage), String(c.mentions),
          DecimalText.fixed(c.mentionsPer10k, digits: 1), c.burst ? "**burst**" : "",
        ])
      }
      doc.blank()
      let cell = latest.topics[k]
      let terms = cell.topTerms.map { "\(text($0.term)) ×\($0.count)" }
      doc.paragraph(
        "**Top terms (\(latest.period)):** " + (terms.isEmpty ? "none" : terms.joined(separator: " · ")))
      if cell.topArticles.isEmpty {
        doc.paragraph("**Top articles (\(latest.period)):** none")
      } else {
        doc.line("**Top articles (\(latest.period)):**")
        doc.blank()
        for (i, a) in cell.topArticles.enumerated() {
          doc.line(
            "\(i + 1). \(a.date ?? "undated") · \(text(a.title)) · score "
              + DecimalText.fixed(a.score, digits: 2))
        }
        doc.blank()
      }
    }
  }

  private static func undated(_ report: TopicReport, _ doc: inout _MarkdownDocument) {
    doc.heading(2, "Undated articles")
    guard report.undatedCount > 0 else {
      doc.paragraph("None: every article had a date precise enough for \(report.periodKind.noun) periods.")
      return
    }
    doc.paragraph(
      "\(count(report.undatedCount, "article")) had no date precise enough for "
        + "\(report.periodKind.noun) periods; they are not counted in any period.")
    for a in report.undated {
      let date = a.date.map { " (\($0))" } ?? ""
      doc.line("- `\(a.id.replacingBackticks)`\(date) \(text(a.title))")
    }
    let unlisted = report.undatedCount - report.undated.count
    if unlisted > 0 { doc.line("- … and \(unlisted) more, not listed") }
    doc.blank()
  }

  // MARK: Text

  private static func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
  }

  /// User text for running Markdown: one line, markup characters backslash-escaped.
  static func text(_ raw: String) -> String {
    var out = ""
    out.reserveCapacity(raw.utf8.count)
    var lastWasSpace = false
    for c in raw {
      if c.isNewline || c == "\t" {
        if !lastWasSpace { out.append(" ") }
        lastWasSpace = true
        continue
      }
      lastWasSpace = c == " "
      if "\\`*_[]<>|~".contains(c) { out.append("\\") }
      out.append(c)
    }
    return out
  }

  /// User text for a table cell (`|` is escaped by ``text(_:)`` too).
  static func cellText(_ raw: String) -> String { text(raw) }
}

/// A Markdown document being written line by line.
struct _MarkdownDocument {
  private(set) var text = ""

  mutating func line(_ s: String) {
    text += s
    text += "\n"
  }

  mutating func blank() {
    if !text.isEmpty, !text.hasSuffix("\n\n") { text += "\n" }
  }

  mutating func heading(_ level: Int, _ title: String) {
    blank()
    line(String(repeating: "#", count: level) + " " + title)
    blank()
  }

  mutating func paragraph(_ s: String) {
    line(s)
    blank()
  }

  mutating func tableHeader(_ titles: [String], rightAligned: Set<Int>) {
    tableRow(titles)
    tableRow(titles.indices.map { rightAligned.contains($0) ? "---:" : "---" })
  }

  mutating func tableRow(_ cells: [String]) {
    line("| " + cells.joined(separator: " | ") + " |")
  }
}

extension String {
  /// The text with backticks replaced by `'`, for use inside a Markdown code span.
  fileprivate var replacingBackticks: String {
    String(map { $0 == "`" ? "'" : $0 })
  }
}
