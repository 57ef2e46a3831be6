import ArgumentParser
import Foundation
import PolicyClassifier
import PolicyCore
import PolicyFeatures
import PolicyIO
import PolicyReports
import PolicyStore

/// The `--db` option with its documented default.
struct StoreOptions: ParsableArguments {
  @Option(help: "Article store (SQLite) path.")
  var db: String = StoreSupport.defaultPath
}

enum StoreSupport {
  static let defaultPath = "policy-topics.sqlite"

  /// The store's key of an article: ``Article/deduplicationKey`` as 16 hexadecimal digits.
  static func hash(_ a: Article) -> String {
    let hex = String(a.deduplicationKey, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  static func identity(_ model: TopicModel, url: URL) -> ModelIdentity {
    var h = FNV1a64()
    h.combine(model.metadata.createdAt)
    h.combine(model.metadata.trainingDataHash)
    h.combine(model.metadata.lexiconFingerprint)
    h.combine("\(model.metadata.defaultClassifier.rawValue)")
    return ModelIdentity(name: url.lastPathComponent, fingerprint: h.hexDigest, topics: model.metadata.topics.map(\.id))
  }

  /// Converts a tagging into what the store keeps.
  static func stored(_ record: InputRecord, _ result: TagResult, hash: String, quotedIDs: QuotedIDs) -> StoredArticle {
    var evidence: [UInt8] = []
    EvidenceJSON.append(result, quotedIDs: quotedIDs, to: &evidence)
    let a = record.article
    return StoredArticle(
      article: a, contentHash: hash,
      chars: result.length, scores: result.scores, labels: result.labels,
      evidenceJSON: String(decoding: evidence, as: UTF8.self), termMentions: result.termMentions)
  }
}

/// `report --db`.
enum StoreReport {
  static func build(path: String, kind: PeriodKind, from: ArticleDate?, to: ArticleDate?, lexicons: LexiconSet) throws
    -> TopicReport
  {
    let store = try ArticleStore(path: path, readOnly: true)
    guard let current = try store.currentModel() else { throw StoreError.empty(path: path) }
    let topics = current.topics.map { id in
      let t = lexicons.topics.first { $0.id == id }
      return ReportTopic(id: id, chineseName: t?.chineseName ?? id, englishName: t?.englishName ?? id)
    }
    let acc = try store.reportAccumulator(kind: kind, topics: topics, from: from, to: to)
    try TopicReport.checkSpan(acc, from: from, to: to)
    return TopicReport(acc, from: from, to: to)
  }
}
