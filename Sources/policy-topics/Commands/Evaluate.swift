import ArgumentParser
import Foundation
import PolicyClassifier
import PolicyFeatures
import PolicyIO

/// `policy-topics evaluate`.
struct Evaluate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Scores a model on labelled articles: per-topic precision, recall, F1 and confusion counts.",
    discussion: """
      Example:
        policy-topics evaluate --data labelled.jsonl --json
      """)

  @OptionGroup var lexiconOptions: LexiconOptions

  @OptionGroup var modelOptions: ModelOptions

  @Option(help: "Labelled articles: JSONL or CSV with a labels field (repeatable).")
  var data: [String] = []

  @OptionGroup var dataEncoding: DataEncodingOption

  @Flag(help: "Print one JSON object (micro_f1, macro_f1, topics.<id>.precision/recall/f1/…).")
  var json = false

  @Option(
    help: ArgumentHelp(
      "Also write every article with a wrong decision to this JSONL file, to review.",
      discussion: "One line per article, in input order: id, title, labels (as labelled), predicted, "
        + "false_positives, false_negatives, the scores of those topics, the evidence of each false "
        + "positive and the lexicon mentions of each false negative. Only topics that some article "
        + "of the data carries are judged (as in the averages).",
      valueName: "file"))
  var errors: String?

  func validate() throws {
    guard !data.isEmpty else { throw ValidationError("give labelled data with --data FILE") }
    if let errors { try OutputLocation.checkFile(errors, option: "--errors") }
  }

  func run() throws {
    let lexicons = try Resources.lexicons(lexiconOptions.lexicons)
    let topicModel = try Resources.model(modelOptions.model, lexicons: lexicons)
    let diagnostics = Diagnostics(encoding: dataEncoding.encoding)
    let articles = try LabelledData.read(
      data, topics: lexicons.topicIDs, encoding: dataEncoding.encoding, diagnostics: diagnostics)
    let tagger = Tagger(model: topicModel, kind: try modelOptions.classifier(for: topicModel))
    var report = EvaluationReport(topics: topicModel.metadata.topics.map(\.id))
    var scratch = Tagger.Scratch()
    let judged = Set(articles.flatMap(\.labels).compactMap(lexicons.index(of:)))
    var mistakes = MistakeWriter(topicIDs: topicModel.metadata.topics.map(\.id), judged: judged)
    for chunk in stride(from: 0, to: articles.count, by: 256) {
      let block = Array(articles[chunk..<min(chunk + 256, articles.count)])
      let results = tagger.tag(block.map { ($0.title, $0.text) }, scratch: &scratch)
      for (a, r) in zip(block, results) {
        // LabelledData.read keeps only records whose labels are all topics.
        let actual = Set(a.labels.compactMap(lexicons.index(of:)))
        report.add(predicted: Set(r.labels), actual: actual)
        if errors != nil { mistakes.add(article: a, result: r, actual: actual) }
      }
    }
    if let errors {
      try AtomicFile.write(mistakes.bytes, to: URL(fileURLWithPath: errors))
      StandardError.write("wrote \(mistakes.count) article(s) with a wrong decision to \(errors)\n")
    }
    if json {
      var line = JSONLineWriter()
      line.field("classifier", tagger.kind.rawValue)
      line.field("articles", report.articles)
      line.field("micro_f1", report.microF1)
      line.field("macro_f1", report.macroF1)
      line.field("topics") { out in
        out.append(UInt8(ascii: "{"))
        for (k, s) in report.topics.enumerated() {
          if k > 0 { out.append(UInt8(ascii: ",")) }
          var inner = JSONLineWriter()
          inner.field("precision", s.precision)
          inner.field("recall", s.recall)
          inner.field("f1", s.f1)
          inner.field("support", s.support)
          inner.field("tp", s.tp)
          inner.field("fp", s.fp)
          inner.field("fn", s.fn)
          JSONLineWriter.appendString(s.topic, to: &out)
          out.append(UInt8(ascii: ":"))
          out.append(contentsOf: inner.bytes)
          out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "}"))
      }
      line.finish()
      let sink = try OutputSink(path: nil)
      sink.write(line.bytes)
      try sink.finish()
    } else {
      print("\(tagger.kind.rawValue) on \(report.articles) articles")
      print(ScoreTable.render(report))
    }
    try diagnostics.finish("evaluation done")
  }
}
