import PolicyCore

/// The features of one article: counts over the feature space and the lexicon evidence.
public struct DocumentFeatures: Sendable {
  /// Counts per feature column (title occurrences multiplied by the title weight).
  public var counts: SparseVector
  /// Lexicon matches in the normalised title.
  public var titleMatches: [TermMatch]
  /// Lexicon matches in the normalised body.
  public var bodyMatches: [TermMatch]
  /// Lexicon mentions per topic (title and body): matches of terms whose weight is at least
  /// ``LexiconTerm/mentionWeight``.
  public var topicMentions: [Int]
  /// Length of title plus body in normalised scalars.
  public var length: Int
  /// Weighted lexicon evidence per topic.
  public var evidence: LexicalEvidence
}

/// How strongly an article's lexicon matches speak for each topic.
public struct LexicalEvidence: Hashable, Sendable {
  /// The measures, one block of one value per topic each (see ``Measure``), plus one block of
  /// working space for tallying paragraphs: a single allocation per article.
  private var values: [Float]
  /// The number of topics.
  public let topicCount: Int
  /// How many normalised characters ``weighted(_:)`` and ``distinctTerms(_:)`` were measured
  /// over: the whole article, or for an article whose body is longer than ``window``, the
  /// title plus the body's best window (0 when not set: the caller's length applies).
  public internal(set) var span = 0

  /// The longest stretch of body, in normalised characters, that ``weighted(_:)`` and
  /// ``distinctTerms(_:)`` measure. News and bulletin articles run from a few hundred to about
  /// 1,500 characters (the longest labelled article has 1,600), so they are measured whole.
  /// A longer document (a work report, a round-up of briefs) is measured, per topic, by the
  /// 2,000-character stretch of its body where that topic's terms weigh most: terms scattered
  /// over a 20,000-character report do not add up to a topic the report never dwells on, and
  /// the classifiers see evidence on the scale they were trained on.
  public static let window = 2000

  /// What is measured per topic.
  enum Measure: Int {
    case weighted, title, distinctTerms, peakParagraph, currentParagraph
  }

  init(topicCount t: Int) {
    topicCount = t
    values = [Float](repeating: 0, count: 5 * t)
  }

  subscript(_ measure: Measure, topic k: Int) -> Float {
    get { values[measure.rawValue * topicCount + k] }
    set { values[measure.rawValue * topicCount + k] = newValue }
  }

  /// Σ term weight over matches of topic `k` (title matches count `titleWeight` times).
  public func weighted(_ k: Int) -> Float { self[.weighted, topic: k] }
  /// Σ term weight over title matches only.
  public func title(_ k: Int) -> Float { self[.title, topic: k] }
  /// Number of distinct terms of topic `k` matched.
  public func distinctTerms(_ k: Int) -> Float { self[.distinctTerms, topic: k] }
  /// The largest Σ term weight of topic `k` within one paragraph of the body
  /// (line-separated): a topic a paragraph is about scores high even in a long round-up of
  /// unrelated items.
  public func peakParagraph(_ k: Int) -> Float { self[.peakParagraph, topic: k] }
}

/// Which patterns an article has matched so far: an epoch stamp per pattern, so starting a
/// new article costs nothing.
struct PatternMarks: Sendable {
  private var stamps: [UInt32] = []
  private var epoch: UInt32 = 0

  /// Forgets every mark (for `patterns` patterns).
  mutating func start(patterns: Int) {
    if stamps.count < patterns { stamps = [UInt32](repeating: 0, count: patterns) }
    epoch &+= 1
    if epoch == 0 {
      for i in stamps.indices { stamps[i] = 0 }
      epoch = 1
    }
  }

  /// Marks `pattern`; true when it was not marked yet.
  @inline(__always)
  mutating func mark(_ pattern: Int) -> Bool {
    if stamps[pattern] == epoch { return false }
    stamps[pattern] = epoch
    return true
  }
}

/// Lexicon mentions and evidence per topic, summed over an article's matches.
struct MatchTally {
  var mentions: [Int]
  var evidence: LexicalEvidence

  /// Tallies an article's title and body matches; `bodyLineBreaks` are the offsets of the
  /// body's line breaks (paragraph boundaries), the lengths are in normalised characters,
  /// `seen` scratch marks.
  init(
    matcher: TermMatcher, titleMatches: [TermMatch], bodyMatches: [TermMatch], bodyLineBreaks: [Int],
    titleLength: Int, bodyLength: Int, titleWeight: Float, seen: inout PatternMarks
  ) {
    mentions = [Int](repeating: 0, count: matcher.topicCount)
    evidence = LexicalEvidence(topicCount: matcher.topicCount)
    seen.start(patterns: matcher.patterns.count)
    add(titleMatches, isTitle: true, titleWeight: titleWeight, matcher: matcher, seen: &seen)
    add(bodyMatches, isTitle: false, titleWeight: titleWeight, matcher: matcher, seen: &seen)
    addParagraphPeaks(bodyMatches, lineBreaks: bodyLineBreaks, matcher: matcher)
    evidence.span = titleLength + min(bodyLength, LexicalEvidence.window)
    if bodyLength > LexicalEvidence.window {
      measureBestWindows(
        titleMatches: titleMatches, bodyMatches: bodyMatches, titleWeight: titleWeight, matcher: matcher,
        seen: &seen)
    }
  }

  private mutating func add(
    _ matches: [TermMatch], isTitle: Bool, titleWeight: Float, matcher: TermMatcher, seen: inout PatternMarks
  ) {
    for m in matches {
      let firstTime = seen.mark(m.pattern)
      for k in Int(matcher.weightStart[m.pattern])..<Int(matcher.weightStart[m.pattern + 1]) {
        let topic = Int(matcher.weightTopics[k])
        let weight = matcher.weightValues[k]
        if weight >= LexiconTerm.mentionWeight { mentions[topic] += 1 }
        let w = Float(weight)
        evidence[.weighted, topic: topic] += isTitle ? w * titleWeight : w
        if isTitle { evidence[.title, topic: topic] += w }
        if firstTime { evidence[.distinctTerms, topic: topic] += 1 }
      }
    }
  }

  /// For a body longer than ``LexicalEvidence/window``: sets each topic's weighted evidence
  /// and distinct terms to those of the title plus the window of body where the topic's terms
  /// weigh most. A window is a run of matches whose starts lie less than `window` characters
  /// apart; the earliest best one wins a tie.
  private mutating func measureBestWindows(
    titleMatches: [TermMatch], bodyMatches: [TermMatch], titleWeight: Float, matcher: TermMatcher,
    seen: inout PatternMarks
  ) {
    let t = evidence.topicCount
    var current = [Float](repeating: 0, count: t)
    var best = [Float](repeating: 0, count: t)
    var bestRange = [Range<Int>](repeating: 0..<0, count: t)
    var first = 0
    for (last, m) in bodyMatches.enumerated() {
      // Slide the window's start past matches that begin a window or more before this one.
      while bodyMatches[first].start <= m.start - LexicalEvidence.window {
        let p = bodyMatches[first].pattern
        for k in Int(matcher.weightStart[p])..<Int(matcher.weightStart[p + 1]) {
          current[Int(matcher.weightTopics[k])] -= Float(matcher.weightValues[k])
        }
        first += 1
      }
      for k in Int(matcher.weightStart[m.pattern])..<Int(matcher.weightStart[m.pattern + 1]) {
        let topic = Int(matcher.weightTopics[k])
        current[topic] += Float(matcher.weightValues[k])
        if current[topic] > best[topic] {
          best[topic] = current[topic]
          bestRange[topic] = first..<(last + 1)
        }
      }
    }
    for topic in 0..<t {
      evidence[.weighted, topic: topic] = titleWeight * evidence[.title, topic: topic] + best[topic]
      // Distinct terms of this topic in the title and the best window.
      seen.start(patterns: matcher.patterns.count)
      var distinct: Float = 0
      for m in titleMatches + bodyMatches[bestRange[topic]] where seen.mark(m.pattern) {
        let weights = Int(matcher.weightStart[m.pattern])..<Int(matcher.weightStart[m.pattern + 1])
        if weights.contains(where: { Int(matcher.weightTopics[$0]) == topic }) { distinct += 1 }
      }
      evidence[.distinctTerms, topic: topic] = distinct
    }
  }

  /// Sets ``LexicalEvidence/peakParagraph`` from the body's matches (in text order).
  private mutating func addParagraphPeaks(_ matches: [TermMatch], lineBreaks: [Int], matcher: TermMatcher) {
    let t = evidence.topicCount
    var next = 0  // the first line break after the current paragraph's start
    for m in matches {
      if next < lineBreaks.count && m.start > lineBreaks[next] {
        for k in 0..<t {
          evidence[.peakParagraph, topic: k] = max(
            evidence[.peakParagraph, topic: k], evidence[.currentParagraph, topic: k])
          evidence[.currentParagraph, topic: k] = 0
        }
        while next < lineBreaks.count && m.start > lineBreaks[next] { next += 1 }
      }
      for k in Int(matcher.weightStart[m.pattern])..<Int(matcher.weightStart[m.pattern + 1]) {
        evidence[.currentParagraph, topic: Int(matcher.weightTopics[k])] += Float(matcher.weightValues[k])
      }
    }
    for k in 0..<t {
      evidence[.peakParagraph, topic: k] = max(
        evidence[.peakParagraph, topic: k], evidence[.currentParagraph, topic: k])
      evidence[.currentParagraph, topic: k] = 0
    }
  }
}

/// The feature columns of a model: lexicon terms first, then learned character n-grams.
///
/// Column `j < termCount` is the term pattern `matcher.termPatterns[j]`; column
/// `termCount + k` is n-gram `ngrams.keys[k]`. Lexicon terms are counted from leftmost-longest
/// matches; n-grams from every position. Title occurrences count `titleWeight` times.
public struct FeatureSpace: Sendable {
  /// The lexicon matcher.
  public let matcher: TermMatcher
  /// The learned n-gram vocabulary.
  public let ngrams: NGramVocabulary
  /// How much an occurrence in the title counts relative to one in the body.
  public let titleWeight: Float
  /// The longest n-gram length counted.
  public let maxNGramLength: Int
  /// The counter of both vocabularies (decoding, automaton and n-gram loops per part).
  private let counter: FeatureCounter

  /// Creates a feature space.
  public init(
    matcher: TermMatcher, ngrams: NGramVocabulary = .empty, titleWeight: Float = 1,
    maxNGramLength: Int = 3
  ) {
    self.matcher = matcher
    self.ngrams = ngrams
    self.titleWeight = titleWeight
    self.maxNGramLength = maxNGramLength
    self.counter = FeatureCounter(matcher: matcher, ngrams: ngrams, maxLength: maxNGramLength)
  }

  /// Number of lexicon-term columns.
  public var termCount: Int { matcher.termPatterns.count }
  /// Total number of columns.
  public var count: Int { termCount + ngrams.count }

  /// A readable name for a column: the term or n-gram text.
  public func name(ofColumn column: Int) -> String {
    column < termCount
      ? matcher.patterns[matcher.termPatterns[column]].text
      : NGramKeys.string(ngrams.keys[column - termCount])
  }

  /// Computes an article's features.
  ///
  /// - Parameter scratch: reusable working memory; pass the same one across calls on a thread.
  public func features(title: String, text: String, scratch: inout FeatureScratch)
    -> DocumentFeatures
  {
    var title = title
    var text = text
    return title.withUTF8 { t in
      text.withUTF8 { b in
        guard let features = features(titleUTF8: t, textUTF8: b, scratch: &scratch) else {
          preconditionFailure("a String is valid UTF-8")
        }
        return features
      }
    }
  }

  /// Computes the features of an article given as UTF-8 bytes, reading each part once (see
  /// ``TextNormalizer`` for the normalisation applied). Returns nil when either part is not
  /// valid UTF-8.
  ///
  /// - Parameter scratch: reusable working memory; pass the same one across calls on a thread.
  public func features(
    titleUTF8: UnsafeBufferPointer<UInt8>, textUTF8: UnsafeBufferPointer<UInt8>,
    scratch: inout FeatureScratch
  ) -> DocumentFeatures? {
    scratch.prepare(columns: count)
    let offset = Int32(termCount)
    guard
      let title = counter.count(
        titleUTF8, matcher: matcher, columnOffset: offset, weight: titleWeight, scratch: &scratch),
      let body = counter.count(textUTF8, matcher: matcher, columnOffset: offset, weight: 1, scratch: &scratch)
    else {
      scratch.reset()
      return nil
    }
    let tally = MatchTally(
      matcher: matcher, titleMatches: title.matches, bodyMatches: body.matches, bodyLineBreaks: scratch.lineBreaks,
      titleLength: title.length, bodyLength: body.length, titleWeight: titleWeight, seen: &scratch.seen)
    scratch.withAccumulator { accumulator in
      for m in title.matches {
        let column = matcher.featureIndexOfPattern[m.pattern]
        if column >= 0 { accumulator.add(Int32(column), titleWeight) }
      }
      for m in body.matches {
        let column = matcher.featureIndexOfPattern[m.pattern]
        if column >= 0 { accumulator.add(Int32(column), 1) }
      }
    }
    return DocumentFeatures(
      counts: scratch.harvest(), titleMatches: title.matches, bodyMatches: body.matches,
      topicMentions: tally.mentions, length: title.length + body.length, evidence: tally.evidence)
  }
}

/// Reusable working memory for counting features: a dense accumulator plus the list of
/// touched columns, so counting costs nothing per untouched column.
///
/// One extra column past the last, the *sink*, takes additions that count for nothing (an
/// n-gram absent from the vocabulary), so the hot loop adds without a branch; it is never
/// harvested.
public struct FeatureScratch: Sendable {
  private var dense: [Float] = []
  /// Columns touched so far, in order; room for every column, so adding never grows it.
  private var touched: [Int32] = []
  private var touchedCount = 0
  private var sink = -1
  /// Patterns matched in the current article.
  var seen = PatternMarks()
  /// The per-scalar table entries of the text being counted (reused between passes).
  private var entryBuffer: [UInt32] = []
  /// The line-break offsets of the last part counted (its paragraph boundaries).
  var lineBreaks: [Int] = []
  /// Working space for a part's raw (overlapping) lexicon matches.
  var rawMatches: [TermMatch] = []
  /// Working space for the positions where a part's lexicon scan may leave its shallow state.
  var starts: [Int32] = []

  /// Creates empty scratch space.
  public init() {}

  mutating func prepare(columns: Int) {
    if dense.count < columns + 1 {
      dense = [Float](repeating: 0, count: columns + 1)
      // One slot more than there are columns (the sink included): an addition writes its
      // column to the touched list before knowing whether it is new, so once every column has
      // been touched the next addition writes one past the last.
      touched = [Int32](repeating: 0, count: columns + 2)
    }
    sink = columns
    touchedCount = 0
  }

  /// The accumulator's storage, lent for a loop of additions: plain pointers and a count of
  /// touched columns that the loop keeps in a register (no copy-on-write checks per addition,
  /// and no count read and written in memory each time).
  struct Accumulator {
    let dense: UnsafeMutablePointer<Float>
    let touched: UnsafeMutablePointer<Int32>
    var touchedCount: Int
    /// The touched list's length, for debug builds' bounds check.
    let touchedCapacity: Int

    /// Adds `value` (positive) to `column`, without a branch: the column is always written to
    /// the touched list, which only advances on a first touch.
    @inline(__always)
    mutating func add(_ column: Int32, _ value: Float) {
      let c = Int(truncatingIfNeeded: column)
      let old = dense[c]
      assert(touchedCount < touchedCapacity, "touched list overflow")
      touched[touchedCount] = column
      touchedCount &+= old == 0 ? 1 : 0
      dense[c] = old + value
    }
  }

  /// Runs `body` with the accumulator (see ``Accumulator``).
  @inline(__always)
  mutating func withAccumulator(_ body: (inout Accumulator) -> Void) {
    var count = touchedCount
    dense.withUnsafeMutableBufferPointer { d in
      touched.withUnsafeMutableBufferPointer { t in
        guard let dense = d.baseAddress, let touched = t.baseAddress else { return }
        var accumulator = Accumulator(dense: dense, touched: touched, touchedCount: count, touchedCapacity: t.count)
        body(&accumulator)
        count = accumulator.touchedCount
      }
    }
    touchedCount = count
  }

  /// Hands out the entry buffer, with room for at least `minimumCapacity` entries; give it
  /// back with ``returnEntryBuffer(_:)``.
  mutating func takeEntryBuffer(minimumCapacity: Int) -> [UInt32] {
    var buffer: [UInt32] = []
    swap(&buffer, &entryBuffer)
    if buffer.count < minimumCapacity {
      buffer = [UInt32](repeating: 0, count: max(minimumCapacity, buffer.count * 2))
    }
    return buffer
  }

  /// Takes back the buffer handed out by ``takeEntryBuffer(minimumCapacity:)``.
  mutating func returnEntryBuffer(_ buffer: [UInt32]) {
    entryBuffer = buffer
  }

  /// Clears the accumulator without reading it.
  mutating func reset() {
    for c in touched[0..<touchedCount] { dense[Int(c)] = 0 }
    touchedCount = 0
  }

  /// The accumulated counts, in first-touched column order (the sink left out), and a reset
  /// accumulator.
  mutating func harvest() -> SparseVector {
    var indices: [Int32] = []
    var values: [Float] = []
    indices.reserveCapacity(touchedCount)
    values.reserveCapacity(touchedCount)
    for c in touched[0..<touchedCount] {
      if Int(c) != sink {
        indices.append(c)
        values.append(dense[Int(c)])
      }
      dense[Int(c)] = 0
    }
    touchedCount = 0
    return SparseVector(indices: indices, values: values)
  }
}

extension FeatureSpace {
  /// Every n-gram of an article (not only vocabulary ones) with its title-weighted count:
  /// the raw material for learning a vocabulary.
  public func allNGramCounts(title: String, text: String) -> [UInt64: Float] {
    var counts: [UInt64: Float] = [:]
    let normalizer = TextNormalizer()
    for (part, weight) in [(title, titleWeight), (text, Float(1))] {
      let scalars = normalizer.normalize(part).scalars
      scalars.withUnsafeBufferPointer { buffer in
        NGramKeys.forEach(in: buffer, range: 0..<buffer.count, maxLength: maxNGramLength) { key in
          counts[key, default: 0] += weight
        }
      }
    }
    return counts
  }
}
