import GRDB

/// The store's schema, created and upgraded by GRDB's `DatabaseMigrator`.
///
/// ```
/// articles  one row per stored article (content_hash unique); day/week_start/month_start/year
///           are precomputed period keys (days since 1970-01-01; NULL when the date is too coarse)
/// models    every model that tagged articles (with the file it was last read from);
///           meta.current_model names the one reports use and ingest tags with
/// scores    (article, model, topic) → score, is_label
/// taggings  (article, model) → evidence JSON
/// mentions  (article, topic, term) → count of lexicon mentions
/// meta      key/value settings
/// period_*  per-period aggregates kept current by ingest and retag (see PeriodAggregates)
/// ```
enum StoreSchema {
  /// The migration every store has: a file without it is not a store.
  static let firstMigration = "v1"

  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration(firstMigration) { db in
      try db.execute(
        sql: """
          CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            article_id TEXT NOT NULL,
            date TEXT,
            day INTEGER,
            week_start INTEGER,
            month_start INTEGER,
            year INTEGER,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            source TEXT,
            byline TEXT,
            chars INTEGER NOT NULL,
            origin_file TEXT,
            origin_line INTEGER,
            ingested_at TEXT NOT NULL
          );
          CREATE INDEX articles_week ON articles(week_start);
          CREATE INDEX articles_month ON articles(month_start);
          CREATE INDEX articles_year ON articles(year);
          CREATE TABLE models (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            fingerprint TEXT NOT NULL UNIQUE,
            topics TEXT NOT NULL,
            first_used TEXT NOT NULL
          );
          CREATE TABLE scores (
            article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            model INTEGER NOT NULL REFERENCES models(id),
            topic TEXT NOT NULL,
            score REAL NOT NULL,
            is_label INTEGER NOT NULL,
            PRIMARY KEY (article, model, topic)
          ) WITHOUT ROWID;
          CREATE INDEX scores_label ON scores(model, topic, is_label);
          CREATE TABLE taggings (
            article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            model INTEGER NOT NULL REFERENCES models(id),
            evidence TEXT NOT NULL,
            PRIMARY KEY (article, model)
          ) WITHOUT ROWID;
          CREATE TABLE mentions (
            article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            topic TEXT NOT NULL,
            term TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (article, topic, term)
          ) WITHOUT ROWID;
          CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
          """)
    }
    m.registerMigration("v2-period-aggregates") { db in
      try PeriodAggregates.createTables(db)
    }
    m.registerMigration("v3-model-path") { db in
      try db.execute(sql: "ALTER TABLE models ADD COLUMN path TEXT")
    }
    return m
  }
}
