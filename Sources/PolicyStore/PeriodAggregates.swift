import GRDB
import PolicyCore
import PolicyReports

/// Per-period totals kept up to date by every ingest and retag, so a report over the whole
/// store reads a few thousand aggregate rows instead of grouping every article.
///
/// ```
/// period_totals  (kind, period)                   → articles, chars
/// period_terms   (kind, period, topic, term)      → count of mentions
/// period_labels  (model, kind, period, topic)     → labelled articles
/// period_top     (model, kind, period, topic, article) → score   (best 5 per group)
/// ```
/// `kind` is `week`, `month` or `year`; `period` is the period key stored on the article
/// (`week_start`, `month_start` or `year`). Each update runs in the transaction of the batch it
/// describes, so the aggregates always match the articles.
enum PeriodAggregates {
  static let kinds: [(kind: PeriodKind, column: String)] = [
    (.week, "week_start"), (.month, "month_start"), (.year, "year"),
  ]

  static func createTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE period_totals (kind TEXT NOT NULL, period INTEGER NOT NULL, articles INTEGER NOT NULL,
          chars INTEGER NOT NULL, PRIMARY KEY (kind, period)) WITHOUT ROWID;
        CREATE TABLE period_terms (kind TEXT NOT NULL, period INTEGER NOT NULL, topic TEXT NOT NULL,
          term TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (kind, period, topic, term)) WITHOUT ROWID;
        CREATE TABLE period_labels (model INTEGER NOT NULL, kind TEXT NOT NULL, period INTEGER NOT NULL,
          topic TEXT NOT NULL, articles INTEGER NOT NULL, PRIMARY KEY (model, kind, period, topic)) WITHOUT ROWID;
        CREATE TABLE period_top (model INTEGER NOT NULL, kind TEXT NOT NULL, period INTEGER NOT NULL,
          topic TEXT NOT NULL, article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          score REAL NOT NULL, PRIMARY KEY (model, kind, period, topic, article)) WITHOUT ROWID;
        """)
    for (kind, column) in kinds {
      try db.execute(
        sql: """
          INSERT INTO period_totals SELECT '\(kind.rawValue)', \(column), COUNT(*), SUM(chars)
            FROM articles WHERE \(column) IS NOT NULL GROUP BY \(column);
          INSERT INTO period_terms SELECT '\(kind.rawValue)', a.\(column), m.topic, m.term, SUM(m.count)
            FROM mentions m JOIN articles a ON a.id = m.article WHERE a.\(column) IS NOT NULL
            GROUP BY a.\(column), m.topic, m.term;
          """)
    }
    for model in try Int64.fetchAll(db, sql: "SELECT id FROM models") {
      try rebuildLabels(db, model: model)
    }
  }

  /// Recomputes the label counts and top articles of one model from its scores.
  static func rebuildLabels(_ db: Database, model: Int64) throws {
    try db.execute(sql: "DELETE FROM period_labels WHERE model = ?", arguments: [model])
    try db.execute(sql: "DELETE FROM period_top WHERE model = ?", arguments: [model])
    for (kind, column) in kinds {
      try db.execute(
        sql: """
          INSERT INTO period_labels SELECT ?, '\(kind.rawValue)', a.\(column), s.topic, COUNT(*)
            FROM scores s JOIN articles a ON a.id = s.article
            WHERE s.model = ? AND s.is_label = 1 AND a.\(column) IS NOT NULL GROUP BY a.\(column), s.topic;
          INSERT INTO period_top SELECT ?, '\(kind.rawValue)', k, topic, article, score FROM (
            SELECT a.\(column) AS k, s.topic AS topic, s.article AS article, s.score AS score,
              ROW_NUMBER() OVER (PARTITION BY a.\(column), s.topic ORDER BY s.score DESC, a.date, a.article_id) AS rn
            FROM scores s JOIN articles a ON a.id = s.article
            WHERE s.model = ? AND s.is_label = 1 AND a.\(column) IS NOT NULL)
          WHERE rn <= \(ReportAccumulator.topArticleCount);
          """, arguments: [model, model, model, model])
    }
  }

  /// Adds a batch of newly stored articles (row id, article, chars, labels with scores,
  /// term mentions) to the aggregates of `model`.
  static func add(
    _ db: Database, model: Int64, topics: [String],
    articles: [(rowID: Int64, keys: PeriodKeys, chars: Int, item: StoredArticle)]
  ) throws {
    struct GroupKey: Hashable {
      var kind: String
      var period: Int
      var topic: String
    }
    var totals: [String: [Int: (Int, Int)]] = [:]
    var terms: [GroupKey: [String: Int]] = [:]
    var labels: [GroupKey: Int] = [:]
    for a in articles {
      for (kind, period) in a.keys.all {
        let t = totals[kind, default: [:]][period] ?? (0, 0)
        totals[kind, default: [:]][period] = (t.0 + 1, t.1 + a.chars)
        for (k, counts) in a.item.termMentions.enumerated() where k < topics.count && !counts.isEmpty {
          let g = GroupKey(kind: kind, period: period, topic: topics[k])
          for (term, n) in counts { terms[g, default: [:]][term, default: 0] += n }
        }
        for k in a.item.labels where k < topics.count {
          let g = GroupKey(kind: kind, period: period, topic: topics[k])
          labels[g, default: 0] += 1
          try db.cachedStatement(
            sql:
              "INSERT OR REPLACE INTO period_top(model, kind, period, topic, article, score) VALUES (?, ?, ?, ?, ?, ?)"
          ).execute(arguments: [model, kind, period, topics[k], a.rowID, Double(a.item.scores[k])])
        }
      }
    }
    for (kind, byPeriod) in totals {
      for (period, (n, chars)) in byPeriod {
        try db.cachedStatement(
          sql: """
            INSERT INTO period_totals(kind, period, articles, chars) VALUES (?, ?, ?, ?)
            ON CONFLICT(kind, period) DO UPDATE SET articles = articles + excluded.articles, chars = chars + excluded.chars
            """
        ).execute(arguments: [kind, period, n, chars])
      }
    }
    for (g, counts) in terms {
      for (term, n) in counts {
        try db.cachedStatement(
          sql: """
            INSERT INTO period_terms(kind, period, topic, term, count) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(kind, period, topic, term) DO UPDATE SET count = count + excluded.count
            """
        ).execute(arguments: [g.kind, g.period, g.topic, term, n])
      }
    }
    for (g, n) in labels {
      try db.cachedStatement(
        sql: """
          INSERT INTO period_labels(model, kind, period, topic, articles) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(model, kind, period, topic) DO UPDATE SET articles = articles + excluded.articles
          """
      ).execute(arguments: [model, g.kind, g.period, g.topic, n])
      // Keep the best few of the group.
      try db.cachedStatement(
        sql: """
          DELETE FROM period_top WHERE model = ?1 AND kind = ?2 AND period = ?3 AND topic = ?4
            AND article NOT IN (
              SELECT p.article FROM period_top p JOIN articles a ON a.id = p.article
              WHERE p.model = ?1 AND p.kind = ?2 AND p.period = ?3 AND p.topic = ?4
              ORDER BY p.score DESC, a.date, a.article_id LIMIT \(ReportAccumulator.topArticleCount))
          """
      ).execute(arguments: [model, g.kind, g.period, g.topic])
    }
  }

  /// Reads the aggregates of `kind` for `model` into an accumulator, periods in
  /// `firstPeriod...lastPeriod` (keys) when given.
  static func accumulator(
    _ db: Database, model: Int64, kind: PeriodKind, topics: [ReportTopic], from: ArticleDate?, to: ArticleDate?,
    period: (Int) -> Period?
  ) throws -> ReportAccumulator {
    let topicIndex = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.id, $0) })
    let low = from.flatMap { Period(containing: $0, kind: kind) }.map { key(of: $0) } ?? Int.min
    let high = to.flatMap { Period(containing: $0, kind: kind) }.map { key(of: $0) } ?? Int.max
    let range: StatementArguments = [kind.rawValue, low, high]
    var counters: [Int: PeriodCounters] = [:]
    let totals = try Row.fetchCursor(
      db, sql: "SELECT period, articles, chars FROM period_totals WHERE kind = ? AND period BETWEEN ? AND ?",
      arguments: range)
    while let r = try totals.next() {
      var c = PeriodCounters(topics: topics.count)
      c.total = r[1]
      c.chars = r[2]
      counters[r[0]] = c
    }
    let terms = try Row.fetchCursor(
      db, sql: "SELECT period, topic, term, count FROM period_terms WHERE kind = ? AND period BETWEEN ? AND ?",
      arguments: range)
    while let r = try terms.next() {
      guard let t = topicIndex[r[1]] else { continue }
      let k: Int = r[0]
      let n: Int = r[3]
      counters[k]?.mentions[t] += n
      counters[k]?.terms[t][r[2]] = n
    }
    let labels = try Row.fetchCursor(
      db,
      sql: "SELECT period, topic, articles FROM period_labels WHERE model = ? AND kind = ? AND period BETWEEN ? AND ?",
      arguments: [model] + range)
    while let r = try labels.next() {
      guard let t = topicIndex[r[1]] else { continue }
      counters[r[0]]?.articles[t] = r[2]
    }
    let top = try Row.fetchCursor(
      db,
      sql: """
        SELECT p.period, p.topic, a.article_id, a.date, a.title, p.score FROM period_top p
        JOIN articles a ON a.id = p.article
        WHERE p.model = ? AND p.kind = ? AND p.period BETWEEN ? AND ?
        ORDER BY p.period, p.topic, p.score DESC, a.date, a.article_id
        """, arguments: [model] + range)
    while let r = try top.next() {
      guard let t = topicIndex[r[1]] else { continue }
      let k: Int = r[0]
      let score: Double = r[5]
      counters[k]?.topArticles[t].append(
        ListedArticle(id: r[2], date: r[3], title: r[4], score: Double(Float(score))))
    }
    var acc = ReportAccumulator(kind: kind, topics: topics, from: from, to: to)
    for (k, c) in counters.sorted(by: { $0.key < $1.key }) {
      if let p = period(k) { acc.merge(c, into: p) }
    }
    return acc
  }

  /// The stored key of a period (the article column's value).
  static func key(of period: Period) -> Int {
    period.kind == .year ? period.start.year : period.startDay
  }
}

extension PeriodKeys {
  /// The (kind, key) pairs this article contributes to.
  var all: [(String, Int)] {
    var out: [(String, Int)] = []
    if let week { out.append((PeriodKind.week.rawValue, week)) }
    if let month { out.append((PeriodKind.month.rawValue, month)) }
    if let year { out.append((PeriodKind.year.rawValue, year)) }
    return out
  }
}
