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
    return ModelIdentity(
      name: url.lastPathComponent, fingerprint: h.hexDigest, topics: model.metadata.topics.map(\.id),
      path: url.standardizedFileURL.path)
  }

  /// The model `ingest` tags with: the store's current model (so that reports count every
  /// article), read from `explicit` when given, else from the file it was last read from, else
  /// the default model when the store has none yet. A model that is not the current one is
  /// refused with what to do: tagging with it would leave the new articles out of the reports.
  static func ingestModel(store: ArticleStore, explicit: String?, lexicons: LexiconSet) throws
    -> (url: URL, model: TopicModel)
  {
    let current = try store.currentModel()
    let recorded = current?.identity.path.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
    let url = try Resources.modelURL(explicit ?? recorded)
    let model = try ModelFile.load(url, lexicons: lexicons)
    guard let current, current.identity.fingerprint != identity(model, url: url).fingerprint else {
      return (url, model)
    }
    let retag = "policy-topics retag --db \(store.path) --model \(url.path)"
    let reason: String
    if explicit != nil {
      reason =
        "\(url.path) is another model: to switch the store to it, run `\(retag)` (it re-tags the stored "
        + "articles), then ingest; or leave out --model"
    } else if let path = current.identity.path, recorded != nil {
      reason = "\(path) has changed since it tagged the store (retrained?): run `\(retag)` to re-tag with it"
    } else {
      reason =
        "its file (\(current.identity.path ?? "not recorded")) is not there: pass it with --model, or switch the "
        + "store to another model with `policy-topics retag --db \(store.path) --model FILE`"
    }
    throw CommandFailure(
      "\(store.path): new articles are tagged with the store's current model, \(current.name), so that reports "
        + "count them; \(reason)")
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
