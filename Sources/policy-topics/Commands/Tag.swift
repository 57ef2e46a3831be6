import ArgumentParser
import Foundation
import PolicyClassifier
import PolicyIO

/// Output formats of `tag`.
enum TagFormat: String, ExpressibleByArgument, CaseIterable {
  case jsonl, csv
}

/// `policy-topics tag`.
struct Tag: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag",
    abstract: "Labels articles with topics, streaming one output record per article to stdout.",
    discussion: """
      Example:
        zcat xwlb-2019.jsonl.gz | policy-topics tag - > tagged.jsonl
      Each JSONL record is the input record plus labels, scores (every topic; 0.5 is the \
      decision boundary), evidence (top terms per label, [term, count]), mentions (lexicon \
      mentions per topic) and chars.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var lexiconOptions: LexiconOptions

  @OptionGroup var modelOptions: ModelOptions

  @Option(help: "Output format: jsonl or csv.")
  var format: TagFormat = .jsonl

  @Option(help: "Threads that tag; the default is the number of cores this process may use.")
  var jobs: Int = AvailableCores.count

  @Option(help: "Articles per BLAS scoring block (sgemm rows).")
  var blockSize = 8

  @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
  var bom = false

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    guard blockSize >= 1 else { throw ValidationError("--block-size must be at least 1") }
    guard !bom || format == .csv else { throw ValidationError("--bom applies to --format csv") }
  }

  func run() throws {
    let request = StartupPrefetch.Request(lexicons: lexiconOptions.lexicons, model: modelOptions.model)
    let (_, topicModel) =
      try StartupPrefetch.take(request)?.get()
      ?? Resources.lexiconsAndModel(lexicons: request.lexicons, model: request.model, parallel: jobs > 1)
    var tagger = Tagger(model: topicModel, kind: try modelOptions.classifier(for: topicModel))
    tagger.blockSize = blockSize
    let diagnostics = Diagnostics(encoding: input.encoding)
    let sink = try OutputSink(path: nil)
    let topicIDs = topicModel.metadata.topics.map(\.id)
    if format == .csv {
      if bom { sink.write([0xEF, 0xBB, 0xBF]) }
      sink.write(
        CSVRows.encode([["id", "date", "title", "labels"] + topicIDs.map { "score_\($0)" } + ["evidence", "text"]]))
    }
    let pool = TaggingPool(tagger: tagger, format: format, topicIDs: topicIDs)
    let progress = Progress(enabled: StandardError.isTerminal)
    func deliver(_ unit: TaggingPool.Unit) {
      for r in unit.rejects { diagnostics.reject(r) }
      sink.write(unit.bytes)
      progress.advance(articles: unit.articles, bytes: unit.bytes.count)
    }
    // One job: read, tag and write in turn. More: read here and tag too, keeping units queued
    // for the other threads; whichever completes the next unit in order writes it.
    let stream = UnitStream(jobs: jobs, process: pool.process, deliver: deliver)
    // What was read before an error is still tagged and written, then the error reported.
    let read = Result { try input.reader(jobs: jobs).forEachItem(stream.add, reject: { stream.add(.rejected($0)) }) }
    stream.finish()
    progress.finish()
    try sink.finish()
    try read.get()
    try diagnostics.finish("\(progress.articles) article(s) tagged")
  }
}
