import ArgumentParser
import Foundation
import PolicyClassifier
import PolicyCore
import PolicyIO
import PolicyReports

extension PeriodKind: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

/// `policy-topics report`.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Builds a topic-trend report (weekly, monthly or yearly) from dated articles or the store.",
    discussion: """
      Examples:
        policy-topics report --period week --out Reports/report.html Reports/samples
        policy-topics report --db policy-topics.sqlite --period month --format md
        policy-topics report --period year --format csv --as-document reports/
      Records that already carry labels are used as tagged; others are tagged on the fly.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var lexiconOptions: LexiconOptions

  @OptionGroup var modelOptions: ModelOptions

  @Option(help: "Read articles from this store instead of inputs.")
  var db: String?

  @Option(help: "Period: week (ISO), month or year.")
  var period: PeriodKind = .week

  @OptionGroup var range: DateRangeOptions

  @Option(help: "Comma-separated topic ids to include (default: all).")
  var topics: String?

  @Option(help: "Output format: md, html, csv or json (default: the --out file's extension, else md).")
  var format: ReportFormat?

  @Option(
    help: "Output file (a path ending in .md, .html, .csv or .json), directory (writes report.<ext>) or - for stdout.")
  var out: String = "-"

  @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
  var bom = false

  @Option(help: "Threads that tag; the default is the number of cores this process may use.")
  var jobs: Int = AvailableCores.count

  /// The format asked for, or the one `--out`'s extension names, or Markdown.
  var outputFormat: ReportFormat { format ?? ReportOutput.format(ofFile: out) ?? .md }

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    if db != nil && !input.inputs.isEmpty {
      throw ValidationError(
        "give either --db (report on the store's articles) or input files, not both; add files to the store with `policy-topics ingest`"
      )
    }
    if db != nil && (modelOptions.model != nil || modelOptions.classifier != nil) {
      throw ValidationError(
        "--db reports the labels the store's current model gave; --model and --classifier apply to input files (switch the store's model with `policy-topics retag`)"
      )
    }
    if let format, let named = ReportOutput.format(ofFile: out), named != format {
      throw ValidationError("--out \(out) names a .\(named.rawValue) file but --format is \(format.rawValue)")
    }
    // The report is written after all the input is read: find out first that it can be.
    if out != "-" {
      let isFile = ReportOutput.format(ofFile: out) != nil
      let directory = isFile ? URL(fileURLWithPath: out).deletingLastPathComponent().path : out
      try OutputLocation.checkDirectory(directory, option: "--out", value: out)
      if isFile, OutputLocation.isDirectory(out) {
        throw ValidationError("--out \(out): is a directory, not a file")
      }
    }
    // '--topics ""' or '--topics ,' gave a report of no topic at all.
    if let topics, Self.topicList(topics).isEmpty {
      throw ValidationError("--topics: no topic id given (leave out --topics for all topics)")
    }
    // With --db the store's model decides the topics; they are checked when it is read.
    if db == nil, let topics {
      let known = try Resources.lexicons(lexiconOptions.lexicons).topicIDs
      for id in Self.topicList(topics) where !known.contains(id) {
        throw ValidationError("--topics: unknown topic '\(id)' (known: \(known.joined(separator: ", ")))")
      }
    }
  }

  /// The ids of a `--topics` value.
  static func topicList(_ value: String) -> [String] {
    value.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  func run() throws {
    let bounds = try range.bounds()
    let lexicons = try Resources.lexicons(lexiconOptions.lexicons)
    let diagnostics = Diagnostics(encoding: input.encoding)
    var report: TopicReport
    if let db {
      report = try StoreReport.build(path: db, kind: period, from: bounds.from, to: bounds.to, lexicons: lexicons)
    } else {
      let topicModel = try Resources.model(modelOptions.model, lexicons: lexicons)
      var tagger = Tagger(model: topicModel, kind: try modelOptions.classifier(for: topicModel))
      tagger.evidenceCount = 0  // reports list terms from mentions, not per-label evidence
      var acc = ReportAccumulator(
        kind: period,
        topics: topicModel.metadata.topics.map {
          ReportTopic(id: $0.id, chineseName: $0.chineseName, englishName: $0.englishName)
        },
        from: bounds.from, to: bounds.to)
      let ids = topicModel.metadata.topics.map(\.id)
      // Each distinct article counts once, as in the store (same date, title and text).
      var seen = Set<UInt64>()
      var duplicates = 0
      let stream = UnitStream(
        jobs: max(1, jobs),
        process: { [tagger] items in
          let (records, results, rejects) = TaggingPool.tag(items, tagger: tagger)
          let block = zip(records, results).map { record, result in
            (ReportItems.item(record, result, topicIDs: ids), record.article.deduplicationKey)
          }
          return (block, rejects)
        },
        deliver: { (block: [(ReportItem, UInt64)], rejects: [InputError]) in
          for r in rejects { diagnostics.reject(r) }
          for (item, key) in block {
            if seen.insert(key).inserted { acc.add(item) } else { duplicates += 1 }
          }
        })
      try input.reader(jobs: jobs).forEachItem(stream.add, reject: { stream.add(.rejected($0)) })
      stream.finish()
      if duplicates > 0 {
        StandardError.write(
          "policy-topics: \(duplicates) duplicate article(s) (same date, title and text) counted once\n")
      }
      try TopicReport.checkSpan(acc, from: bounds.from, to: bounds.to)
      report = TopicReport(acc, from: bounds.from, to: bounds.to)
    }
    if let topics {
      let wanted = Self.topicList(topics)
      for id in wanted where !report.topics.contains(where: { $0.id == id }) {
        throw CommandFailure(
          "--topics: the report's model has no topic '\(id)' (it has: \(report.topics.map(\.id).joined(separator: ", ")))"
        )
      }
      report = report.restricted(to: wanted)
    }
    try ReportOutput.write(report, format: outputFormat, out: out, bom: bom)
    if report.undatedCount > 0 {
      StandardError.write(
        "policy-topics: \(report.undatedCount) article(s) had no date precise enough for a \(period.rawValue) report; they are listed in the report, not counted in periods\n"
      )
    }
    try diagnostics.finish("report written")
  }
}

/// Turns tagged records into report items.
enum ReportItems {
  static func item(_ record: InputRecord, _ result: TagResult, topicIDs: [String]) -> ReportItem {
    let a = record.article
    var labels = result.labels
    var scores = result.scores
    if let given = a.labels {
      labels = given.compactMap { topicIDs.firstIndex(of: $0) }.sorted()
      scores = topicIDs.indices.map { labels.contains($0) ? 1 : 0 }
    }
    return ReportItem(
      id: a.id, date: a.date, title: a.title, labels: labels, scores: scores, mentions: result.mentions,
      termMentions: result.termMentions, chars: result.length)
  }
}

/// Writes a rendered report to a file, a directory or stdout.
enum ReportOutput {
  /// The format a file's extension names (`.md`, `.markdown`, `.html`, `.htm`, `.csv`,
  /// `.json`), or nil: such a path is a file, any other a directory.
  static func format(ofFile path: String) -> ReportFormat? {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "md", "markdown": .md
    case "html", "htm": .html
    case "csv": .csv
    case "json": .json
    default: nil
    }
  }

  static func write(_ report: TopicReport, format: ReportFormat, out: String, bom: Bool) throws {
    let bytes: [UInt8]
    switch format {
    case .csv: bytes = CSVReportRenderer.render(report, bom: bom)
    case .json: bytes = JSONReportRenderer.render(report)
    case .md: bytes = Array(MarkdownReportRenderer.render(report).utf8)
    case .html: bytes = Array(try HTMLReportRenderer.render(report).utf8)
    }
    if out == "-" {
      let sink = try OutputSink(path: nil)
      sink.write(bytes)
      try sink.finish()
      return
    }
    let target = URL(fileURLWithPath: out)
    let file: URL
    if Self.format(ofFile: out) != nil {
      file = target
      try OutputLocation.makeDirectory(target.deletingLastPathComponent())
    } else {
      try OutputLocation.makeDirectory(target)
      file = target.appendingPathComponent("report.\(format.rawValue)")
    }
    try AtomicFile.write(bytes, to: file)
    StandardError.write("wrote \(file.path)\n")
  }
}
