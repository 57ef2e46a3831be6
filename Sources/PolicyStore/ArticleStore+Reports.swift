import GRDB
import PolicyCore
import PolicyReports

extension ArticleStore {
  /// The accumulator a `TopicReport` is built from, for the current model. Whole-period
  /// ranges (or none) read the per-period aggregates that ingest maintains; a range that cuts
  /// a period aggregates the articles in SQL (GROUP BY over the period keys). Memory grows with
  /// the number of periods and terms, not with the number of articles.
  public func reportAccumulator(kind: PeriodKind, topics: [ReportTopic], from: ArticleDate?, to: ArticleDate?)
    throws -> ReportAccumulator
  {
    var acc = try accumulator(kind: kind, topics: topics, from: from, to: to)
    // The periods before the range are its first periods' baseline, as a report from files
    // reads them (see `ReportAccumulator.history`): whole periods, from the aggregates.
    if let range = acc.historyRange, let end = range.upperBound.previous?.end {
      let before = try accumulator(kind: kind, topics: topics, from: range.lowerBound.start, to: end)
      for (period, counters) in before.periods { acc.addHistory(counters, for: period) }
    }
    try pool.read { db in try Self.noteTermsBefore(from, db, topics: topics, into: &acc) }
    // The first and last days of the articles counted, as a report from files notes them.
    let span = try pool.read { db in
      try Row.fetchOne(
        db,
        sql: "SELECT MIN(day) AS first, MAX(day) AS last FROM articles WHERE day IS NOT NULL AND day >= ? AND day <= ?",
        arguments: [from?.daysSinceEpoch ?? Int.min, to?.daysSinceEpoch ?? Int.max])
    }
    if let span, let first: Int = span["first"], let last: Int = span["last"] {
      acc.noteDateSpan(first: ArticleDate(daysSinceEpoch: first), last: ArticleDate(daysSinceEpoch: last))
    }
    return acc
  }

  /// The accumulator of the articles in the range alone.
  private func accumulator(kind: PeriodKind, topics: [ReportTopic], from: ArticleDate?, to: ArticleDate?)
    throws -> ReportAccumulator
  {
    guard let model = try currentModel() else { throw StoreError.empty(path: path) }
    func period(_ value: Int) -> Period? {
      switch kind {
      case .year: return (try? ArticleDate(year: value)).flatMap { Period(containing: $0, kind: .year) }
      default: return Period(containing: ArticleDate(daysSinceEpoch: value), kind: kind)
      }
    }
    // Whole periods only: read the maintained aggregates instead of grouping every article.
    let fromAligned = from.map { f in Period(containing: f, kind: kind)?.start == f && f.precision == .day } ?? true
    let toAligned = to.map { t in Period(containing: t, kind: kind)?.end == t && t.precision == .day } ?? true
    if fromAligned && toAligned {
      let column = PeriodAggregates.kinds.first { $0.kind == kind }?.column ?? "week_start"
      return try pool.read { db in
        var acc = try PeriodAggregates.accumulator(
          db, model: model.id, kind: kind, topics: topics, from: from, to: to, period: period)
        let undatedCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles WHERE \(column) IS NULL") ?? 0
        let undated = try Row.fetchAll(
          db, sql: "SELECT article_id, date, title FROM articles WHERE \(column) IS NULL ORDER BY id LIMIT ?",
          arguments: [ReportAccumulator.undatedListLimit]
        ).map { ListedArticle(id: $0["article_id"], date: $0["date"], title: $0["title"], score: 0) }
        acc.addUndated(count: undatedCount, listed: undated)
        return acc
      }
    }
    let key: String
    switch kind {
    case .week: key = "a.week_start"
    case .month: key = "a.month_start"
    case .year: key = "a.year"
    }
    var range = ""
    var rangeArgs: [(any DatabaseValueConvertible)?] = []
    if let from {
      range += " AND (a.day IS NULL OR a.day >= ?) AND a.year >= ?"
      rangeArgs += [from.daysSinceEpoch, from.year]
    }
    if let to {
      range += " AND (a.day IS NULL OR a.day <= ?) AND a.year <= ?"
      rangeArgs += [to.daysSinceEpoch, to.year]
    }
    let topicIndex = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.id, $0) })
    var counters: [Int: PeriodCounters] = [:]
    var undatedCount = 0
    var undated: [ListedArticle] = []
    try pool.read { db in
      let totals = try Row.fetchCursor(
        db,
        sql:
          "SELECT \(key) AS k, COUNT(*) AS n, SUM(a.chars) AS c FROM articles a WHERE \(key) IS NOT NULL\(range) GROUP BY k",
        arguments: StatementArguments(rangeArgs))
      while let r = try totals.next() {
        var c = PeriodCounters(topics: topics.count)
        c.total = r["n"]
        c.chars = r["c"]
        counters[r["k"]] = c
      }
      let labels = try Row.fetchCursor(
        db,
        sql: """
          SELECT \(key) AS k, s.topic AS topic, COUNT(*) AS n FROM scores s JOIN articles a ON a.id = s.article
          WHERE s.model = ? AND s.is_label = 1 AND \(key) IS NOT NULL\(range) GROUP BY k, topic
          """, arguments: StatementArguments([model.id] + rangeArgs))
      while let r = try labels.next() {
        guard let t = topicIndex[r["topic"]] else { continue }
        counters[r["k"]]?.articles[t] = r["n"]
      }
      let mentions = try Row.fetchCursor(
        db,
        sql: """
          SELECT \(key) AS k, m.topic AS topic, m.term AS term, SUM(m.count) AS n FROM mentions m
          JOIN articles a ON a.id = m.article WHERE \(key) IS NOT NULL\(range) GROUP BY k, topic, term
          """, arguments: StatementArguments(rangeArgs))
      while let r = try mentions.next() {
        guard let t = topicIndex[r["topic"]] else { continue }
        let n: Int = r["n"]
        let k: Int = r["k"]
        counters[k]?.mentions[t] += n
        counters[k]?.terms[t][r["term"]] = n
      }
      let top = try Row.fetchCursor(
        db,
        sql: """
          SELECT k, topic, article_id, date, title, score FROM (
            SELECT \(key) AS k, s.topic AS topic, a.article_id AS article_id, a.date AS date, a.title AS title,
              s.score AS score,
              ROW_NUMBER() OVER (PARTITION BY \(key), s.topic ORDER BY s.score DESC, a.date, a.article_id) AS rn
            FROM scores s JOIN articles a ON a.id = s.article
            WHERE s.model = ? AND s.is_label = 1 AND \(key) IS NOT NULL\(range))
          WHERE rn <= ? ORDER BY k, topic, rn
          """, arguments: StatementArguments([model.id] + rangeArgs + [ReportAccumulator.topArticleCount]))
      while let r = try top.next() {
        guard let t = topicIndex[r["topic"]] else { continue }
        let k: Int = r["k"]
        let score: Double = r["score"]
        counters[k]?.topArticles[t].append(
          ListedArticle(id: r["article_id"], date: r["date"], title: r["title"], score: Double(Float(score))))
      }
      undatedCount =
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM articles a WHERE \(key) IS NULL\(range)",
          arguments: StatementArguments(rangeArgs)) ?? 0
      undated = try Row.fetchAll(
        db, sql: "SELECT article_id, date, title FROM articles a WHERE \(key) IS NULL\(range) ORDER BY id LIMIT ?",
        arguments: StatementArguments(rangeArgs + [ReportAccumulator.undatedListLimit])
      ).map { ListedArticle(id: $0["article_id"], date: $0["date"], title: $0["title"], score: 0) }
    }
    var acc = ReportAccumulator(kind: kind, topics: topics, from: from, to: to)
    for (k, c) in counters.sorted(by: { $0.key < $1.key }) {
      if let p = period(k) { acc.merge(c, into: p) }
    }
    acc.addUndated(count: undatedCount, listed: undated)
    return acc
  }

  /// Notes in `acc` the terms stored articles dated before `from` mention, so that a report
  /// over a range calls new only what the store never saw before it.
  static func noteTermsBefore(
    _ from: ArticleDate?, _ db: Database, topics: [ReportTopic], into acc: inout ReportAccumulator
  )
    throws
  {
    guard let from else { return }
    let topicIndex = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.id, $0) })
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT DISTINCT m.topic AS topic, m.term AS term FROM mentions m JOIN articles a ON a.id = m.article
        WHERE a.day < ? OR a.year < ?
        """, arguments: [from.daysSinceEpoch, from.year])
    while let r = try rows.next() {
      if let k = topicIndex[r["topic"]] { acc.noteSeenBeforeRange(r["term"], topic: k) }
    }
  }

  /// Counts for `stats`.
  public func statistics() throws -> StoreStatistics {
    try pool.read { db in
      let model = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'current_model'").flatMap(Int64.init)
      var perTopic: [(String, Int)] = []
      if let model {
        perTopic = try Row.fetchAll(
          db, sql: "SELECT topic, SUM(is_label) AS n FROM scores WHERE model = ? GROUP BY topic ORDER BY topic",
          arguments: [model]
        ).map { ($0["topic"], $0["n"]) }
      }
      return StoreStatistics(
        articles: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles") ?? 0,
        undated: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles WHERE date IS NULL") ?? 0,
        firstDate: try String.fetchOne(db, sql: "SELECT MIN(date) FROM articles"),
        lastDate: try String.fetchOne(db, sql: "SELECT MAX(date) FROM articles"),
        models: try Row.fetchAll(db, sql: "SELECT id, name, first_used FROM models ORDER BY id").map {
          "\($0["id"] as Int64): \($0["name"] as String) (first used \($0["first_used"] as String))"
        },
        currentModel: model, labelled: perTopic)
    }
  }
}

/// What `stats` prints.
public struct StoreStatistics: Sendable {
  /// Stored articles.
  public var articles: Int
  /// Articles without a date.
  public var undated: Int
  /// Earliest date.
  public var firstDate: String?
  /// Latest date.
  public var lastDate: String?
  /// Models that tagged articles.
  public var models: [String]
  /// The current model id.
  public var currentModel: Int64?
  /// Labelled articles per topic under the current model.
  public var labelled: [(String, Int)]
}
