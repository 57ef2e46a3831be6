import Foundation
import PolicyFeatures

/// Identity of a topic inside a model.
public struct TopicInfo: Hashable, Sendable, Codable {
  /// Topic id (`new-energy`).
  public var id: String
  /// Chinese name.
  public var chineseName: String
  /// English name.
  public var englishName: String
  /// Labelled positive examples the model was trained on (0 = zero-shot topic).
  public var positives: Int
}

/// Per-topic decision rule of one classifier: label when `(score - threshold) / scale >= 0`.
public struct Calibration: Hashable, Sendable, Codable {
  /// Decision threshold on the raw score.
  public var threshold: Float
  /// Spread of raw scores (standard deviation over training articles), so margins of
  /// different classifiers are comparable.
  public var scale: Float

  /// The margin of a raw score, in units of `scale`.
  @inline(__always)
  public func margin(_ score: Float) -> Float { (score - threshold) / scale }
}

/// A trained topic model: feature space, naive Bayes and cosine parameters, thresholds.
///
/// Features are lexicon terms (columns `0..<termCount`) followed by learned n-grams. A
/// document becomes an L2-normalised TF-IDF row `x`. Per topic t:
///
/// ```
/// naive Bayes   nb_t(x)  = Σ_f x_f · (log θ⁺_tf − log θ⁻_tf) + log P⁺_t − log P⁻_t
///               θ±_tf    = (N±_tf + α) / (Σ_f N±_tf + α·V)   (N± = summed x of ±docs)
/// cosine        cos_t(x) = x · p_t,   p_t = unit(λ·lexicon_t + (1−λ)·rocchio_t),
///               λ = k/(k+n⁺_t)
/// ensemble      m_t(x)   = logistic combiner of (margin_nb, margin_cos, lexicon evidence)
///                          − threshold_ens   (see ``StackFeatures``)
/// ```
///
/// Every classifier's reported score is `sigmoid(margin)`, so 0.5 is the decision boundary
/// whatever the classifier.
public struct TopicModel: Sendable {
  /// The model's metadata (topics, config, thresholds, provenance, CV scores).
  public var metadata: ModelMetadata
  /// The feature space (lexicon matcher plus n-gram vocabulary).
  public let features: FeatureSpace
  /// IDF per feature column.
  public let weighting: TFIDFWeighting
  /// Naive Bayes log-ratio weights, `features.count` × topics, row-major.
  public var nbWeights: [Float]
  /// Naive Bayes log prior ratio per topic.
  public var nbBias: [Float]
  /// Cosine prototypes, `features.count` × topics, row-major.
  public var prototypes: [Float]
  /// Sufficient statistics: summed TF-IDF of positive articles, topics × features.
  public var positiveMass: [Float]
  /// Sufficient statistics: summed TF-IDF of negative articles, topics × features.
  public var negativeMass: [Float]

  /// Number of topics.
  public var topicCount: Int { metadata.topics.count }

  /// Creates a model from its parts.
  public init(
    metadata: ModelMetadata, features: FeatureSpace, weighting: TFIDFWeighting,
    nbWeights: [Float], nbBias: [Float], prototypes: [Float], positiveMass: [Float],
    negativeMass: [Float]
  ) {
    self.metadata = metadata
    self.features = features
    self.weighting = weighting
    self.nbWeights = nbWeights
    self.nbBias = nbBias
    self.prototypes = prototypes
    self.positiveMass = positiveMass
    self.negativeMass = negativeMass
  }

  /// The TF-IDF row of an article's features.
  public func vector(_ doc: DocumentFeatures) -> SparseVector {
    vector(counts: doc.counts)
  }

  /// The TF-IDF row of a count vector over this model's columns (lexicon terms and n-grams
  /// normalised as separate blocks).
  public func vector(counts: SparseVector) -> SparseVector {
    weighting.transform(counts, blockBoundary: features.termCount)
  }

  /// Raw scores for one vector with plain loops (the reference for the BLAS path).
  public func rawScores(_ x: SparseVector) -> (nb: [Float], cosine: [Float]) {
    let t = topicCount
    var nb = nbBias
    var cos = [Float](repeating: 0, count: t)
    for (i, v) in zip(x.indices, x.values) {
      let row = Int(i) * t
      for k in 0..<t {
        nb[k] += v * nbWeights[row + k]
        cos[k] += v * prototypes[row + k]
      }
    }
    return (nb, cos)
  }

  /// Margins (label when ≥ 0) for every topic under `kind`, from raw scores, lexical evidence
  /// and article length.
  public func margins(
    nb: ArraySlice<Float>, cosine: ArraySlice<Float>, evidence: LexicalEvidence, length: Int,
    kind: ClassifierKind
  ) -> [Float] {
    var out = [Float](repeating: 0, count: topicCount)
    let nbBase = nb.startIndex
    let cosBase = cosine.startIndex
    let c = metadata.calibration
    for k in 0..<topicCount {
      let mc = c.cosine[k].margin(cosine[cosBase + k])
      let trained = metadata.topics[k].positives > 0
      if !trained && kind != .cosine && c.lexicalStack.count == LexicalFeatures.count + 1 {
        // A topic without labelled examples: the lexicon-evidence rule learned on the
        // labelled topics.
        let x = LexicalFeatures.vector(evidence, topic: k, length: length)
        var z = c.lexicalStack[0]
        for j in 0..<LexicalFeatures.count { z += x[j] * c.lexicalStack[j + 1] }
        out[k] = z - c.lexicalThreshold
        continue
      }
      switch kind {
      case .cosine: out[k] = mc
      case .nb: out[k] = trained ? c.nb[k].margin(nb[nbBase + k]) : mc
      case .ensemble:
        guard trained, k < c.stack.count, c.stack[k].count == StackFeatures.count + 1 else {
          out[k] = mc
          continue
        }
        let x = StackFeatures.vector(
          nbMargin: c.nb[k].margin(nb[nbBase + k]), cosineMargin: mc, evidence: evidence, topic: k,
          length: length)
        var z = c.stack[k][0]
        for j in 0..<StackFeatures.count { z += c.stack[k][j + 1] * x[j] }
        out[k] = z - c.ensemble[k]
      }
    }
    return out
  }
}

/// The inputs of the lexicon-evidence rule used for topics without labelled examples,
/// combined by a logistic model fitted on all labelled topics pooled, so a new topic lexicon is
/// tagged with the evidence threshold the labelled topics taught:
///
/// ```
/// [ ln(1 + weighted), ln(1 + 1000·weighted / length), ln(1 + title), ln(1 + distinct terms) ]
/// ```
public enum LexicalFeatures {
  /// Number of inputs.
  public static let count = 5

  /// The rule's inputs for topic `k`.
  public static func make(_ e: LexicalEvidence, topic k: Int, length: Int) -> [Float] {
    let v = vector(e, topic: k, length: length)
    return (0..<count).map { v[$0] }
  }

  /// The inputs in the first ``count`` lanes of a vector (no allocation: scoring uses this).
  @inline(__always)
  public static func vector(_ e: LexicalEvidence, topic k: Int, length: Int) -> SIMD8<Float> {
    // Most topics have no evidence in a given article: every input is then ln 1 = 0, without
    // five logarithms (about a microsecond an article for the nine topics).
    if e.weighted(k) == 0 && e.title(k) == 0 && e.distinctTerms(k) == 0 && e.peakParagraph(k) == 0 {
      return SIMD8()
    }
    let span = e.span > 0 ? min(length, e.span) : length
    return SIMD8(
      logf(1 + e.weighted(k)), logf(1 + 1000 * e.weighted(k) / Float(max(span, 50))), logf(1 + e.title(k)),
      logf(1 + e.distinctTerms(k)), logf(1 + e.peakParagraph(k)), 0, 0, 0)
  }
}

/// The inputs of the ensemble's per-topic logistic combiner: the two classifiers' margins
/// followed by the ``LexicalFeatures``.
///
/// ```
/// x = [ margin_nb, margin_cos, lexical features… ]
/// p = sigmoid(b + w·x)
/// ```
public enum StackFeatures {
  /// Number of inputs (weights per topic are one more, for the bias).
  public static let count = 2 + LexicalFeatures.count

  /// The combiner inputs.
  public static func make(
    nbMargin: Float, cosineMargin: Float, evidence: LexicalEvidence, topic k: Int, length: Int
  ) -> [Float] {
    let v = vector(nbMargin: nbMargin, cosineMargin: cosineMargin, evidence: evidence, topic: k, length: length)
    return (0..<count).map { v[$0] }
  }

  /// The inputs in the first ``count`` lanes of a vector (no allocation: scoring uses this).
  @inline(__always)
  public static func vector(
    nbMargin: Float, cosineMargin: Float, evidence: LexicalEvidence, topic k: Int, length: Int
  ) -> SIMD8<Float> {
    let l = LexicalFeatures.vector(evidence, topic: k, length: length)
    return SIMD8(nbMargin, cosineMargin, l[0], l[1], l[2], l[3], l[4], 0)
  }
}

/// Thresholds and scales of every classifier, per topic.
public struct CalibrationSet: Hashable, Sendable, Codable {
  /// Naive Bayes calibration per topic.
  public var nb: [Calibration]
  /// Cosine calibration per topic.
  public var cosine: [Calibration]
  /// Ensemble threshold on the combiner's logit, per topic.
  public var ensemble: [Float]
  /// Ensemble combiner weights per topic: bias then one weight per ``StackFeatures`` input
  /// (empty for zero-shot topics).
  public var stack: [[Float]]
  /// The pooled lexicon-evidence rule for topics without labels: bias then weights over
  /// ``LexicalFeatures`` (empty in a zero-shot model).
  public var lexicalStack: [Float] = []
  /// Threshold on the pooled rule's logit.
  public var lexicalThreshold: Float = 0
}

/// What a model file records besides its parameters.
public struct ModelMetadata: Hashable, Sendable, Codable {
  /// Topics in column order.
  public var topics: [TopicInfo]
  /// Training settings.
  public var config: ModelConfig
  /// Fingerprint of the lexicons the model was built with.
  public var lexiconFingerprint: String
  /// The classifier `tag` uses by default.
  public var defaultClassifier: ClassifierKind
  /// Decision rules.
  public var calibration: CalibrationSet
  /// FNV-1a 64 of the training data (ids and labels), or "none" for a zero-shot model.
  public var trainingDataHash: String
  /// Number of training articles.
  public var trainingArticles: Int
  /// When the model was trained (ISO 8601).
  public var createdAt: String
  /// Cross-validated scores per classifier, if computed.
  public var crossValidation: [String: EvaluationReport]
}
