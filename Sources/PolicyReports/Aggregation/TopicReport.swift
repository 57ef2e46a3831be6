import PolicyCore

/// The numbers of one topic in one period.
public struct TopicCell: Hashable, Sendable, Codable {
  /// Articles labelled with the topic.
  public var articles: Int
  /// `articles / total` (0 when the period has no articles).
  public var share: Double
  /// Change in articles against the previous period (nil for the first period).
  public var change: Int?
  /// Change in share against the previous period, in percentage points.
  public var shareChangePoints: Double?
  /// Mean share over this and the previous `movingAverageWindow - 1` periods.
  public var movingAverage: Double
  /// How many standard deviations the share lies above the trailing window's mean (nil when
  /// the window is too short).
  public var zScore: Double?
  /// Whether the share is a burst (see ``TopicReport/burstRule``).
  public var burst: Bool
  /// Lexicon mentions.
  public var mentions: Int
  /// Mentions per 10,000 characters.
  public var mentionsPer10k: Double
  /// Most mentioned terms, most first.
  public var topTerms: [TermCount]
  /// Best-scoring labelled articles.
  public var topArticles: [ListedArticle]
}

/// A term with a count.
public struct TermCount: Hashable, Sendable, Codable {
  /// The term.
  public var term: String
  /// Its mentions.
  public var count: Int
}

/// One period of a report.
public struct PeriodRow: Hashable, Sendable, Codable {
  /// `2025-W01`, `2025-03` or `2025`.
  public var period: String
  /// First day (ISO).
  public var start: String
  /// Last day (ISO).
  public var end: String
  /// Articles in the period.
  public var total: Int
  /// Characters in the period.
  public var chars: Int
  /// One cell per topic, in topic order.
  public var topics: [TopicCell]
}

/// A topic's move between the last two periods.
public struct Mover: Hashable, Sendable, Codable {
  /// Topic id.
  public var topic: String
  /// Share in the latest period.
  public var share: Double
  /// Change in percentage points.
  public var points: Double
  /// Articles in the latest period.
  public var articles: Int
  /// Articles in the previous period.
  public var previousArticles: Int
  /// The two-proportion z statistic of the change (positive when the share rose); nil when
  /// neither period has an article of the topic or every article is the topic's.
  public var z: Double?

  /// A move; `z` is computed from the two periods' counts (see ``TopicReport/moverRule``).
  public init(topic: String, articles: Int, total: Int, previousArticles: Int, previousTotal: Int) {
    self.topic = topic
    self.articles = articles
    self.previousArticles = previousArticles
    share = total > 0 ? Double(articles) / Double(total) : 0
    let previousShare = previousTotal > 0 ? Double(previousArticles) / Double(previousTotal) : 0
    points = (share - previousShare) * 100
    z = Self.zStatistic(articles, of: total, against: previousArticles, of: previousTotal)
  }

  /// Whether the change is beyond chance: `|z| ≥ 1.96` (two-sided, 5 %).
  public var isSignificant: Bool { abs(z ?? 0) >= TopicReport.moverThreshold }

  /// `(p₁ − p₀) / √(p(1−p)(1/n₁ + 1/n₀))` with the pooled share `p`; nil when a period is
  /// empty or the pooled share is 0 or 1 (no variance to measure against).
  static func zStatistic(_ a1: Int, of n1: Int, against a0: Int, of n0: Int) -> Double? {
    guard n1 > 0, n0 > 0 else { return nil }
    let pooled = Double(a1 + a0) / Double(n1 + n0)
    let variance = pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n0))
    guard variance > 0 else { return nil }
    return (Double(a1) / Double(n1) - Double(a0) / Double(n0)) / variance.squareRoot()
  }
}

/// A term first seen in the latest period.
public struct NewTerm: Hashable, Sendable, Codable {
  /// Topic id.
  public var topic: String
  /// The term.
  public var term: String
  /// Mentions in the latest period.
  public var count: Int
}

/// The headline numbers: the latest period against the one before.
public struct ReportSummary: Hashable, Sendable, Codable {
  /// The latest period.
  public var latest: String?
  /// The period before it.
  public var previous: String?
  /// Topics whose share rose beyond chance (``TopicReport/moverRule``), biggest first.
  public var risers: [Mover]
  /// Topics whose share fell beyond chance, biggest fall first.
  public var fallers: [Mover]
  /// Topics whose share changed within chance, biggest change (either way) first: shown so a
  /// reader sees the largest moves of a small bulletin, marked as not significant.
  public var withinChance: [Mover] = []
  /// Topics flagged as bursts in the latest period.
  public var bursts: [String]
  /// Terms mentioned for the first time in the latest period: in no earlier period of the
  /// report, and not before its range either (articles before `from` are read for this only).
  public var newTerms: [NewTerm]
  /// Days of the latest period the report covers, when fewer than all (the data ends, or `to`
  /// falls, inside it): its counts and changes then compare part of a period with a whole one.
  public var latestCoverage: Coverage? = nil

  /// Part of a period: `days` of its `of` days.
  public struct Coverage: Hashable, Sendable, Codable {
    /// Days covered.
    public var days: Int
    /// Days in the period.
    public var of: Int

    /// `days` of `of` days.
    public init(days: Int, of: Int) {
      self.days = days
      self.of = of
    }
  }
}

/// A topic-trend report: every period in range (empty ones included), per topic counts,
/// shares, changes, moving averages, bursts, mentions, top terms and articles.
public struct TopicReport: Hashable, Sendable, Codable {
  /// `week`, `month` or `year`.
  public var periodKind: PeriodKind
  /// Topics in column order.
  public var topics: [ReportTopic]
  /// Periods in order, none skipped.
  public var periods: [PeriodRow]
  /// Articles whose date is missing or too coarse for the period.
  public var undatedCount: Int
  /// Some of them, listed.
  public var undated: [ListedArticle]
  /// Articles outside `--from`/`--to`.
  public var outOfRange: Int
  /// The latest period against the one before.
  public var summary: ReportSummary

  /// Periods in the trailing moving average (including the current one).
  public static let movingAverageWindow = 4
  /// Previous periods the burst statistic looks at.
  public static let burstWindow = 8
  /// The documented burst rule.
  public static let burstRule =
    "burst: the share is at least 3 standard deviations above the mean share of the previous 8 periods "
    + "(at least 4 of them present; deviation floored at 1 point), with at least 3 articles"
  /// |z| from which a change of share is a rise or fall rather than chance (5 %, two-sided).
  public static let moverThreshold = 1.96
  /// Changes within chance the summaries list, largest first (the rest are counted).
  public static let withinChanceListed = 4
  /// The documented rule for risers and fallers.
  public static let moverRule =
    "rising/falling: the change of share from the previous period is beyond chance at the 5% level "
    + "(two-proportion z-test, |z| at least 1.96)"

  /// The most periods a report holds: a weekly report over 190 years, a monthly one over 830.
  /// More means a date is wrong (a year typed `0025`), and filling a hundred thousand empty
  /// weeks would take minutes and gigabytes before anyone saw the mistake.
  public static let maxPeriods = 10_000

  /// Checks that the periods from the first to the last (of the range, or of the counted
  /// articles) are at most ``maxPeriods``.
  public static func checkSpan(_ acc: ReportAccumulator, from: ArticleDate? = nil, to: ArticleDate? = nil)
    throws(ReportSpanError)
  {
    guard let (first, last) = periodBounds(acc, from: from, to: to) else { return }
    var count = 0
    var p = first
    while p.startDay <= last.startDay {
      count += 1
      guard count <= maxPeriods else {
        throw ReportSpanError(
          kind: acc.kind, first: first, last: last, limit: maxPeriods, earliest: acc.earliest, latest: acc.latest)
      }
      p = p.next
    }
  }

  /// The first and last period of a report: those of the range where it is given, else those
  /// of the counted articles; nil when there is neither.
  static func periodBounds(_ acc: ReportAccumulator, from: ArticleDate?, to: ArticleDate?) -> (Period, Period)? {
    let keys = acc.periods.keys
    guard let first = from.flatMap({ Period(containing: $0, kind: acc.kind) }) ?? keys.min(),
      let last = to.flatMap({ Period(containing: $0, kind: acc.kind) }) ?? keys.max()
    else { return nil }
    return (first, last)
  }

  /// Builds the report from accumulated counters.
  ///
  /// - Parameters:
  ///   - from: first day of the range; the first period with articles when nil.
  ///   - to: last day of the range; the last period with articles when nil.
  public init(_ acc: ReportAccumulator, from: ArticleDate? = nil, to: ArticleDate? = nil, topTermCount: Int = 8) {
    periodKind = acc.kind
    topics = acc.topics
    undatedCount = acc.undatedCount
    undated = acc.undated
    outOfRange = acc.outOfRange
    let bounds = Self.periodBounds(acc, from: from, to: to)
    let (first, last) = (bounds?.0, bounds?.1)
    var rows: [PeriodRow] = []
    var shareHistory = [[Double]](repeating: [], count: acc.topics.count)
    // The periods before the range (when it starts at `from`) are the baseline of its first
    // changes, moving averages and burst tests, from the first of them that has articles.
    var before: (articles: [Int], share: [Double], total: Int)? = nil
    if let first, let earliest = acc.history.keys.min(), earliest < first {
      for period in Period.range(from: earliest, to: first).dropLast() {
        let c = acc.history[period] ?? PeriodCounters(topics: acc.topics.count)
        let shares = acc.topics.indices.map { c.total > 0 ? Double(c.articles[$0]) / Double(c.total) : 0 }
        for k in acc.topics.indices { shareHistory[k].append(shares[k]) }
        before = (c.articles, shares, c.total)
      }
    }
    if let first, let last, first <= last {
      for period in Period.range(from: first, to: last) {
        let c = acc.periods[period] ?? PeriodCounters(topics: acc.topics.count)
        var cells: [TopicCell] = []
        for k in acc.topics.indices {
          let share = c.total > 0 ? Double(c.articles[k]) / Double(c.total) : 0
          let previous =
            rows.last.map { (articles: $0.topics[k].articles, share: $0.topics[k].share) }
            ?? before.map { (articles: $0.articles[k], share: $0.share[k]) }
          let history = shareHistory[k]
          let window = history.suffix(Self.movingAverageWindow - 1) + [share]
          let trailing = Array(history.suffix(Self.burstWindow))
          var z: Double? = nil
          if trailing.count >= 4 {
            let mean = trailing.reduce(0, +) / Double(trailing.count)
            let variance = trailing.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(trailing.count)
            z = (share - mean) / max(variance.squareRoot(), 0.01)
          }
          let terms = c.terms[k].sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(topTermCount).map { TermCount(term: $0.key, count: $0.value) }
          cells.append(
            TopicCell(
              articles: c.articles[k], share: share,
              change: previous.map { c.articles[k] - $0.articles },
              shareChangePoints: previous.map { (share - $0.share) * 100 },
              movingAverage: window.reduce(0, +) / Double(window.count), zScore: z,
              burst: (z ?? 0) >= 3 && c.articles[k] >= 3, mentions: c.mentions[k],
              mentionsPer10k: c.chars > 0 ? Double(c.mentions[k]) * 10_000 / Double(c.chars) : 0,
              topTerms: Array(terms), topArticles: c.topArticles[k]))
          shareHistory[k].append(share)
        }
        rows.append(
          PeriodRow(
            period: period.label, start: period.start.description, end: period.end.description,
            total: c.total, chars: c.chars, topics: cells))
      }
    }
    periods = rows
    summary = Self.summarize(
      rows, baseline: before.map { (articles: $0.articles, total: $0.total) }, topics: acc.topics, acc: acc,
      last: last)
    if let last, let lastDay = to ?? acc.lastCountedDate, lastDay.precision == .day, lastDay < last.end {
      // The range starts at `from`, else at the first article; it ends at `to`, else at the last.
      let firstDay = from ?? acc.firstCountedDate
      let start = max(last.startDay, firstDay.map { $0.precision == .day ? $0.daysSinceEpoch : last.startDay } ?? 0)
      let length = last.next.startDay - last.startDay
      summary.latestCoverage = ReportSummary.Coverage(days: max(0, lastDay.daysSinceEpoch - start + 1), of: length)
    }
  }

  /// The summary of `rows`; `baseline` is the period before the range (when it starts at
  /// `from`), against which a one-period range's changes are measured.
  static func summarize(
    _ rows: [PeriodRow], baseline: (articles: [Int], total: Int)?, topics: [ReportTopic],
    acc: ReportAccumulator, last: Period?
  ) -> ReportSummary {
    guard let latest = rows.last else {
      return ReportSummary(latest: nil, previous: nil, risers: [], fallers: [], bursts: [], newTerms: [])
    }
    let previous = rows.count > 1 ? rows[rows.count - 2] : nil
    let counts = previous.map { (articles: $0.topics.map(\.articles), total: $0.total) } ?? baseline
    let movers =
      counts.map { counts in
        topics.indices.map { k in
          Mover(
            topic: topics[k].id, articles: latest.topics[k].articles, total: latest.total,
            previousArticles: counts.articles[k], previousTotal: counts.total)
        }.filter { $0.points != 0 }
      } ?? []
    // Largest change first; equal changes in topic order.
    func largestFirst(_ list: [Mover]) -> [Mover] {
      list.enumerated().sorted {
        abs($0.element.points) != abs($1.element.points)
          ? abs($0.element.points) > abs($1.element.points) : $0.offset < $1.offset
      }.map(\.element)
    }
    let risers = largestFirst(movers.filter { $0.isSignificant && $0.points > 0 })
    let fallers = largestFirst(movers.filter { $0.isSignificant && $0.points < 0 })
    let withinChance = largestFirst(movers.filter { !$0.isSignificant })
    let bursts = topics.indices.filter { latest.topics[$0].burst }.map { topics[$0].id }
    var newTerms: [NewTerm] = []
    if let last, let counters = acc.periods[last] {
      for (k, t) in topics.enumerated() {
        for (term, period) in acc.firstSeen[k] where period == last && !acc.seenBeforeRange[k].contains(term) {
          newTerms.append(NewTerm(topic: t.id, term: term, count: counters.terms[k][term] ?? 0))
        }
      }
    }
    newTerms.sort { $0.count != $1.count ? $0.count > $1.count : ($0.topic, $0.term) < ($1.topic, $1.term) }
    return ReportSummary(
      latest: latest.period, previous: previous?.period, risers: risers, fallers: fallers,
      withinChance: withinChance, bursts: bursts, newTerms: Array(newTerms.prefix(20)))
  }
}

extension TopicReport {
  /// The same report with only the listed topics (in the given order).
  public func restricted(to ids: [String]) -> TopicReport {
    let keep = ids.compactMap { id in topics.firstIndex { $0.id == id } }
    var copy = self
    copy.topics = keep.map { topics[$0] }
    copy.periods = periods.map { row in
      var r = row
      r.topics = keep.map { row.topics[$0] }
      return r
    }
    let set = Set(ids)
    copy.summary.risers = summary.risers.filter { set.contains($0.topic) }
    copy.summary.fallers = summary.fallers.filter { set.contains($0.topic) }
    copy.summary.withinChance = summary.withinChance.filter { set.contains($0.topic) }
    copy.summary.bursts = summary.bursts.filter { set.contains($0) }
    copy.summary.newTerms = summary.newTerms.filter { set.contains($0.topic) }
    return copy
  }
}

/// A report whose periods would run past ``TopicReport/maxPeriods``.
public struct ReportSpanError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The grouping asked for.
  public var kind: PeriodKind
  /// The first and last period the dates call for.
  public var first: Period
  /// See `first`.
  public var last: Period
  /// ``TopicReport/maxPeriods``.
  public var limit: Int
  /// The earliest and latest counted articles, when known (not for reports from the store).
  public var earliest: ListedArticle?
  /// See `earliest`.
  public var latest: ListedArticle?

  public var description: String {
    func named(_ a: ListedArticle?) -> String { a.map { " (\($0.date ?? "?"), id \($0.id))" } ?? "" }
    return "the articles run from \(first)\(named(earliest)) to \(last)\(named(latest)): more than \(limit) "
      + "\(kind.rawValue)s in one report; check those dates, or narrow the report with --from and --to"
  }
}
