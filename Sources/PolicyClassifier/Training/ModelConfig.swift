import PolicyFeatures

/// Settings of feature extraction and training, recorded in every model.
public struct ModelConfig: Hashable, Sendable, Codable {
  /// Lidstone smoothing for naive Bayes (> 0).
  public var alpha: Double = 0.1
  /// Title occurrences count this many times.
  public var titleWeight: Float = 2
  /// Longest character n-gram.
  public var maxNGramLength: Int = 3
  /// An n-gram must occur in at least this many training articles.
  public var minDocumentFrequency: Int = 3
  /// At most this many n-grams are kept (highest chi-square against any topic first). The
  /// smallest size on the plateau of cross-validated accuracy (see `Models/README.md`): more
  /// n-grams score no better and tag more slowly.
  public var maxNGrams: Int = 2000
  /// Term-frequency rule of the TF-IDF weighting.
  public var termFrequency: TFIDFWeighting.TermFrequency = .sublinear
  /// Pseudo-count of the lexicon prototype against learned centroids: with n positive
  /// examples, the prototype is `k/(k+n)` lexicon and `n/(k+n)` centroid.
  public var lexiconPriorStrength: Double = 30
  /// Rocchio weight of the negative centroid (relative to the positive one).
  public var negativeCentroidWeight: Double = 0.25
  /// Cosine threshold for topics without labelled examples (zero-shot).
  public var zeroShotThreshold: Float = 0.05
  /// Folds for threshold selection.
  public var folds: Int = 5

  /// Default settings.
  public init() {}
}
