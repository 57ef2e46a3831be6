import Foundation
import PolicyCore
import PolicyFeatures

/// A term behind a label: its text, how often it occurs and how much it contributed.
public struct Evidence: Hashable, Sendable {
  /// The lexicon term or n-gram.
  public var term: String
  /// Occurrences in the article (title occurrences count `titleWeight` times).
  public var count: Float
  /// Contribution to the topic's margin.
  public var contribution: Float
}

/// The tagging result of one article.
public struct TagResult: Sendable {
  /// Topic indices labelled, in topic order.
  public var labels: [Int]
  /// Score per topic in (0, 1); 0.5 is the decision boundary.
  public var scores: [Float]
  /// Top contributing terms per labelled topic (parallel to `labels`).
  public var evidence: [[Evidence]]
  /// Lexicon mentions per topic.
  public var mentions: [Int]
  /// Article length in normalised characters.
  public var length: Int
  /// The lexicon matches (title, then body; patterns index `patterns`).
  var matches: (title: [TermMatch], body: [TermMatch])
  /// The matcher's patterns (shared storage, not a copy).
  let patterns: [MatcherPattern]

  /// Mentions of each lexicon term per topic (`termMentions[topic][term]`), for reports.
  /// Computed when asked: tagging alone does not need it.
  public var termMentions: [[String: Int]] {
    var out = [[String: Int]](repeating: [:], count: mentions.count)
    for m in matches.title + matches.body {
      let pattern = patterns[m.pattern]
      for tw in pattern.topicWeights where tw.weight >= LexiconTerm.mentionWeight {
        out[tw.topic][pattern.text, default: 0] += 1
      }
    }
    return out
  }
}

/// Labels articles with a model. Scores of a block of articles are one BLAS `sgemm` of the
/// block's TF-IDF rows (restricted to the columns the block uses) against the model's
/// features × (2·topics) weight matrix.
public struct Tagger: Sendable {
  /// The model.
  public let model: TopicModel
  /// Which classifier decides.
  public let kind: ClassifierKind
  /// How many evidence terms each label carries.
  public var evidenceCount = 5
  /// Articles per BLAS block. Rows are sparse, so a block's dense matrix spans the union of
  /// its articles' columns; small blocks keep that union (and the wasted multiplications by
  /// zero) small. Measured best between 4 and 16 on this corpus.
  public var blockSize = 8
  /// The score columns this tagger needs: naive Bayes and cosine scores of the topics whose
  /// decision uses them (for example, the ensemble decides topics without labels by lexicon
  /// evidence alone, so their columns are not computed).
  private let outputs: [(isNB: Bool, topic: Int)]
  /// Feature rows of the needed weights, features × ``outputStride``, row-major; the columns
  /// past `outputs.count` are zero.
  private let combined: [Float]
  /// The row length of ``combined``: outputs.count rounded up to whole `SIMD8<Float>`s, so a
  /// block gathers each of its columns' weights with whole vector loads.
  private let outputStride: Int
  /// Per topic, each feature's contribution weight for explanations (see
  /// ``explain(topic:row:counts:)``), topic-major: topic `k`'s are
  /// `explainWeights[k·features ..< (k+1)·features]`, contiguous where the model's matrices
  /// interleave topics.
  private let explainWeights: [Float]
  /// Per topic, whether each lexicon-term column is a term of that topic's own lexicon,
  /// topic-major (`ownTerms[k·termCount + f]`): explanations list a label's own terms before
  /// the terms of other lexicons that the trained classifiers also weigh for it.
  private let ownTerms: [Bool]

  /// Creates a tagger.
  public init(model: TopicModel, kind: ClassifierKind? = nil) {
    self.model = model
    let kind = kind ?? model.metadata.defaultClassifier
    self.kind = kind
    let t = model.topicCount
    let lexicalRule = model.metadata.calibration.lexicalStack.count == LexicalFeatures.count + 1
    var outputs: [(isNB: Bool, topic: Int)] = []
    for k in 0..<t {
      let trained = model.metadata.topics[k].positives > 0
      let usesNB = trained && kind != .cosine
      let usesCosine = kind == .cosine || (trained && kind == .ensemble) || (!trained && !lexicalRule)
      if usesNB { outputs.append((true, k)) }
      if usesCosine { outputs.append((false, k)) }
    }
    let stride = (outputs.count + 7) / 8 * 8
    var w = [Float](repeating: 0, count: model.features.count * stride)
    for f in 0..<model.features.count {
      for (j, o) in outputs.enumerated() {
        w[f * stride + j] = o.isNB ? model.nbWeights[f * t + o.topic] : model.prototypes[f * t + o.topic]
      }
    }
    self.outputs = outputs
    self.combined = w
    self.outputStride = stride
    let features = model.features.count
    var explainWeights = [Float](repeating: 0, count: t * features)
    for k in 0..<t {
      let (a, b) = Self.explainCoefficients(model: model, kind: kind, topic: k)
      for f in 0..<features {
        explainWeights[k * features + f] = a * model.nbWeights[f * t + k] + b * model.prototypes[f * t + k]
      }
    }
    self.explainWeights = explainWeights
    let matcher = model.features.matcher
    var ownTerms = [Bool](repeating: false, count: t * matcher.termPatterns.count)
    for (f, pattern) in matcher.termPatterns.enumerated() {
      for weight in matcher.patterns[pattern].topicWeights {
        ownTerms[weight.topic * matcher.termPatterns.count + f] = true
      }
    }
    self.ownTerms = ownTerms
  }

  /// How topic `k`'s explanations weigh a feature: contribution = a·(naive Bayes weight) +
  /// b·(prototype weight), times the feature value, with `a` and `b` from the calibration of
  /// the classifier that decides.
  private static func explainCoefficients(model: TopicModel, kind: ClassifierKind, topic k: Int) -> (Float, Float) {
    let c = model.metadata.calibration
    let trained = model.metadata.topics[k].positives > 0
    switch (kind, trained) {
    case (.cosine, _), (_, false): return (0, 1 / c.cosine[k].scale)
    case (.nb, true): return (1 / c.nb[k].scale, 0)
    case (.ensemble, true):
      let w = c.stack[k].count > 2 ? (c.stack[k][1], c.stack[k][2]) : (Float(0.5), Float(0.5))
      return (w.0 / c.nb[k].scale, w.1 / c.cosine[k].scale)
    }
  }

  /// Working memory for tagging on one thread.
  public struct Scratch: Sendable {
    var features = FeatureScratch()
    /// Per feature column, its position among the block's columns (-1 between blocks).
    var columnSlot: [Int32] = []
    var columnBits: [UInt64] = []
    /// The block's columns, in increasing order (the first of them).
    var columns: [Int32] = []
    /// The block's dense rows (articles × the block's columns); all zero between blocks.
    var blockRows: [Float] = []
    /// The weights of the block's columns (columns × outputs).
    var blockWeights: [Float] = []
    /// The product of the two (articles × outputs).
    var product: [Float] = []
    /// Creates scratch space.
    public init() {}
  }

  /// Tags a block of articles (title, text).
  public func tag(_ articles: [(title: String, text: String)], scratch: inout Scratch) -> [TagResult] {
    tag(documents: articles.map { features(title: $0.title, text: $0.text, scratch: &scratch) }, scratch: &scratch)
  }

  /// The features of an article, computed in `scratch`.
  public func features(title: String, text: String, scratch: inout Scratch) -> DocumentFeatures {
    model.features.features(title: title, text: text, scratch: &scratch.features)
  }

  /// The features of an article given as UTF-8 bytes, or nil when they are not valid UTF-8.
  public func features(
    titleUTF8: UnsafeBufferPointer<UInt8>, textUTF8: UnsafeBufferPointer<UInt8>, scratch: inout Scratch
  ) -> DocumentFeatures? {
    model.features.features(titleUTF8: titleUTF8, textUTF8: textUTF8, scratch: &scratch.features)
  }

  /// Tags a block of articles from their features (see ``features(title:text:scratch:)``).
  public func tag(documents docs: [DocumentFeatures], scratch: inout Scratch) -> [TagResult] {
    // Loops by index rather than `map` closures: those copied (retained and released) every
    // document's arrays, twice an article.
    var rows: [SparseVector] = []
    rows.reserveCapacity(docs.count)
    for r in docs.indices { rows.append(model.vector(counts: docs[r].counts)) }
    let t = model.topicCount
    var nb = [Float](repeating: 0, count: rows.count * t)
    var cos = [Float](repeating: 0, count: rows.count * t)
    for start in stride(from: 0, to: rows.count, by: max(1, blockSize)) {
      let end = min(start + max(1, blockSize), rows.count)
      scoreBlock(rows[start..<end], nb: &nb, cosine: &cos, at: start * t, scratch: &scratch)
    }
    var results: [TagResult] = []
    results.reserveCapacity(docs.count)
    for r in docs.indices {
      results.append(
        result(doc: docs[r], row: rows[r], nb: nb[(r * t)..<((r + 1) * t)], cosine: cos[(r * t)..<((r + 1) * t)]))
    }
    return results
  }

  /// Raw naive Bayes and cosine scores of TF-IDF rows (rows × topics each), through BLAS.
  /// Scores the tagger's classifier does not use are left at 0 (naive Bayes: the bias).
  public func rawScores(_ rows: [SparseVector], scratch: inout Scratch) -> (nb: [Float], cosine: [Float]) {
    let t = model.topicCount
    var nb = [Float](repeating: 0, count: rows.count * t)
    var cos = [Float](repeating: 0, count: rows.count * t)
    scoreBlock(rows[...], nb: &nb, cosine: &cos, at: 0, scratch: &scratch)
    return (nb, cos)
  }

  /// Writes the raw scores of a block of rows (row-major, rows × topics) to `nb` and `cosine`
  /// from element `offset` on. The block's matrices live in `scratch`: scoring allocates
  /// nothing once they have grown.
  func scoreBlock(
    _ rows: ArraySlice<SparseVector>, nb: inout [Float], cosine cos: inout [Float], at offset: Int,
    scratch: inout Scratch
  ) {
    let t = model.topicCount
    let m = rows.count
    let features = model.features.count
    if scratch.columnSlot.count < features {
      scratch.columnSlot = [Int32](repeating: -1, count: features)
      scratch.columnBits = [UInt64](repeating: 0, count: (features + 63) / 64)
      scratch.columns = [Int32](repeating: 0, count: features)
    }
    let n = outputs.count
    let stride = outputStride
    // The block uses at most as many columns as its rows hold entries.
    let most = min(rows.reduce(0) { $0 + $1.indices.count }, features)
    if scratch.blockRows.count < m * most { scratch.blockRows = [Float](repeating: 0, count: m * most * 2) }
    if scratch.blockWeights.count < most * stride {
      scratch.blockWeights = [Float](repeating: 0, count: most * stride * 2)
    }
    if scratch.product.count < m * n { scratch.product = [Float](repeating: 0, count: m * n) }
    scratch.columnBits.withUnsafeMutableBufferPointer { bits in
      scratch.columnSlot.withUnsafeMutableBufferPointer { slot in
        scratch.columns.withUnsafeMutableBufferPointer { columns in
          // The block's columns in increasing order (a bitmap, not a sort): each article's
          // score then sums its own features in column order whatever its block mates, so
          // scores do not depend on how articles are grouped.
          for row in rows {
            for i in row.indices { bits[Int(i) &>> 6] |= 1 &<< UInt64(i & 63) }
          }
          var u = 0
          for w in bits.indices where bits[w] != 0 {
            var word = bits[w]
            while word != 0 {
              let i = w &<< 6 &+ word.trailingZeroBitCount
              slot[i] = Int32(truncatingIfNeeded: u)
              columns[u] = Int32(truncatingIfNeeded: i)
              u &+= 1
              word &= word &- 1
            }
            bits[w] = 0
          }
          guard u > 0 else {
            // No features in the whole block: every raw score is 0.
            for i in 0..<(m * n) { scratch.product[i] = 0 }
            return
          }
          scratch.blockRows.withUnsafeMutableBufferPointer { a in
            for (r, row) in rows.enumerated() {
              for (i, v) in zip(row.indices, row.values) { a[r &* u &+ Int(slot[Int(i)])] = v }
            }
            // Each column's weights are one row of `combined`: whole vectors, no copy call.
            combined.withUnsafeBytes { all in
              scratch.blockWeights.withUnsafeMutableBytes { b in
                let rowBytes = stride * MemoryLayout<Float>.stride
                let vectorBytes = MemoryLayout<SIMD8<Float>>.stride
                for c in 0..<u {
                  let source = Int(columns[c]) &* rowBytes
                  for byte in Swift.stride(from: 0, to: rowBytes, by: vectorBytes) {
                    let v = all.loadUnaligned(fromByteOffset: source &+ byte, as: SIMD8<Float>.self)
                    b.storeBytes(of: v, toByteOffset: c &* rowBytes &+ byte, as: SIMD8<Float>.self)
                  }
                }
              }
            }
            scratch.blockWeights.withUnsafeBufferPointer { b in
              scratch.product.withUnsafeMutableBufferPointer { c in
                BLAS.gemm(UnsafeBufferPointer(a), b, into: c, m: m, k: u, n: n, ldb: stride)
              }
            }
            // Leave the dense rows all zero for the next block.
            for (r, row) in rows.enumerated() {
              for i in row.indices { a[r &* u &+ Int(slot[Int(i)])] = 0 }
            }
          }
          for c in 0..<u { slot[Int(columns[c])] = -1 }
        }
      }
    }
    for r in 0..<m {
      for (j, o) in outputs.enumerated() {
        let value = scratch.product[r * n + j]
        if o.isNB { nb[offset + r * t + o.topic] = value } else { cos[offset + r * t + o.topic] = value }
      }
      for k in 0..<t { nb[offset + r * t + k] += model.nbBias[k] }
    }
  }

  func result(
    doc: borrowing DocumentFeatures, row: borrowing SparseVector, nb: ArraySlice<Float>, cosine: ArraySlice<Float>
  )
    -> TagResult
  {
    let t = model.topicCount
    let margins = model.margins(
      nb: nb, cosine: cosine, evidence: doc.evidence, length: doc.length, kind: kind)
    let labels = (0..<t).filter { margins[$0] >= 0 }
    let scores = margins.map { 1 / (1 + expf(-$0)) }
    let evidence = labels.map { k in explain(topic: k, row: row, counts: doc.counts) }
    return TagResult(
      labels: labels, scores: scores, evidence: evidence, mentions: doc.topicMentions, length: doc.length,
      matches: (doc.titleMatches, doc.bodyMatches), patterns: model.features.matcher.patterns)
  }

  /// The features that pushed topic `k` up the most: the topic's own lexicon terms by
  /// contribution, then other lexicons' terms (a trained classifier learns that, say, 深改委
  /// comes with environment items, but a reader looks for the topic's words first), then
  /// learned n-grams that sit inside no listed item, contain no listed term and hold no digit
  /// (n-gram keys fold every digit to `0`, so `00项` would stand for `12项` or `35项`: not
  /// text a reader can find).
  func explain(topic k: Int, row: SparseVector, counts: SparseVector) -> [Evidence] {
    guard evidenceCount > 0 else { return [] }
    // Keep the best few of each kind with a bounded insertion (rows hold hundreds of features).
    let termCount = model.features.termCount
    let features = model.features.count
    var terms = TopK(capacity: evidenceCount)
    var otherTerms = TopK(capacity: evidenceCount)
    var ngrams = TopK(capacity: evidenceCount * 4)
    explainWeights.withUnsafeBufferPointer { all in
      let weights = UnsafeBufferPointer(rebasing: all[(k * features)..<((k + 1) * features)])
      row.indices.withUnsafeBufferPointer { indices in
        row.values.withUnsafeBufferPointer { values in
          for n in 0..<indices.count {
            let f = Int(indices[n])
            let contribution = values[n] * weights[f]
            guard contribution > 0 else { continue }
            if f >= termCount {
              ngrams.insert(n, f, contribution)
            } else if ownTerms[k * termCount + f] {
              terms.insert(n, f, contribution)
            } else {
              otherTerms.insert(n, f, contribution)
            }
          }
        }
      }
    }
    // Lexicon terms first (they are what a reader recognises; the topic's own before other
    // lexicons'), then learned n-grams that are not part of a term already listed. Only the
    // winners are named: looking up a column's text costs more than scoring it.
    var items: [Evidence] = []
    for (n, f, contribution) in (terms.items + otherTerms.items).prefix(evidenceCount) {
      items.append(
        Evidence(term: model.features.name(ofColumn: f), count: counts.values[n], contribution: contribution))
    }
    let listedTerms = items.count
    for (n, f, contribution) in ngrams.items where items.count < evidenceCount {
      let name = model.features.name(ofColumn: f)
      guard Self.showsNGram(name, after: items, termCount: listedTerms) else { continue }
      items.append(Evidence(term: name, count: counts.values[n], contribution: contribution))
    }
    return items
  }

  /// Whether a learned n-gram is worth listing after `items`, the first `termCount` of which
  /// are lexicon terms: it is two characters or more (a single character such as `审` counts
  /// in the score but tells a reader nothing), holds no (folded) digit, sits inside no listed
  /// item and contains no listed lexicon term (a longer n-gram around a listed n-gram is kept:
  /// `去杠杆` after `杠杆`).
  static func showsNGram(_ name: String, after items: [Evidence], termCount: Int) -> Bool {
    guard name.unicodeScalars.count >= 2, !name.utf8.contains(UInt8(ascii: "0")) else { return false }
    for (i, item) in items.enumerated() {
      if item.term.containsUTF8(name) { return false }
      if i < termCount, name.containsUTF8(item.term) { return false }
    }
    return true
  }

  /// The `capacity` largest (position, column, contribution) triples seen, largest first
  /// (ties: lower column first).
  struct TopK {
    let capacity: Int
    var items: [(Int, Int, Float)] = []

    init(capacity: Int) {
      self.capacity = capacity
      items.reserveCapacity(capacity + 1)
    }

    mutating func insert(_ n: Int, _ f: Int, _ value: Float) {
      if items.count == capacity, let last = items.last, !(value > last.2 || (value == last.2 && f < last.1)) {
        return
      }
      var at = items.count
      while at > 0 && (value > items[at - 1].2 || (value == items[at - 1].2 && f < items[at - 1].1)) { at -= 1 }
      items.insert((n, f, value), at: at)
      if items.count > capacity { items.removeLast() }
    }
  }

}
