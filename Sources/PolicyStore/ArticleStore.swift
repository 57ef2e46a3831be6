import Foundation
import GRDB
import PolicyCore

/// The embedded article store: SQLite through GRDB, WAL mode, one transaction per batch.
///
/// Every batch of `ingest` is one transaction, so a killed process loses at most the batch
/// in flight, and running the same ingest again adds exactly what is missing (articles are
/// keyed by content hash).
public final class ArticleStore {
  /// The database file.
  public let path: String
  let pool: DatabasePool

  /// Opens (and upgrades, unless `readOnly`) the store at `path`; creates it when it does not
  /// exist, unless `readOnly` or not `create` (then a missing store is an error: a mistyped
  /// path must not quietly become an empty store).
  ///
  /// - Throws: `StoreError.cannotOpen`, `.newerSchema`.
  public init(path: String, readOnly: Bool = false, create: Bool = true) throws(StoreError) {
    self.path = path
    var config = Configuration()
    config.readonly = readOnly
    config.busyMode = .timeout(10)
    if (readOnly || !create) && !FileManager.default.fileExists(atPath: path) {
      throw .cannotOpen(path: path, reason: "no such file")
    }
    do {
      pool = try DatabasePool(path: path, configuration: config)
    } catch {
      throw .cannotOpen(path: path, reason: "\(error)")
    }
    do {
      let migrator = StoreSchema.migrator
      let superseded = try pool.read { db in try migrator.hasBeenSuperseded(db) }
      if superseded { throw StoreError.newerSchema(path: path) }
      if !readOnly {
        try migrator.migrate(pool)
      } else {
        // A store of an earlier version (not upgraded: reading does not write) reads as well;
        // what it lacks (a model's file path) reads as absent.
        let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
        if !applied.contains(StoreSchema.firstMigration) {
          throw StoreError.cannotOpen(path: path, reason: "not a policy-topics store (schema missing)")
        }
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw .cannotOpen(path: path, reason: "\(error)")
    }
  }

  // MARK: Models

  /// The id of a model, registering it on first use.
  public func modelID(_ model: ModelIdentity) throws(StoreError) -> Int64 {
    do {
      return try pool.write { db in
        if let id = try Int64.fetchOne(
          db, sql: "SELECT id FROM models WHERE fingerprint = ?", arguments: [model.fingerprint])
        {
          if let path = model.path {
            try db.execute(sql: "UPDATE models SET path = ? WHERE id = ?", arguments: [path, id])
          }
          return id
        }
        try db.execute(
          sql: "INSERT INTO models(name, fingerprint, topics, first_used, path) VALUES (?, ?, ?, ?, ?)",
          arguments: [model.name, model.fingerprint, model.topics.joined(separator: ","), Self.now(), model.path])
        return db.lastInsertedRowID
      }
    } catch {
      throw .writeFailed(path: path, reason: "\(error)")
    }
  }

  /// Makes `model` the one reports and exports use.
  public func setCurrentModel(_ id: Int64) throws(StoreError) {
    do {
      try pool.write { db in
        let aggregated =
          try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM period_labels WHERE model = ?", arguments: [id]) ?? 0
        let labelled =
          try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM scores WHERE model = ? AND is_label = 1", arguments: [id])
          ?? 0
        if aggregated == 0 && labelled > 0 { try PeriodAggregates.rebuildLabels(db, model: id) }
        try db.execute(
          sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('current_model', ?)", arguments: [String(id)])
      }
    } catch {
      throw .writeFailed(path: path, reason: "\(error)")
    }
  }

  /// The current model (reports use it, `ingest` tags with it), or nil when nothing was tagged yet.
  public func currentModel() throws(StoreError) -> CurrentModel? {
    do {
      return try pool.read { db in
        guard let value = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'current_model'"),
          let id = Int64(value),
          let row = try Row.fetchOne(db, sql: "SELECT * FROM models WHERE id = ?", arguments: [id])
        else { return nil }
        let topics: String = row["topics"]
        return CurrentModel(
          id: id,
          identity: ModelIdentity(
            name: row["name"], fingerprint: row["fingerprint"], topics: topics.split(separator: ",").map(String.init),
            path: row.hasColumn("path") ? row["path"] : nil))
      }
    } catch {
      throw .cannotOpen(path: path, reason: "\(error)")
    }
  }

  // MARK: Ingest

  /// Which of these content hashes are already stored.
  public func existingHashes(_ hashes: [String]) throws(StoreError) -> Set<String> {
    guard !hashes.isEmpty else { return [] }
    do {
      return try pool.read { db in
        var found = Set<String>()
        for chunk in stride(from: 0, to: hashes.count, by: 500) {
          let part = Array(hashes[chunk..<min(chunk + 500, hashes.count)])
          let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
          let rows = try String.fetchAll(
            db, sql: "SELECT content_hash FROM articles WHERE content_hash IN (\(marks))",
            arguments: StatementArguments(part))
          found.formUnion(rows)
        }
        return found
      }
    } catch {
      throw .cannotOpen(path: path, reason: "\(error)")
    }
  }

  /// Stores a batch in one transaction; articles whose hash is already stored are skipped.
  ///
  /// - Returns: how many articles were added.
  public func insert(_ batch: [StoredArticle], model: Int64, topics: [String]) throws(StoreError) -> Int {
    do {
      return try pool.write { db in
        var added = 0
        let now = Self.now()
        var stored: [(rowID: Int64, keys: PeriodKeys, chars: Int, item: StoredArticle)] = []
        for item in batch {
          let a = item.article
          let keys = PeriodKeys(a.date)
          try db.cachedStatement(
            sql: """
              INSERT OR IGNORE INTO articles(content_hash, article_id, date, day, week_start, month_start, year,
                title, text, source, byline, chars, origin_file, origin_line, ingested_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """
          ).execute(
            arguments: [
              item.contentHash, a.id, a.date?.description, keys.day, keys.week, keys.month, keys.year, a.title,
              a.text, a.source, a.byline, item.chars, a.location?.file, a.location?.line, now,
            ])
          guard db.changesCount > 0 else { continue }
          added += 1
          let rowID = db.lastInsertedRowID
          stored.append((rowID, keys, item.chars, item))
          try Self.writeTagging(db, article: rowID, model: model, topics: topics, item: item)
          for (k, terms) in item.termMentions.enumerated() where k < topics.count {
            for (term, count) in terms {
              try db.cachedStatement(sql: "INSERT INTO mentions(article, topic, term, count) VALUES (?, ?, ?, ?)")
                .execute(arguments: [rowID, topics[k], term, count])
            }
          }
        }
        try PeriodAggregates.add(db, model: model, topics: topics, articles: stored)
        return added
      }
    } catch {
      throw .writeFailed(path: path, reason: "\(error)")
    }
  }

  static func writeTagging(_ db: Database, article: Int64, model: Int64, topics: [String], item: StoredArticle) throws {
    for (k, topic) in topics.enumerated() {
      try db.cachedStatement(
        sql: "INSERT OR REPLACE INTO scores(article, model, topic, score, is_label) VALUES (?, ?, ?, ?, ?)"
      ).execute(arguments: [article, model, topic, Double(item.scores[k]), item.labels.contains(k) ? 1 : 0])
    }
    try db.cachedStatement(sql: "INSERT OR REPLACE INTO taggings(article, model, evidence) VALUES (?, ?, ?)")
      .execute(arguments: [article, model, item.evidenceJSON])
  }

  // MARK: Reading

  /// A stored article with its row id.
  public struct StoredRow {
    /// Row id.
    public var rowID: Int64
    /// The article.
    public var article: Article
  }

  /// Calls `body` with stored articles in row order, `batchSize` at a time (bounded memory).
  public func forEachArticleBatch(
    batchSize: Int = 1000, from: ArticleDate? = nil, to: ArticleDate? = nil, _ body: ([StoredRow]) throws -> Void
  ) throws {
    var last: Int64 = 0
    while true {
      let rows: [StoredRow] = try pool.read { db in
        var sql = "SELECT id, article_id, date, title, text, source, byline FROM articles WHERE id > ?"
        var args: [(any DatabaseValueConvertible)?] = [last]
        if let from {
          sql += " AND day >= ?"
          args.append(from.daysSinceEpoch)
        }
        if let to {
          sql += " AND day <= ?"
          args.append(to.daysSinceEpoch)
        }
        sql += " ORDER BY id LIMIT ?"
        args.append(batchSize)
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { r in
          let dateText: String? = r["date"]
          let article = Article(
            id: r["article_id"], date: dateText.flatMap { try? ArticleDate(parsing: $0) }, title: r["title"],
            text: r["text"], source: r["source"], byline: r["byline"])
          return StoredRow(rowID: r["id"], article: article)
        }
      }
      guard let tail = rows.last else { return }
      try body(rows)
      last = tail.rowID
    }
  }

  /// Replaces the tagging of stored articles by `model` (keeps other models' taggings).
  public func writeTaggings(_ items: [(rowID: Int64, item: StoredArticle)], model: Int64, topics: [String])
    throws(StoreError)
  {
    do {
      try pool.write { db in
        for (rowID, item) in items {
          try Self.writeTagging(db, article: rowID, model: model, topics: topics, item: item)
        }
      }
    } catch {
      throw .writeFailed(path: path, reason: "\(error)")
    }
  }

  /// Recomputes the per-period label counts and top articles of `model` (after a retag).
  public func rebuildAggregates(model: Int64) throws(StoreError) {
    do {
      try pool.write { db in try PeriodAggregates.rebuildLabels(db, model: model) }
    } catch {
      throw .writeFailed(path: path, reason: "\(error)")
    }
  }

  /// Labels and evidence of the current model for a set of row ids.
  public func taggings(rowIDs: [Int64], model: Int64) throws -> [Int64: (labels: [String], evidence: String)] {
    try pool.read { db in
      var out: [Int64: (labels: [String], evidence: String)] = [:]
      let marks = Array(repeating: "?", count: rowIDs.count).joined(separator: ",")
      guard !rowIDs.isEmpty else { return out }
      let labelRows = try Row.fetchAll(
        db,
        sql:
          "SELECT article, topic FROM scores WHERE model = ? AND is_label = 1 AND article IN (\(marks)) ORDER BY article, topic",
        arguments: StatementArguments([model] + rowIDs))
      for r in labelRows {
        let id: Int64 = r["article"]
        out[id, default: ([], "{}")].labels.append(r["topic"])
      }
      let evidenceRows = try Row.fetchAll(
        db, sql: "SELECT article, evidence FROM taggings WHERE model = ? AND article IN (\(marks))",
        arguments: StatementArguments([model] + rowIDs))
      for r in evidenceRows {
        let id: Int64 = r["article"]
        out[id, default: ([], "{}")].evidence = r["evidence"]
      }
      return out
    }
  }

  static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}

/// Period keys stored with each article (days since 1970-01-01 of the period's first day).
struct PeriodKeys {
  var day: Int?
  var week: Int?
  var month: Int?
  var year: Int?

  init(_ date: ArticleDate?) {
    guard let date else { return }
    year = date.year
    if date.precision >= .month { month = Period(containing: date, kind: .month)?.startDay }
    if date.precision == .day {
      day = date.daysSinceEpoch
      week = Period(containing: date, kind: .week)?.startDay
    }
  }
}
