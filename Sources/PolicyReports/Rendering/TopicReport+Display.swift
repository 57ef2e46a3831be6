import PolicyCore

extension PeriodKind {
  /// `ISO week`, `month` or `year`, for axis titles and headings.
  var noun: String {
    switch self {
    case .week: return "ISO week"
    case .month: return "month"
    case .year: return "year"
    }
  }

  /// `Weekly`, `Monthly` or `Yearly`.
  var adjective: String {
    switch self {
    case .week: return "Weekly"
    case .month: return "Monthly"
    case .year: return "Yearly"
    }
  }
}

extension TopicReport {
  /// `2024-W50 – 2025-W05 (2024-12-09 – 2025-02-02)`, or `no periods`.
  var rangeText: String {
    guard let first = periods.first, let last = periods.last else { return "no periods" }
    if first.period == last.period { return "\(first.period) (\(first.start) – \(first.end))" }
    return "\(first.period) – \(last.period) (\(first.start) – \(last.end))"
  }

  /// Articles counted in some period.
  var datedArticleCount: Int { periods.reduce(0) { $0 + $1.total } }

  /// `经济 Economy` for a topic id; the id itself when unknown.
  func displayName(ofTopic id: String) -> String {
    guard let topic = topics.first(where: { $0.id == id }) else { return id }
    return topic.displayName
  }

  /// Each topic's share in every period, in topic order.
  var shareSeries: [[Double]] {
    topics.indices.map { k in periods.map { $0.topics[k].share } }
  }

  /// Each topic's burst flags in every period, in topic order.
  var burstSeries: [[Bool]] {
    topics.indices.map { k in periods.map { $0.topics[k].burst } }
  }
}

extension ReportTopic {
  /// `经济 Economy`; whichever name is empty is left out, and the id stands in for both.
  var displayName: String {
    let names = [chineseName, englishName].filter { !$0.isEmpty }
    return names.isEmpty ? id : names.joined(separator: " ")
  }
}
