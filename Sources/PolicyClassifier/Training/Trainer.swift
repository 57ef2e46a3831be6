import Foundation
import PolicyFeatures

/// Trains topic models from labelled articles, chooses thresholds by cross-validation and
/// estimates accuracy by nested cross-validation.
///
/// Folds are assigned by `FNV-1a-64(id) mod k`, so any tool can reproduce them.
public struct Trainer: Sendable {
  /// The lexicons features are built from.
  public let lexicons: LexiconSet
  /// Training settings.
  public let config: ModelConfig
  private let matcher: TermMatcher

  /// Creates a trainer.
  ///
  /// - Throws: `ClassifierError.invalidSmoothing` when `config.alpha <= 0`;
  ///   `ClassifierError.invalidSetting` for a title weight that is not positive, a number of
  ///   n-grams out of range or a zero-shot threshold outside 0...1.
  public init(lexicons: LexiconSet, config: ModelConfig = ModelConfig()) throws(ClassifierError) {
    guard config.alpha > 0, config.alpha.isFinite else { throw .invalidSmoothing(config.alpha) }
    // Feature counting adds each occurrence's weight and relies on sums staying positive.
    guard config.titleWeight > 0, config.titleWeight.isFinite else {
      throw .invalidSetting("title weight", reason: "must be > 0 (got \(config.titleWeight))")
    }
    // Tagging gives each n-gram character a 16-bit id; 3 characters per n-gram stay below it.
    guard (0...Self.maxNGrams).contains(config.maxNGrams) else {
      throw .invalidSetting("max n-grams", reason: "must be between 0 and \(Self.maxNGrams) (got \(config.maxNGrams))")
    }
    // A cosine of non-negative vectors lies in 0...1; NaN cannot even be written to the model.
    guard (0...1).contains(config.zeroShotThreshold) else {
      throw .invalidSetting(
        "zero-shot threshold", reason: "must be between 0 and 1, a cosine (got \(config.zeroShotThreshold))")
    }
    self.lexicons = lexicons
    self.config = config
    self.matcher = TermMatcher(lexicons: lexicons)
  }

  /// The largest learned n-gram vocabulary (its characters must fit 16-bit ids).
  public static let maxNGrams = NGramVocabulary.maxCharacters / 3

  /// The fold (0..<k) of an article id.
  public static func fold(of id: String, folds k: Int) -> Int {
    var h = FNV1a64()
    h.combine(id)
    return Int(h.value % UInt64(k))
  }

  // MARK: Preparation

  func prepare(_ articles: [LabelledArticle]) throws(ClassifierError) -> [PreparedDocument] {
    let space = FeatureSpace(
      matcher: matcher, titleWeight: config.titleWeight, maxNGramLength: config.maxNGramLength)
    var scratch = FeatureScratch()
    var out: [PreparedDocument] = []
    out.reserveCapacity(articles.count)
    for a in articles {
      var labels = Set<Int>()
      for l in a.labels {
        guard let k = lexicons.index(of: l) else {
          throw .unknownLabel(l, article: a.id, known: lexicons.topicIDs)
        }
        labels.insert(k)
      }
      let f = space.features(title: a.title, text: a.text, scratch: &scratch)
      out.append(
        PreparedDocument(
          id: a.id, termCounts: f.counts,
          ngramCounts: space.allNGramCounts(title: a.title, text: a.text), labels: labels,
          length: f.length, evidence: f.evidence))
    }
    return out
  }

  // MARK: Fitting

  /// Fits parameters on `docs`; calibration is left at placeholders.
  func fit(_ docs: [PreparedDocument]) -> TopicModel {
    let topics = lexicons.topics.count
    let termCount = matcher.termPatterns.count
    let vocabulary = selectNGrams(docs)
    let space = FeatureSpace(
      matcher: matcher, ngrams: vocabulary, titleWeight: config.titleWeight,
      maxNGramLength: config.maxNGramLength)
    let featureCount = space.count
    // Document frequencies and idf.
    let counts = docs.map { countVector($0, vocabulary: vocabulary, termCount: termCount) }
    var df = [Int](repeating: 0, count: featureCount)
    for c in counts { for i in c.indices { df[Int(i)] += 1 } }
    let weighting = TFIDFWeighting(
      termFrequency: config.termFrequency, documentFrequencies: df, documentCount: docs.count)
    let rows = counts.map { weighting.transform($0, blockBoundary: termCount) }
    // Sufficient statistics.
    var positive = [Float](repeating: 0, count: topics * featureCount)
    var negative = [Float](repeating: 0, count: topics * featureCount)
    var positives = [Int](repeating: 0, count: topics)
    for (doc, row) in zip(docs, rows) {
      for t in 0..<topics {
        let isPositive = doc.labels.contains(t)
        if isPositive { positives[t] += 1 }
        let base = t * featureCount
        for (i, v) in zip(row.indices, row.values) {
          if isPositive { positive[base + Int(i)] += v } else { negative[base + Int(i)] += v }
        }
      }
    }
    let info = lexicons.topics.enumerated().map { k, t in
      TopicInfo(id: t.id, chineseName: t.chineseName, englishName: t.englishName, positives: positives[k])
    }
    let placeholder = CalibrationSet(
      nb: Array(repeating: Calibration(threshold: 0, scale: 1), count: topics),
      cosine: Array(repeating: Calibration(threshold: config.zeroShotThreshold, scale: 0.05), count: topics),
      ensemble: Array(repeating: 0, count: topics), stack: Array(repeating: [], count: topics))
    let metadata = ModelMetadata(
      topics: info, config: config, lexiconFingerprint: lexicons.fingerprint,
      defaultClassifier: .ensemble, calibration: placeholder, trainingDataHash: "none",
      trainingArticles: docs.count, createdAt: "", crossValidation: [:])
    var model = TopicModel(
      metadata: metadata, features: space, weighting: weighting, nbWeights: [], nbBias: [],
      prototypes: [], positiveMass: positive, negativeMass: negative)
    Self.deriveParameters(&model, documentCount: docs.count)
    return model
  }

  /// Recomputes naive Bayes weights and cosine prototypes from the sufficient statistics.
  static func deriveParameters(_ model: inout TopicModel, documentCount: Int) {
    let t = model.topicCount
    let f = model.features.count
    let config = model.metadata.config
    let alpha = Float(config.alpha)
    var nb = [Float](repeating: 0, count: f * t)
    var bias = [Float](repeating: 0, count: t)
    var proto = [Float](repeating: 0, count: f * t)
    let lexicon = lexiconPrototypes(model.features, idf: model.weighting.idf, topics: t)
    for k in 0..<t {
      let nPos = model.metadata.topics[k].positives
      let nNeg = documentCount - nPos
      let base = k * f
      if nPos > 0 && nNeg > 0 {
        var posTotal: Float = 0
        var negTotal: Float = 0
        for i in 0..<f {
          posTotal += model.positiveMass[base + i]
          negTotal += model.negativeMass[base + i]
        }
        let posDenominator = logf(posTotal + alpha * Float(f))
        let negDenominator = logf(negTotal + alpha * Float(f))
        for i in 0..<f {
          let lp = logf(model.positiveMass[base + i] + alpha) - posDenominator
          let ln = logf(model.negativeMass[base + i] + alpha) - negDenominator
          nb[i * t + k] = lp - ln
        }
        bias[k] = logf(Float(nPos)) - logf(Float(nNeg))
      }
      // Cosine prototype: lexicon prototype blended with a Rocchio centroid.
      let lambda = Float(config.lexiconPriorStrength / (config.lexiconPriorStrength + Double(nPos)))
      var centroid = [Float](repeating: 0, count: f)
      if nPos > 0 {
        let gamma = Float(config.negativeCentroidWeight)
        for i in 0..<f {
          let p = model.positiveMass[base + i] / Float(nPos)
          let n = nNeg > 0 ? model.negativeMass[base + i] / Float(nNeg) : 0
          centroid[i] = max(0, p - gamma * n)
        }
        normalize(&centroid)
      }
      var blended = [Float](repeating: 0, count: f)
      for i in 0..<f { blended[i] = lambda * lexicon[k][i] + (1 - lambda) * centroid[i] }
      normalize(&blended)
      for i in 0..<f { proto[i * t + k] = blended[i] }
    }
    model.nbWeights = nb
    model.nbBias = bias
    model.prototypes = proto
  }

  static func lexiconPrototypes(_ space: FeatureSpace, idf: [Float], topics: Int) -> [[Float]] {
    var out = [[Float]](repeating: [Float](repeating: 0, count: space.count), count: topics)
    for (column, p) in space.matcher.termPatterns.enumerated() {
      for tw in space.matcher.patterns[p].topicWeights {
        out[tw.topic][column] = Float(tw.weight) * idf[column]
      }
    }
    for k in 0..<topics { normalize(&out[k]) }
    return out
  }

  static func normalize(_ v: inout [Float]) {
    var s: Float = 0
    for x in v { s += x * x }
    guard s > 0 else { return }
    let inv = 1 / s.squareRoot()
    for i in v.indices { v[i] *= inv }
  }

  func countVector(_ doc: PreparedDocument, vocabulary: NGramVocabulary, termCount: Int)
    -> SparseVector
  {
    var pairs: [(Int32, Float)] = zip(doc.termCounts.indices, doc.termCounts.values).map { ($0, $1) }
    for (key, count) in doc.ngramCounts {
      let k = vocabulary.index(of: key)
      if k >= 0 { pairs.append((Int32(termCount) + k, count)) }
    }
    return SparseVector(unsorted: pairs)
  }

  /// Keeps n-grams seen in at least `minDocumentFrequency` articles, ranked by their largest
  /// chi-square statistic against any labelled topic, at most `maxNGrams`.
  func selectNGrams(_ docs: [PreparedDocument]) -> NGramVocabulary {
    let topics = lexicons.topics.count
    var df: [UInt64: Int] = [:]
    for d in docs { for key in d.ngramCounts.keys { df[key, default: 0] += 1 } }
    let candidates = df.filter { $0.value >= config.minDocumentFrequency }.map(\.key)
    guard !candidates.isEmpty else { return .empty }
    var column: [UInt64: Int] = [:]
    for (i, k) in candidates.enumerated() { column[k] = i }
    let positives = (0..<topics).map { t in docs.filter { $0.labels.contains(t) }.count }
    var a = [[Int]](repeating: [Int](repeating: 0, count: candidates.count), count: topics)
    for d in docs {
      for t in d.labels {
        for key in d.ngramCounts.keys { if let c = column[key] { a[t][c] += 1 } }
      }
    }
    let n = Double(docs.count)
    var best = [Double](repeating: 0, count: candidates.count)
    for t in 0..<topics where positives[t] > 0 && positives[t] < docs.count {
      let nPos = Double(positives[t])
      for c in candidates.indices {
        let dfc = Double(df[candidates[c]] ?? 0)
        let aa = Double(a[t][c])
        let bb = dfc - aa
        let cc = nPos - aa
        let dd = n - nPos - bb
        let denominator = (aa + cc) * (bb + dd) * (aa + bb) * (cc + dd)
        guard denominator > 0 else { continue }
        let chi = n * (aa * dd - bb * cc) * (aa * dd - bb * cc) / denominator
        best[c] = max(best[c], chi)
      }
    }
    let ranked = candidates.indices.sorted {
      best[$0] != best[$1] ? best[$0] > best[$1] : candidates[$0] < candidates[$1]
    }
    let kept = ranked.prefix(config.maxNGrams).filter { best[$0] > 0 }.map { candidates[$0] }
    return NGramVocabulary(keys: kept.sorted())
  }
}
