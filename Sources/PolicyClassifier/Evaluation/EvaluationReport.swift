/// Precision, recall and F1 of one topic, with the confusion counts behind them.
public struct TopicScores: Hashable, Sendable, Codable {
  /// Topic id.
  public var topic: String
  /// True positives.
  public var tp: Int
  /// False positives.
  public var fp: Int
  /// False negatives.
  public var fn: Int

  /// Creates scores from counts.
  public init(topic: String, tp: Int = 0, fp: Int = 0, fn: Int = 0) {
    self.topic = topic
    self.tp = tp
    self.fp = fp
    self.fn = fn
  }

  /// Articles that carry the label (tp + fn).
  public var support: Int { tp + fn }
  /// tp / (tp + fp), 0 when nothing was predicted.
  public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
  /// tp / (tp + fn), 0 when nothing is labelled.
  public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
  /// Harmonic mean of precision and recall, 0 when both are 0.
  public var f1: Double { tp == 0 ? 0 : 2 * Double(tp) / Double(2 * tp + fp + fn) }
}

/// Multi-label evaluation: per-topic scores plus micro and macro averages.
public struct EvaluationReport: Hashable, Sendable, Codable {
  /// Scores per topic, in model topic order (topics without support or predictions included).
  public var topics: [TopicScores]
  /// Number of articles evaluated.
  public var articles: Int

  /// Creates an empty report for the given topics.
  public init(topics: [String]) {
    self.topics = topics.map { TopicScores(topic: $0) }
    self.articles = 0
  }

  /// Adds one article's predicted and true topic sets (indices into `topics`).
  public mutating func add(predicted: Set<Int>, actual: Set<Int>) {
    articles += 1
    for k in predicted.union(actual) {
      switch (predicted.contains(k), actual.contains(k)) {
      case (true, true): topics[k].tp += 1
      case (true, false): topics[k].fp += 1
      case (false, true): topics[k].fn += 1
      default: break
      }
    }
  }

  /// Adds another report's counts (same topics).
  public mutating func merge(_ other: EvaluationReport) {
    articles += other.articles
    for k in topics.indices {
      topics[k].tp += other.topics[k].tp
      topics[k].fp += other.topics[k].fp
      topics[k].fn += other.topics[k].fn
    }
  }

  /// Topics that have support (labelled examples) — the ones averages are taken over.
  public var scoredTopics: [TopicScores] { topics.filter { $0.support > 0 } }

  /// The counts of the topics with support pooled (`micro`): its precision, recall and F1 are
  /// the micro averages.
  public var pooled: TopicScores {
    scoredTopics.reduce(into: TopicScores(topic: "micro")) { sum, s in
      sum.tp += s.tp
      sum.fp += s.fp
      sum.fn += s.fn
    }
  }

  /// Micro-averaged F1 over topics with support.
  public var microF1: Double { pooled.f1 }

  /// Macro-averaged F1 over topics with support.
  public var macroF1: Double {
    let s = scoredTopics
    return s.isEmpty ? 0 : s.reduce(0) { $0 + $1.f1 } / Double(s.count)
  }
}
