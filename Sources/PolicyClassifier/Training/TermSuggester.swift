import Foundation
import PolicyFeatures

/// A candidate lexicon term with its keyness.
public struct TermSuggestion: Hashable, Sendable {
  /// The n-gram text.
  public var term: String
  /// Log-likelihood ratio (G²) of its frequency in topic articles against the rest.
  public var logLikelihood: Double
  /// Occurrences in articles labelled with the topic.
  public var topicCount: Int
  /// Occurrences in the other articles.
  public var otherCount: Int
  /// Topic articles containing it.
  public var topicArticles: Int
}

/// Ranks character n-grams (2–4 characters) that are over-represented in a topic's labelled
/// articles, by Dunning's log-likelihood ratio, so users can grow a lexicon from their labels.
///
/// ```
/// G² = 2 · Σ O·ln(O/E)   over the 2×2 table (n-gram vs other tokens) × (topic vs rest)
/// ```
/// Only n-grams more frequent than expected in the topic are returned; n-grams already
/// covered by the topic's lexicon (inside one of its terms, or containing one) and n-grams
/// with a function character (的, 了, 于 …) are left out.
public struct TermSuggester: Sendable {
  /// Characters that mark grammatical words (的, 了, 于 …): an n-gram containing one is a
  /// phrase fragment, not a term.
  static let functionCharacters: Set<Unicode.Scalar> = [
    "的", "了", "着", "是", "在", "和", "与", "及", "等", "对", "为", "把", "被", "也", "都", "就", "而", "其", "之",
    "于", "这", "那", "个", "们", "我", "他", "她", "有", "将", "从", "向", "以", "并", "或",
  ]

  /// Creates a suggester.
  public init() {}

  /// The top `limit` suggestions for `topic`.
  public func suggest(
    topic: TopicLexicon, articles: [LabelledArticle], minArticles: Int = 3, limit: Int = 30
  ) -> [TermSuggestion] {
    let normalizer = TextNormalizer()
    var inTopic: [UInt64: Int] = [:]
    var outTopic: [UInt64: Int] = [:]
    var articleCount: [UInt64: Int] = [:]
    var topicTokens = 0
    var otherTokens = 0
    for a in articles {
      let positive = a.labels.contains(topic.id)
      var seen = Set<UInt64>()
      let scalars = normalizer.normalize(a.title + "\n" + a.text).scalars
      scalars.withUnsafeBufferPointer { buffer in
        Self.forEachCandidate(in: buffer) { key in
          if positive {
            inTopic[key, default: 0] += 1
            topicTokens += 1
            if seen.insert(key).inserted { articleCount[key, default: 0] += 1 }
          } else {
            outTopic[key, default: 0] += 1
            otherTokens += 1
          }
        }
      }
    }
    let known = topic.terms.map(\.text)
    var out: [TermSuggestion] = []
    let total = Double(topicTokens + otherTokens)
    for (key, a) in inTopic where (articleCount[key] ?? 0) >= minArticles {
      let b = outTopic[key] ?? 0
      let text = Self.string(key)
      // Covered already (inside a term, or a term plus a particle), or a function-word pair.
      if known.contains(where: { $0.contains(text) || text.contains($0) }) { continue }
      if text.unicodeScalars.contains(where: { Self.functionCharacters.contains($0) || $0.isASCII }) { continue }
      let e1 = Double(topicTokens) * Double(a + b) / total
      let e2 = Double(otherTokens) * Double(a + b) / total
      guard Double(a) > e1 else { continue }
      var g = Double(a) * log(Double(a) / e1)
      if b > 0 { g += Double(b) * log(Double(b) / e2) }
      out.append(
        TermSuggestion(
          term: text, logLikelihood: 2 * g, topicCount: a, otherCount: b,
          topicArticles: articleCount[key] ?? 0))
    }
    out.sort {
      $0.logLikelihood != $1.logLikelihood
        ? $0.logLikelihood > $1.logLikelihood
        : ($0.term.count != $1.term.count ? $0.term.count > $1.term.count : $0.term < $1.term)
    }
    // Drop an n-gram inside a longer candidate with nearly the same count (务院 in 国务院).
    let pool = Array(out.prefix(limit * 4))
    var kept: [TermSuggestion] = []
    for s in pool where kept.count < limit {
      let covered = pool.contains {
        $0.term != s.term && $0.term.contains(s.term) && Double($0.topicCount) >= 0.8 * Double(s.topicCount)
      }
      if !covered { kept.append(s) }
    }
    return kept
  }

  /// The longest candidate, in characters: four, so that a four-character term (`提请审议`) is
  /// suggested whole rather than as its overlapping pieces (`提请审`, `请审议`), which the
  /// whole one then covers.
  static let maxLength = 4

  /// Calls `body` with the key of every run of 2 to ``maxLength`` CJK ideographs of the basic
  /// plane in `scalars`: their 16-bit values packed from the low bits up (no candidate holds a
  /// Latin letter, a digit or a rarer ideograph).
  static func forEachCandidate(in scalars: UnsafeBufferPointer<UInt32>, _ body: (UInt64) -> Void) {
    var run = 0
    for i in scalars.indices {
      let v = scalars[i]
      guard v <= 0xFFFF, NGramKeys.isWordScalar(v), v >= 0x3400 else {
        run = 0
        continue
      }
      run += 1
      var key = UInt64(v)
      for length in 2...maxLength where length <= run {
        key = key << 16 | UInt64(scalars[i - length + 1])
        body(key)
      }
    }
  }

  /// The text of a candidate key (see ``forEachCandidate(in:_:)``).
  static func string(_ key: UInt64) -> String {
    NGramKeys.string(packed: key, bitsPerScalar: 16)
  }
}
