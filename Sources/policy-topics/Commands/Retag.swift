import ArgumentParser
import Foundation
import PolicyClassifier
import PolicyIO
import PolicyStore

/// `policy-topics retag`.
struct Retag: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retag",
    abstract: "Re-labels every stored article with another model and makes it the current one.",
    discussion: "Earlier models' labels stay in the store; `stats` lists the models.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var lexiconOptions: LexiconOptions

  @Option(help: "Model file.")
  var model: String

  @Option(help: "Threads that tag; the default is the number of cores this process may use.")
  var jobs: Int = AvailableCores.count

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    let lexicons = try Resources.lexicons(lexiconOptions.lexicons)
    let url = try Resources.modelURL(model)
    let topicModel = try ModelFile.load(url, lexicons: lexicons)
    let tagger = Tagger(model: topicModel)
    // A mistyped --db must not become a new, empty store that "was retagged".
    let db = try ArticleStore(path: store.db, create: false)
    let modelID = try db.modelID(StoreSupport.identity(topicModel, url: url))
    let topicIDs = topicModel.metadata.topics.map(\.id)
    let quotedIDs = QuotedIDs(topicIDs)
    var count = 0
    try db.forEachArticleBatch(batchSize: 2000) { rows in
      let records = rows.map { InputRecord(article: $0.article) }
      let items = TaggingPool.parallelBlocks(records, tagger: tagger, jobs: jobs) { slice, results in
        zip(slice, results).map { StoreSupport.stored($0, $1, hash: "", quotedIDs: quotedIDs) }
      }.flatMap { $0 }
      try db.writeTaggings(zip(rows, items).map { ($0.rowID, $1) }, model: modelID, topics: topicIDs)
      count += rows.count
    }
    try db.rebuildAggregates(model: modelID)
    try db.setCurrentModel(modelID)
    StandardError.write("retagged \(count) article(s) with \(url.lastPathComponent); it is now the current model\n")
  }
}
