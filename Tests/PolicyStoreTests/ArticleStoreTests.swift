import Foundation
import GRDB
import PolicyCore
import PolicyReports
import Testing
import _PolicyTestSupport

@testable import PolicyStore

/// A temporary directory removed when the value goes away.
final class TempDir {
  let url: URL
  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  func path(_ name: String) -> String { url.appendingPathComponent(name).path }
  deinit { try? FileManager.default.removeItem(at: url) }
}

/// One test article as both a stored record and the equivalent report item.
struct Sample {
  var id: String
  var date: ArticleDate?
  var title: String
  var labels: [Int]
  var scores: [Float]
  var terms: [[String: Int]]
  var chars: Int

  var hash: String { "h-\(id)" }

  var stored: StoredArticle {
    StoredArticle(
      article: Article(id: id, date: date, title: title, text: "正文\(id)"), contentHash: hash, chars: chars,
      scores: scores, labels: labels, evidenceJSON: "{}", termMentions: terms)
  }

  /// The report item under a model that gave these labels (or none).
  func item(labelled: Bool) -> ReportItem {
    ReportItem(
      id: id, date: date, title: title, labels: labelled ? labels : [], scores: scores,
      mentions: terms.map { $0.values.reduce(0, +) }, termMentions: terms, chars: chars)
  }
}

@Suite("Article store")
struct ArticleStoreTests {
  static let topicIDs = ["energy", "green"]
  static let topics = [
    ReportTopic(id: "energy", chineseName: "能源", englishName: "Energy"),
    ReportTopic(id: "green", chineseName: "环保", englishName: "Green"),
  ]

  static func samples() throws -> [Sample] {
    [
      Sample(
        id: "a1", date: try ArticleDate(year: 2024, month: 3, day: 4), title: "光伏项目", labels: [0],
        scores: [0.9, 0.1], terms: [["光伏": 2], [:]], chars: 40),
      Sample(
        id: "a2", date: try ArticleDate(year: 2024, month: 3, day: 6), title: "风电与环保", labels: [0, 1],
        scores: [0.8, 0.7], terms: [["风电": 1], ["环保": 3]], chars: 60),
      Sample(
        id: "a3", date: try ArticleDate(year: 2024, month: 3, day: 12), title: "环境治理", labels: [1],
        scores: [0.2, 0.6], terms: [[:], ["环境": 1, "环保": 1]], chars: 30),
      Sample(id: "a4", date: nil, title: "无日期", labels: [0], scores: [0.7, 0.3], terms: [["储能": 1], [:]], chars: 10),
      Sample(
        id: "a5", date: try ArticleDate(year: 2024), title: "年度报告", labels: [1], scores: [0.1, 0.9],
        terms: [[:], ["生态文明": 2]], chars: 500),
    ]
  }

  // swift-format-ignore: NeverUseForceTry
  static let later = Sample(
    id: "b1", date: try! ArticleDate(year: 2024, month: 3, day: 13), title: "储能新政", labels: [0],
    scores: [0.95, 0.05], terms: [["储能": 4], [:]], chars: 25)

  func expectEqual(_ got: ReportAccumulator, _ want: ReportAccumulator) {
    #expect(Set(got.periods.keys) == Set(want.periods.keys))
    for (period, w) in want.periods {
      guard let g = got.periods[period] else { continue }
      #expect(g.total == w.total, "\(period) total")
      #expect(g.chars == w.chars, "\(period) chars")
      #expect(g.articles == w.articles, "\(period) articles")
      #expect(g.mentions == w.mentions, "\(period) mentions")
      #expect(g.terms == w.terms, "\(period) terms")
      #expect(g.topArticles == w.topArticles, "\(period) top articles")
    }
    #expect(got.undatedCount == want.undatedCount)
    #expect(got.undated == want.undated)
    #expect(got.firstSeen == want.firstSeen)
  }

  @Test func insertDeduplicateAndReport() throws {
    let dir = try TempDir()
    let store = try ArticleStore(path: dir.path("store.sqlite"))
    #expect(try store.currentModel() == nil)
    #expect(throws: StoreError.self) {
      try store.reportAccumulator(kind: .week, topics: Self.topics, from: nil, to: nil)
    }

    let modelA = try store.modelID(ModelIdentity(name: "a.ptmodel", fingerprint: "fa", topics: Self.topicIDs))
    #expect(try store.modelID(ModelIdentity(name: "a.ptmodel", fingerprint: "fa", topics: Self.topicIDs)) == modelA)
    try store.setCurrentModel(modelA)
    let samples = try Self.samples()
    #expect(try store.insert(samples.map(\.stored), model: modelA, topics: Self.topicIDs) == 5)
    #expect(try store.insert(samples.map(\.stored), model: modelA, topics: Self.topicIDs) == 0)
    #expect(try store.existingHashes(["h-a1", "h-zz", "h-a5"]) == ["h-a1", "h-a5"])
    #expect(try store.existingHashes([]).isEmpty)

    // A second model stores one new article; the already-stored one is skipped.
    let modelB = try store.modelID(ModelIdentity(name: "b.ptmodel", fingerprint: "fb", topics: Self.topicIDs))
    #expect(modelB != modelA)
    #expect(try store.insert([Self.later.stored, samples[0].stored], model: modelB, topics: Self.topicIDs) == 1)

    let current = try #require(try store.currentModel())
    #expect(current.id == modelA && current.name == "a.ptmodel" && current.topics == Self.topicIDs)

    // Under model A: b1 counts for totals and mentions but carries no A labels.
    for kind in PeriodKind.allCases {
      var want = ReportAccumulator(kind: kind, topics: Self.topics)
      for s in samples { want.add(s.item(labelled: true)) }
      want.add(Self.later.item(labelled: false))
      let got = try store.reportAccumulator(kind: kind, topics: Self.topics, from: nil, to: nil)
      expectEqual(got, want)
      if kind == .week {
        #expect(got.undatedCount == 2)  // no date, year only
        #expect(got.periods.count == 2)
      }
    }

    // Under model B only b1 is labelled.
    try store.setCurrentModel(modelB)
    #expect(try store.currentModel()?.id == modelB)
    var want = ReportAccumulator(kind: .week, topics: Self.topics)
    for s in samples { want.add(s.item(labelled: false)) }
    want.add(Self.later.item(labelled: true))
    expectEqual(try store.reportAccumulator(kind: .week, topics: Self.topics, from: nil, to: nil), want)

    let stats = try store.statistics()
    #expect(stats.articles == 6)
    #expect(stats.undated == 1)
    #expect(stats.models.count == 2)
  }

  @Test func reopenKeepsData() throws {
    let dir = try TempDir()
    let path = dir.path("store.sqlite")
    do {
      let store = try ArticleStore(path: path)
      let m = try store.modelID(ModelIdentity(name: "m", fingerprint: "f", topics: Self.topicIDs))
      try store.setCurrentModel(m)
      _ = try store.insert(try Self.samples().map(\.stored), model: m, topics: Self.topicIDs)
    }
    let again = try ArticleStore(path: path, readOnly: true)
    #expect(try again.existingHashes(["h-a3"]) == ["h-a3"])
    #expect(try again.currentModel()?.name == "m")
  }

  @Test func readOnlyMissingFile() throws {
    let dir = try TempDir()
    let path = dir.path("missing.sqlite")
    let error = #expect(throws: StoreError.self) { try ArticleStore(path: path, readOnly: true) }
    guard case .cannotOpen(path: path, _) = error else {
      Issue.record("expected .cannotOpen, got \(String(describing: error))")
      return
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test(arguments: [false, true])
  func notADatabase(readOnly: Bool) throws {
    let dir = try TempDir()
    let path = dir.path("garbage.sqlite")
    try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: StoreError.self) { try ArticleStore(path: path, readOnly: readOnly) }
    guard case .cannotOpen(path: path, _) = error else {
      Issue.record("expected .cannotOpen, got \(String(describing: error))")
      return
    }
  }

  /// A store the previous version wrote (no model paths) is read as it is — reading does not
  /// upgrade — and upgraded when opened to write, keeping its models; a model's file is then
  /// recorded, and a missing store is not created when `create` is false.
  @Test func previousVersionReadsThenUpgrades() throws {
    let dir = try TempDir()
    let path = dir.path("v2.sqlite")
    let pool = try DatabasePool(path: path)
    try StoreSchema.migrator.migrate(pool, upTo: "v2-period-aggregates")
    try pool.write { db in
      try db.execute(
        sql: "INSERT INTO models(name, fingerprint, topics, first_used) VALUES ('m.ptmodel', 'fm', 'economy', 'x')")
      try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('current_model', '1')")
    }
    try pool.close()
    let readOnly = try #require(try ArticleStore(path: path, readOnly: true).currentModel())
    #expect(readOnly.name == "m.ptmodel" && readOnly.identity.path == nil)
    let store = try ArticleStore(path: path)
    #expect(try store.currentModel() == readOnly)
    let file = dir.path("m.ptmodel")
    #expect(
      try store.modelID(ModelIdentity(name: "m.ptmodel", fingerprint: "fm", topics: ["economy"], path: file)) == 1)
    #expect(try store.currentModel()?.identity.path == file)
    #expect(throws: StoreError.self) { try ArticleStore(path: dir.path("missing.sqlite"), create: false) }
    #expect(!FileManager.default.fileExists(atPath: dir.path("missing.sqlite")))
  }

  @Test func emptySQLiteFileOpenedReadOnlyIsNotAStore() throws {
    let dir = try TempDir()
    let path = dir.path("other.sqlite")
    try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE t(x)") }
    let error = #expect(throws: StoreError.self) { try ArticleStore(path: path, readOnly: true) }
    guard case .cannotOpen = error else {
      Issue.record("expected .cannotOpen, got \(String(describing: error))")
      return
    }
  }

  @Test func unknownMigrationIsNewerSchema() throws {
    let dir = try TempDir()
    let path = dir.path("store.sqlite")
    _ = try ArticleStore(path: path)
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')")
    }
    for readOnly in [false, true] {
      let error = #expect(throws: StoreError.self) { try ArticleStore(path: path, readOnly: readOnly) }
      guard case .newerSchema(path: path) = error else {
        Issue.record("readOnly \(readOnly): expected .newerSchema, got \(String(describing: error))")
        continue
      }
    }
  }
}
