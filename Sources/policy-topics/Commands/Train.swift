import ArgumentParser
import Foundation
import PolicyClassifier
import TextTable

/// `policy-topics train`.
struct Train: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Trains a model from labelled articles and prints its cross-validated scores.",
    discussion: """
      Example:
        policy-topics train --data labelled.jsonl --out Models/mine.ptmodel
      Thresholds are chosen per topic by k-fold cross-validation; the printed table comes from \
      nested cross-validation (each fold scored by a model that never saw it).
      """)

  @OptionGroup var lexiconOptions: LexiconOptions

  @Option(help: "Labelled articles: JSONL or CSV with a labels field (repeatable).")
  var data: [String] = []

  @OptionGroup var dataEncoding: DataEncodingOption

  @Option(help: "Number of cross-validation folds.")
  var folds = 5

  @Option(help: "Classifier tag uses by default: nb, cosine or ensemble.")
  var classifier: ClassifierKind = .ensemble

  @Option(help: "Naive Bayes smoothing (alpha > 0).")
  var alpha = 0.1

  @Option(help: "How many times a title occurrence counts.")
  var titleWeight: Float = 2

  @Option(help: "Largest number of learned n-gram features.")
  var maxNgrams = ModelConfig().maxNGrams

  @Option(help: "Cosine threshold for topics without labelled examples (zero-shot).")
  var zeroShotThreshold: Float = ModelConfig().zeroShotThreshold

  @Flag(help: "Build a zero-shot (lexicon-only) model; no --data needed.")
  var zeroShot = false

  @Option(help: "Where to write the model.")
  var out: String

  func validate() throws {
    if zeroShot {
      guard data.isEmpty else {
        throw ValidationError("--zero-shot builds a model from the lexicons alone; leave out --data")
      }
    } else {
      guard !data.isEmpty else {
        throw ValidationError("give labelled data with --data FILE (or build a lexicon-only model with --zero-shot)")
      }
    }
    guard folds >= 2 else { throw ValidationError("--folds must be at least 2") }
    // Training takes seconds: find out first that the model can be written where asked.
    try OutputLocation.checkFile(out, option: "--out")
  }

  func run() throws {
    let lexicons = try Resources.lexicons(lexiconOptions.lexicons)
    var config = ModelConfig()
    config.folds = folds
    config.alpha = alpha
    config.titleWeight = titleWeight
    config.maxNGrams = maxNgrams
    config.zeroShotThreshold = zeroShotThreshold
    let trainer = try Trainer(lexicons: lexicons, config: config)
    let diagnostics = Diagnostics(encoding: dataEncoding.encoding)
    var model: TopicModel
    if zeroShot {
      model = trainer.zeroShotModel()
    } else {
      let articles = try LabelledData.read(
        data, topics: lexicons.topicIDs, encoding: dataEncoding.encoding, diagnostics: diagnostics)
      let started = Date()
      model = try trainer.train(articles)
      model.metadata.defaultClassifier = classifier
      StandardError.write(
        String(format: "trained on %d articles in %.1f s\n", articles.count, Date().timeIntervalSince(started)))
      // The classifier `tag` will use first, then the others for comparison.
      for kind in [classifier] + ClassifierKind.allCases.filter({ $0 != classifier }) {
        if let report = model.metadata.crossValidation[kind.rawValue] {
          print("\(kind.rawValue) (\(folds)-fold nested cross-validation)")
          print(ScoreTable.render(report))
        }
      }
    }
    try ModelFile.save(model, to: URL(fileURLWithPath: out))
    StandardError.write("wrote \(out)\n")
    try diagnostics.finish("model written")
  }
}

extension ClassifierKind: ExpressibleByArgument {}

/// Renders an evaluation report as a terminal table.
enum ScoreTable {
  struct Row {
    var topic: String
    var precision: String
    var recall: String
    var f1: String
    var support: String
    var tp: String
    var fp: String
    var fn: String
  }

  static func render(_ report: EvaluationReport) -> String {
    var rows = report.topics.map {
      Row(
        topic: $0.topic, precision: f3($0.precision), recall: f3($0.recall), f1: f3($0.f1),
        support: "\($0.support)", tp: "\($0.tp)", fp: "\($0.fp)", fn: "\($0.fn)")
    }
    // Micro: counts pooled over the topics the data carries (those the averages judge);
    // macro: a mean of F1s, with no counts of its own.
    let micro = report.pooled
    rows.append(
      Row(
        topic: "micro", precision: f3(micro.precision), recall: f3(micro.recall), f1: f3(micro.f1),
        support: "\(micro.support)", tp: "\(micro.tp)", fp: "\(micro.fp)", fn: "\(micro.fn)"))
    rows.append(
      Row(topic: "macro", precision: "", recall: "", f1: f3(report.macroF1), support: "", tp: "", fp: "", fn: ""))
    let table = TextTable<Row> {
      [
        Column(title: "topic", value: $0.topic), Column(title: "precision", value: $0.precision),
        Column(title: "recall", value: $0.recall), Column(title: "F1", value: $0.f1),
        Column(title: "support", value: $0.support), Column(title: "tp", value: $0.tp),
        Column(title: "fp", value: $0.fp), Column(title: "fn", value: $0.fn),
      ]
    }
    return table.string(for: rows) ?? ""
  }

  static func f3(_ x: Double) -> String { String(format: "%.3f", x) }
}
