import ArgumentParser
import Foundation
import PolicyClassifier
import PolicyIO
import PolicyStore

/// `policy-topics ingest`.
struct Ingest: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Adds articles to the store: de-duplicates by content, tags them and saves labels, scores and evidence.",
    discussion: """
      Example:
        policy-topics ingest Reports/samples
      Re-ingesting the same input adds nothing. Each batch is one transaction: a killed ingest \
      keeps every committed batch, and running it again completes it.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var store: StoreOptions
  @OptionGroup var lexiconOptions: LexiconOptions

  @Option(help: "Model file (default: the store's current model; Models/default.ptmodel for a new store).")
  var model: String?

  @Option(help: "Articles per transaction.")
  var batchSize = 2000

  @Option(help: "Threads that tag; the default is the number of cores this process may use.")
  var jobs: Int = AvailableCores.count

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
  }

  func run() throws {
    let lexicons = try Resources.lexicons(lexiconOptions.lexicons)
    let db = try ArticleStore(path: store.db)
    let (url, topicModel) = try StoreSupport.ingestModel(store: db, explicit: model, lexicons: lexicons)
    let tagger = Tagger(model: topicModel)
    let modelID = try db.modelID(StoreSupport.identity(topicModel, url: url))
    if try db.currentModel() == nil { try db.setCurrentModel(modelID) }
    let topicIDs = topicModel.metadata.topics.map(\.id)
    let quotedIDs = QuotedIDs(topicIDs)
    let diagnostics = Diagnostics(encoding: input.encoding)
    var pending: [InputRecord] = []
    var seen = 0
    var added = 0
    var duplicates = 0
    let started = Date()
    func flush() throws {
      guard !pending.isEmpty else { return }
      let hashed = pending.map { ($0, StoreSupport.hash($0.article)) }
      let existing = try db.existingHashes(hashed.map(\.1))
      var fresh: [InputRecord] = []
      var freshHashes: [String] = []
      var inBatch = Set<String>()
      for (r, h) in hashed where !existing.contains(h) && inBatch.insert(h).inserted {
        fresh.append(r)
        freshHashes.append(h)
      }
      duplicates += pending.count - fresh.count
      var items = TaggingPool.parallelBlocks(fresh, tagger: tagger, jobs: jobs) { slice, results in
        zip(slice, results).map { StoreSupport.stored($0, $1, hash: "", quotedIDs: quotedIDs) }
      }.flatMap { $0 }
      for i in items.indices { items[i].contentHash = freshHashes[i] }
      added += try db.insert(items, model: modelID, topics: topicIDs)
      seen += pending.count
      pending.removeAll(keepingCapacity: true)
      if StandardError.isTerminal {
        StandardError.write(
          String(
            format: "\r%d read, %d added, %.0f articles/s", seen, added,
            Double(seen) / max(Date().timeIntervalSince(started), 1e-3)))
      }
    }
    try input.reader(jobs: jobs).forEach { record in
      pending.append(record)
      if pending.count >= batchSize { try flush() }
    } reject: {
      diagnostics.reject($0)
    }
    try flush()
    if StandardError.isTerminal { StandardError.write("\n") }
    StandardError.write(
      String(
        format: "ingested into %@: %d read, %d added, %d already stored (%.1f s)\n", store.db, seen, added, duplicates,
        Date().timeIntervalSince(started)))
    try diagnostics.finish("ingest done")
  }
}
