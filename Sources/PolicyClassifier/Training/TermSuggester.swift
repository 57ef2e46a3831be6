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
///
/// Without word segmentation an n-gram may be a piece of a longer unit (`推动长` of
/// `推动长江…`, `法修` of `…法修订草案`). A candidate whose topic occurrences are nearly all
/// followed (or preceded) by the same ideograph is such a piece: it is extended by that
/// ideograph, again and again, and the longer string is scored in its place (its own counts
/// and G²); pieces of one unit merge into it, a unit that holds a lexicon term is covered like
/// any candidate, and a piece of a phrase longer than ``maxExtendedLength`` characters is left
/// out.
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
    // Covered already (inside a term, or a term plus a particle), or a function-word pair.
    func admissible(_ text: String) -> Bool {
      !known.contains { $0.contains(text) || text.contains($0) }
        && !text.unicodeScalars.contains { Self.functionCharacters.contains($0) || $0.isASCII }
    }
    let keyness = Keyness(topicTokens: topicTokens, otherTokens: otherTokens)
    var out: [TermSuggestion] = []
    for (key, a) in inTopic where (articleCount[key] ?? 0) >= minArticles {
      let text = Self.string(key)
      guard admissible(text),
        let suggestion = keyness.suggestion(
          text, topicCount: a, otherCount: outTopic[key] ?? 0, topicArticles: articleCount[key] ?? 0)
      else { continue }
      out.append(suggestion)
    }
    out.sort(by: Self.ranking)
    // Pieces of longer units give way to the units, scored anew.
    let texts = articles.map {
      Text(
        scalars: Array(normalizer.normalize($0.title + "\n" + $0.text).scalars), positive: $0.labels.contains(topic.id))
    }
    var units: [TermSuggestion] = []
    var seenUnits = Set<String>()
    for s in out.prefix(limit * 4) {
      guard let unit = Self.extendedUnit(s.term, in: texts), seenUnits.insert(unit).inserted else { continue }
      guard unit != s.term else {
        units.append(s)
        continue
      }
      let counts = Self.counts(of: unit, in: texts)
      guard admissible(unit), counts.topicArticles >= minArticles,
        let suggestion = keyness.suggestion(
          unit, topicCount: counts.topic, otherCount: counts.other, topicArticles: counts.topicArticles)
      else { continue }
      units.append(suggestion)
    }
    units.sort(by: Self.ranking)
    // Drop an n-gram inside a longer candidate with nearly the same count (务院 in 国务院).
    var kept: [TermSuggestion] = []
    for s in units where kept.count < limit {
      let covered = units.contains {
        $0.term != s.term && $0.term.contains(s.term) && Double($0.topicCount) >= 0.8 * Double(s.topicCount)
      }
      if !covered { kept.append(s) }
    }
    return kept
  }

  /// Higher G² first; then longer, then in text order.
  static func ranking(_ a: TermSuggestion, _ b: TermSuggestion) -> Bool {
    a.logLikelihood != b.logLikelihood
      ? a.logLikelihood > b.logLikelihood
      : (a.term.count != b.term.count ? a.term.count > b.term.count : a.term < b.term)
  }

  /// An article's normalised scalars, and whether it is labelled with the topic.
  struct Text {
    var scalars: [UInt32]
    var positive: Bool
  }

  /// The longest string a piece is extended to, in characters.
  static let maxExtendedLength = 8

  /// The share of a candidate's topic occurrences that one neighbouring ideograph must reach
  /// for the candidate to count as a piece of a longer unit (with at least 3 occurrences).
  static let pieceShare = 0.8

  /// `term` extended, one character at a time, by the ideograph that follows (else precedes)
  /// nearly all of its occurrences in topic articles, while there is one; `term` itself when
  /// it is not a piece; nil when the string would grow past ``maxExtendedLength`` (a piece of
  /// a long phrase, not of a term).
  static func extendedUnit(_ term: String, in texts: [Text]) -> String? {
    var unit = term.unicodeScalars.map(\.value)
    while true {
      var left: [UInt32: Int] = [:]
      var right: [UInt32: Int] = [:]
      var occurrences = 0
      for text in texts where text.positive {
        forEachOccurrence(of: unit, in: text.scalars) { start in
          occurrences += 1
          if start > 0 { left[text.scalars[start - 1], default: 0] += 1 }
          let end = start + unit.count
          if end < text.scalars.count { right[text.scalars[end], default: 0] += 1 }
        }
      }
      guard occurrences >= 3 else { break }
      let next = dominant(right, of: occurrences)
      let previous = next == nil ? dominant(left, of: occurrences) : nil
      guard next != nil || previous != nil else { break }
      guard unit.count < maxExtendedLength else { return nil }
      if let next { unit.append(next) } else if let previous { unit.insert(previous, at: 0) }
    }
    return String(String.UnicodeScalarView(unit.compactMap(Unicode.Scalar.init)))
  }

  /// The neighbour that accounts for at least ``pieceShare`` of `occurrences`, when it is an
  /// ideograph that may stand in a term.
  static func dominant(_ neighbours: [UInt32: Int], of occurrences: Int) -> UInt32? {
    guard let (scalar, count) = neighbours.max(by: { $0.value < $1.value }),
      Double(count) >= pieceShare * Double(occurrences), isCandidateScalar(scalar),
      let s = Unicode.Scalar(scalar), !functionCharacters.contains(s)
    else { return nil }
    return scalar
  }

  /// Occurrences of `text` in topic and other articles, and the topic articles holding it.
  static func counts(of text: String, in texts: [Text]) -> (topic: Int, other: Int, topicArticles: Int) {
    let pattern = text.unicodeScalars.map(\.value)
    var topic = 0
    var other = 0
    var topicArticles = 0
    for t in texts {
      var n = 0
      forEachOccurrence(of: pattern, in: t.scalars) { _ in n += 1 }
      if t.positive {
        topic += n
        if n > 0 { topicArticles += 1 }
      } else {
        other += n
      }
    }
    return (topic, other, topicArticles)
  }

  /// Calls `body` with the start of every occurrence of `pattern` in `scalars`, overlapping
  /// ones included (as n-gram counting does).
  static func forEachOccurrence(of pattern: [UInt32], in scalars: [UInt32], _ body: (Int) -> Void) {
    guard let first = pattern.first, pattern.count <= scalars.count else { return }
    for start in 0...(scalars.count - pattern.count) where scalars[start] == first {
      if scalars[start..<(start + pattern.count)].elementsEqual(pattern) { body(start) }
    }
  }

  /// Whether `v` may stand in a candidate: a CJK ideograph of the basic plane.
  static func isCandidateScalar(_ v: UInt32) -> Bool {
    v <= 0xFFFF && v >= 0x3400 && NGramKeys.isWordScalar(v)
  }

  /// The 2×2 log-likelihood test of a string's topic and other counts.
  struct Keyness {
    var topicTokens: Int
    var otherTokens: Int

    /// The suggestion, or nil when the string is not more frequent than expected in the topic.
    func suggestion(_ text: String, topicCount a: Int, otherCount b: Int, topicArticles: Int) -> TermSuggestion? {
      let total = Double(topicTokens + otherTokens)
      let e1 = Double(topicTokens) * Double(a + b) / total
      let e2 = Double(otherTokens) * Double(a + b) / total
      guard Double(a) > e1 else { return nil }
      var g = Double(a) * log(Double(a) / e1)
      if b > 0 { g += Double(b) * log(Double(b) / e2) }
      return TermSuggestion(
        term: text, logLikelihood: 2 * g, topicCount: a, otherCount: b, topicArticles: topicArticles)
    }
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
      guard isCandidateScalar(v) else {
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
