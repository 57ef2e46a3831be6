import ArgumentParser
import Foundation
import PolicyCore
import PolicyIO
import PolicyStore

/// `policy-topics export`.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Writes stored articles with the current model's labels as JSONL or CSV.")

  @OptionGroup var store: StoreOptions

  @Option(help: "Output format: jsonl or csv.")
  var format: TagFormat = .jsonl

  @OptionGroup var range: DateRangeOptions

  @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
  var bom = false

  func validate() throws {
    guard !bom || format == .csv else { throw ValidationError("--bom applies to --format csv") }
  }

  func run() throws {
    let bounds = try range.bounds()
    let db = try ArticleStore(path: store.db, readOnly: true)
    guard let current = try db.currentModel() else { throw StoreError.empty(path: store.db) }
    let sink = try OutputSink(path: nil)
    if format == .csv {
      if bom { sink.write([0xEF, 0xBB, 0xBF]) }
      sink.write(CSVRows.encode([["id", "date", "title", "text", "labels"]]))
    }
    try db.forEachArticleBatch(batchSize: 2000, from: bounds.from, to: bounds.to) { rows in
      let taggings = try db.taggings(rowIDs: rows.map(\.rowID), model: current.id)
      for row in rows {
        let t = taggings[row.rowID]
        switch format {
        case .jsonl:
          var line = JSONLineWriter()
          ArticleJSON.writeArticle(InputRecord(article: row.article), into: &line, includeLabels: false)
          line.field("labels", t?.labels ?? [])
          line.rawField("evidence", t?.evidence ?? "{}")
          line.field("model", current.name)
          line.finish()
          sink.write(line.bytes)
        case .csv:
          let a = row.article
          sink.write(
            CSVRows.encode([
              [a.id, a.date?.description ?? "", a.title, a.text, (t?.labels ?? []).joined(separator: ";")]
            ]))
        }
      }
    }
    try sink.finish()
  }
}

/// `policy-topics stats`.
struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "stats", abstract: "Summarises the article store.")

  @OptionGroup var store: StoreOptions

  func run() throws {
    let db = try ArticleStore(path: store.db, readOnly: true)
    let s = try db.statistics()
    print("store         \(store.db)")
    print("articles      \(s.articles) (\(s.undated) undated)")
    print("dates         \(s.firstDate ?? "-") … \(s.lastDate ?? "-")")
    print("models        \(s.models.joined(separator: "; "))")
    print("current model \(s.currentModel.map(String.init) ?? "none")")
    for (topic, n) in s.labelled { print("  \(topic.padding(toLength: 24, withPad: " ", startingAt: 0)) \(n)") }
  }
}
