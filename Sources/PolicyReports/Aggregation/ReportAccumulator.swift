import PolicyCore

/// Identity of a topic in a report.
public struct ReportTopic: Hashable, Sendable, Codable {
  /// Topic id.
  public var id: String
  /// Chinese name.
  public var chineseName: String
  /// English name.
  public var englishName: String

  /// Creates a topic.
  public init(id: String, chineseName: String, englishName: String) {
    self.id = id
    self.chineseName = chineseName
    self.englishName = englishName
  }
}

/// Adds up tagged articles per period in one pass, in memory proportional to the number of
/// periods (not articles): counts, mentions, term counts and a bounded top-article list.
public struct ReportAccumulator: Sendable {
  /// How articles are grouped.
  public let kind: PeriodKind
  /// Topics in column order.
  public let topics: [ReportTopic]
  /// Totals per period.
  public private(set) var periods: [Period: PeriodCounters] = [:]
  /// Articles without a date precise enough for the period (undated, or year-only in a week
  /// report): counted and listed, never dropped silently.
  public private(set) var undatedCount = 0
  /// The first undated articles (at most `undatedListLimit`).
  public private(set) var undated: [ListedArticle] = []
  /// The period in which each term was first seen, per topic.
  public private(set) var firstSeen: [[String: Period]]
  /// Terms mentioned before the requested range (`from`), per topic: a term first seen in the
  /// range is new only if nothing before the range mentioned it either.
  public private(set) var seenBeforeRange: [Set<String>]
  /// Articles outside the requested date range (not counted in its periods).
  public private(set) var outOfRange = 0
  /// Totals and labelled articles of the ``historyPeriods`` periods before the one `from` falls
  /// in: the baseline of the range's first change, moving average and burst test, as they would
  /// be in a report without `from` (the periods are not shown).
  public private(set) var history: [Period: PeriodCounters] = [:]
  /// How many periods before the range ``history`` keeps: the longest look-back of a report.
  public static let historyPeriods = 8
  /// The periods ``history`` keeps, when `from` is set.
  public let historyRange: Range<Period>?
  /// The earliest and the latest counted article, to name when the span is implausible.
  public private(set) var earliest: ListedArticle?
  /// See `earliest`.
  public private(set) var latest: ListedArticle?
  private var earliestDate: ArticleDate?
  private var latestDate: ArticleDate?
  /// The date of the first counted article.
  public var firstCountedDate: ArticleDate? { earliestDate }
  /// The date of the last counted article.
  public var lastCountedDate: ArticleDate? { latestDate }
  /// Restricts counted articles to dates in `from...to` (inclusive), if set.
  public var from: ArticleDate?
  /// See `from`.
  public var to: ArticleDate?

  /// Top articles kept per period and topic.
  public static let topArticleCount = 5
  /// Undated articles listed.
  public static let undatedListLimit = 50

  /// Creates an empty accumulator.
  public init(kind: PeriodKind, topics: [ReportTopic], from: ArticleDate? = nil, to: ArticleDate? = nil) {
    self.kind = kind
    self.topics = topics
    self.firstSeen = Array(repeating: [:], count: topics.count)
    self.seenBeforeRange = Array(repeating: [], count: topics.count)
    self.from = from
    self.to = to
    self.historyRange = from.flatMap { Self.historyRange(before: $0, kind: kind) }
  }

  /// The up to ``historyPeriods`` periods before the one `from` falls in, or nil when there is
  /// none (or `from` is too coarse for `kind`).
  public static func historyRange(before from: ArticleDate, kind: PeriodKind) -> Range<Period>? {
    guard let first = Period(containing: from, kind: kind) else { return nil }
    var start = first
    for _ in 0..<historyPeriods { start = start.previous ?? start }
    return start < first ? start..<first : nil
  }

  /// Adds one article.
  public mutating func add(_ item: ReportItem) {
    guard let date = item.date, let period = Period(containing: date, kind: kind) else {
      undatedCount += 1
      if undated.count < Self.undatedListLimit {
        undated.append(ListedArticle(id: item.id, date: item.date?.description, title: item.title, score: 0))
      }
      return
    }
    if let from, date < from, !(date.precision < from.precision && Period(containing: from, kind: kind) == period) {
      outOfRange += 1
      for k in 0..<min(topics.count, item.termMentions.count) {
        for term in item.termMentions[k].keys { seenBeforeRange[k].insert(term) }
      }
      var counters = PeriodCounters(topics: topics.count)
      counters.total = 1
      for k in item.labels where k < topics.count { counters.articles[k] = 1 }
      addHistory(counters, for: period)
      return
    }
    if let to, date > to, !(date.precision < to.precision) {
      outOfRange += 1
      return
    }
    if earliestDate.map({ date < $0 }) ?? true {
      earliestDate = date
      earliest = ListedArticle(id: item.id, date: date.description, title: item.title, score: 0)
    }
    if latestDate.map({ date > $0 }) ?? true {
      latestDate = date
      latest = ListedArticle(id: item.id, date: date.description, title: item.title, score: 0)
    }
    var c = periods[period] ?? PeriodCounters(topics: topics.count)
    c.total += 1
    c.chars += item.chars
    for k in item.labels where k < topics.count {
      c.articles[k] += 1
      let score = k < item.scores.count ? Double(item.scores[k]) : 1
      insertTop(&c.topArticles[k], ListedArticle(id: item.id, date: date.description, title: item.title, score: score))
    }
    for k in 0..<min(topics.count, item.mentions.count) { c.mentions[k] += item.mentions[k] }
    for k in 0..<min(topics.count, item.termMentions.count) {
      for (term, n) in item.termMentions[k] {
        c.terms[k][term, default: 0] += n
        noteSeen(term, topic: k, in: period)
      }
    }
    periods[period] = c
  }

  /// Adds precomputed counters for a period (used by the article store's SQL aggregation).
  public mutating func merge(_ counters: PeriodCounters, into period: Period) {
    var c = periods[period] ?? PeriodCounters(topics: topics.count)
    c.total += counters.total
    c.chars += counters.chars
    for k in topics.indices {
      c.articles[k] += counters.articles[k]
      c.mentions[k] += counters.mentions[k]
      for (term, n) in counters.terms[k] {
        c.terms[k][term, default: 0] += n
        noteSeen(term, topic: k, in: period)
      }
      for a in counters.topArticles[k] { insertTop(&c.topArticles[k], a) }
    }
    periods[period] = c
  }

  /// Adds a period's totals to ``history`` when the period is in ``historyRange`` (articles
  /// before the range; the article store reads them from its aggregates).
  public mutating func addHistory(_ counters: PeriodCounters, for period: Period) {
    guard historyRange?.contains(period) == true else { return }
    var c = history[period] ?? PeriodCounters(topics: topics.count)
    c.total += counters.total
    for k in topics.indices { c.articles[k] += counters.articles[k] }
    history[period] = c
  }

  /// Records the first and last dates of articles counted elsewhere (the store), where they
  /// are later or earlier than those already seen.
  public mutating func noteDateSpan(first: ArticleDate, last: ArticleDate) {
    if earliestDate.map({ first < $0 }) ?? true { earliestDate = first }
    if latestDate.map({ last > $0 }) ?? true { latestDate = last }
  }

  /// Records undated articles counted elsewhere (the store).
  public mutating func addUndated(count: Int, listed: [ListedArticle]) {
    undatedCount += count
    for a in listed where undated.count < Self.undatedListLimit { undated.append(a) }
  }

  /// Records that `term` was mentioned for topic `k` before the requested range (the article
  /// store reads these from articles it does not count).
  public mutating func noteSeenBeforeRange(_ term: String, topic k: Int) {
    seenBeforeRange[k].insert(term)
  }

  /// Records that `term` was mentioned in `period`, keeping the earliest period.
  private mutating func noteSeen(_ term: String, topic k: Int, in period: Period) {
    if let seen = firstSeen[k][term], seen <= period { return }
    firstSeen[k][term] = period
  }

  private func insertTop(_ list: inout [ListedArticle], _ a: ListedArticle) {
    let before: (ListedArticle, ListedArticle) -> Bool = {
      $0.score != $1.score ? $0.score > $1.score : ($0.date ?? "", $0.id) < ($1.date ?? "", $1.id)
    }
    if list.count == Self.topArticleCount, let last = list.last, !before(a, last) { return }
    let at = list.firstIndex { before(a, $0) } ?? list.count
    list.insert(a, at: at)
    if list.count > Self.topArticleCount { list.removeLast() }
  }
}
