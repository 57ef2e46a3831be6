import Foundation
import PolicyFeatures

extension Trainer {
  /// Trains a model on all `articles`: parameters from all of them, thresholds from k-fold
  /// out-of-fold scores, and (when `estimateAccuracy`) nested cross-validated scores of every
  /// classifier recorded in the metadata.
  ///
  /// - Throws: `ClassifierError` for unknown labels, too little data or bad folds.
  public func train(_ articles: [LabelledArticle], estimateAccuracy: Bool = true)
    throws(ClassifierError) -> TopicModel
  {
    let k = config.folds
    guard articles.count >= 4 else { throw .notEnoughData(articles: articles.count, needed: 4) }
    guard k >= 2 && k <= articles.count else { throw .invalidFolds(k, articles: articles.count) }
    let docs = try prepare(articles)
    var model = fit(docs)
    model.metadata.calibration = calibrate(docs, folds: k)
    if estimateAccuracy {
      let reports = nestedCrossValidation(docs, folds: k)
      for (kind, report) in reports { model.metadata.crossValidation[kind.rawValue] = report }
    }
    var hash = FNV1a64()
    for a in articles.sorted(by: { $0.id < $1.id }) {
      hash.combine(a.id + "\u{1F}" + a.labels.sorted().joined(separator: ",") + "\u{1E}")
      hash.combine(a.title + "\u{1F}" + a.text + "\u{1E}")
    }
    model.metadata.trainingDataHash = hash.hexDigest
    model.metadata.createdAt = ISO8601DateFormatter().string(from: Date())
    return model
  }

  /// A model built from the lexicons alone: cosine similarity to lexicon prototypes, idf 1,
  /// the configured zero-shot threshold. Works with no labelled data at all.
  public func zeroShotModel() -> TopicModel {
    var model = fit([])
    model.metadata.defaultClassifier = .cosine
    model.metadata.createdAt = ISO8601DateFormatter().string(from: Date())
    return model
  }

  /// Scores every document with a model fitted on the other folds.
  func outOfFoldScores(_ docs: [PreparedDocument], folds k: Int, foldOf: [Int])
    -> [DocumentScores]
  {
    var out = [DocumentScores](repeating: DocumentScores(nb: [], cosine: []), count: docs.count)
    for f in 0..<k {
      let trainIdx = docs.indices.filter { foldOf[$0] != f }
      let testIdx = docs.indices.filter { foldOf[$0] == f }
      guard !testIdx.isEmpty else { continue }
      let model = fit(trainIdx.map { docs[$0] })
      for i in testIdx { out[i] = score(docs[i], with: model) }
    }
    return out
  }

  struct DocumentScores {
    var nb: [Float]
    var cosine: [Float]
  }

  func score(_ doc: PreparedDocument, with model: TopicModel) -> DocumentScores {
    let counts = countVector(doc, vocabulary: model.features.ngrams, termCount: model.features.termCount)
    let (nb, cosine) = model.rawScores(model.vector(counts: counts))
    return DocumentScores(nb: nb, cosine: cosine)
  }

  /// Chooses per-topic thresholds and scales from out-of-fold scores.
  func calibrate(_ docs: [PreparedDocument], folds k: Int) -> CalibrationSet {
    let topics = lexicons.topics.count
    let foldOf = docs.map { Self.fold(of: $0.id, folds: k) }
    let oof = outOfFoldScores(docs, folds: k, foldOf: foldOf)
    var set = CalibrationSet(
      nb: Array(repeating: Calibration(threshold: 0, scale: 1), count: topics),
      cosine: Array(repeating: Calibration(threshold: config.zeroShotThreshold, scale: 0.05), count: topics),
      ensemble: Array(repeating: 0, count: topics), stack: Array(repeating: [], count: topics))
    for t in 0..<topics {
      let truth = docs.map { $0.labels.contains(t) }
      guard truth.contains(true), truth.contains(false) else { continue }
      let nb = oof.map { $0.nb[t] }
      let cos = oof.map { $0.cosine[t] }
      set.nb[t] = Calibration(threshold: Self.bestThreshold(nb, truth), scale: Self.spread(nb))
      set.cosine[t] = Calibration(threshold: Self.bestThreshold(cos, truth), scale: Self.spread(cos))
      let inputs = docs.indices.map { i in
        StackFeatures.make(
          nbMargin: set.nb[t].margin(nb[i]), cosineMargin: set.cosine[t].margin(cos[i]),
          evidence: docs[i].evidence, topic: t, length: docs[i].length)
      }
      let weights = LogisticCombiner.fit(inputs, truth)
      set.stack[t] = weights
      let logits = inputs.map { x in zip(x, weights.dropFirst()).reduce(weights[0]) { $0 + $1.0 * $1.1 } }
      set.ensemble[t] = Self.bestThreshold(logits, truth)
    }
    // The lexicon-evidence rule for topics without labels, pooled over the labelled topics.
    var pooledInputs: [[Float]] = []
    var pooledTruth: [Bool] = []
    for t in 0..<topics {
      let truth = docs.map { $0.labels.contains(t) }
      guard truth.contains(true), truth.contains(false) else { continue }
      for i in docs.indices {
        pooledInputs.append(LexicalFeatures.make(docs[i].evidence, topic: t, length: docs[i].length))
        pooledTruth.append(truth[i])
      }
    }
    if pooledTruth.contains(true) {
      let weights = LogisticCombiner.fit(pooledInputs, pooledTruth)
      let logits = pooledInputs.map { x in zip(x, weights.dropFirst()).reduce(weights[0]) { $0 + $1.0 * $1.1 } }
      set.lexicalStack = weights
      set.lexicalThreshold = Self.bestThreshold(logits, pooledTruth)
    }
    return set
  }

  /// Nested cross-validation: each outer fold is predicted by a model whose parameters and
  /// thresholds were chosen without it.
  func nestedCrossValidation(_ docs: [PreparedDocument], folds k: Int) -> [ClassifierKind: EvaluationReport] {
    let ids = lexicons.topicIDs
    var reports = Dictionary(uniqueKeysWithValues: ClassifierKind.allCases.map { ($0, EvaluationReport(topics: ids)) })
    let foldOf = docs.map { Self.fold(of: $0.id, folds: k) }
    for f in 0..<k {
      let train = docs.indices.filter { foldOf[$0] != f }.map { docs[$0] }
      let test = docs.indices.filter { foldOf[$0] == f }.map { docs[$0] }
      guard !test.isEmpty, train.count >= k else { continue }
      var model = fit(train)
      model.metadata.calibration = calibrate(train, folds: k)
      for doc in test {
        let s = score(doc, with: model)
        for kind in ClassifierKind.allCases {
          let m = model.margins(
            nb: s.nb[...], cosine: s.cosine[...], evidence: doc.evidence, length: doc.length, kind: kind)
          let predicted = Set(m.indices.filter { m[$0] >= 0 })
          reports[kind]?.add(predicted: predicted, actual: doc.labels)
        }
      }
    }
    return reports
  }

  /// The threshold maximising F1 of `score >= threshold` against `truth` (midpoints between
  /// adjacent distinct scores; ties go to the higher threshold).
  static func bestThreshold(_ scores: [Float], _ truth: [Bool]) -> Float {
    let order = scores.indices.sorted { scores[$0] > scores[$1] }
    let totalPositive = truth.filter { $0 }.count
    guard totalPositive > 0, let top = order.first else { return .greatestFiniteMagnitude }
    var bestF1 = -1.0
    var best = scores[top] + 1
    var tp = 0
    var fp = 0
    for (rank, i) in order.enumerated() {
      if truth[i] { tp += 1 } else { fp += 1 }
      let nextScore = rank + 1 < order.count ? scores[order[rank + 1]] : scores[i] - 1
      if nextScore == scores[i] { continue }
      let f1 = 2 * Double(tp) / Double(tp + fp + totalPositive)
      if f1 > bestF1 {
        bestF1 = f1
        best = (scores[i] + nextScore) / 2
      }
    }
    return best
  }

  /// Standard deviation of scores (at least 1e-6).
  static func spread(_ scores: [Float]) -> Float {
    guard scores.count > 1 else { return 1 }
    let mean = scores.reduce(0, +) / Float(scores.count)
    let variance = scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Float(scores.count - 1)
    return max(variance.squareRoot(), 1e-6)
  }
}
