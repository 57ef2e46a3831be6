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

  @Option(help: "Worker threads (default: all cores).")
  var jobs: Int = AvailableCores.count

  func run() throws {
    let lexicons = try Resources.lexicons(lexiconOptions.lexicons)
    let url = URL(fileURLWithPath: model)
    let topicModel = try ModelFile.load(url, lexicons: lexicons)
    let tagger = Tagger(model: topicModel)
    let db = try ArticleStore(path: store.db)
    let modelID = try db.modelID(StoreSupport.identity(topicModel, url: url))
    let topicIDs = topicModel.metadata.topics.map(\.id)
    let quotedIDs = QuotedIDs(topicIDs)
    var count = 0
    try db.forEachArticleBatch(batchSize: 2000) { rows in
      let records = rows.map { InputRecord(article: $0.article) }
      let items = TaggingPool.parallelBlocks(records, tagger: tagger, jobs: max(1, jobs)) { slice, results in
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
