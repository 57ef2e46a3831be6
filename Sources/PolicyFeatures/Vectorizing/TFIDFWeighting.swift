import Foundation

/// How raw counts become TF-IDF weights.
///
/// For a document d and feature t with count c(t,d), over a fitted corpus of n documents of
/// which df(t) contain t:
///
/// ```
/// tf(t,d)  = c(t,d)                 (raw)
///          = 1 + ln c(t,d)          (sublinear; 0 when c = 0)
/// idf(t)   = ln((1 + n) / (1 + df(t))) + 1      (smoothed, as scikit-learn's smooth_idf)
/// w(t,d)   = tf(t,d) · idf(t),  then the row is divided by its L2 norm
/// ```
///
/// The "+1" inside the logarithm acts as one extra document containing every feature, so no
/// idf is infinite; the "+1" outside keeps features present in every document from vanishing.
public struct TFIDFWeighting: Hashable, Sendable, Codable {
  /// How term frequency is computed from a count.
  public enum TermFrequency: String, Hashable, Sendable, Codable, CaseIterable {
    case raw, sublinear
  }

  /// The term-frequency rule.
  public var termFrequency: TermFrequency
  /// Inverse document frequency per feature.
  public var idf: [Float]

  /// Creates a weighting from known idf values.
  public init(termFrequency: TermFrequency = .sublinear, idf: [Float]) {
    self.termFrequency = termFrequency
    self.idf = idf
  }

  /// Fits idf from document frequencies over `documentCount` documents.
  public init(
    termFrequency: TermFrequency = .sublinear, documentFrequencies: [Int], documentCount: Int
  ) {
    let n = Double(documentCount)
    self.termFrequency = termFrequency
    self.idf = documentFrequencies.map { Float(log((1 + n) / (1 + Double($0))) + 1) }
  }

  /// The term frequency of a count.
  @inline(__always)
  public func tf(_ count: Float) -> Float {
    switch termFrequency {
    case .raw: return count
    case .sublinear: return count > 0 ? 1 + logf(count) : 0
    }
  }

  /// Weights a sparse count vector and L2-normalises it (a zero vector stays zero).
  public func transform(_ counts: SparseVector) -> SparseVector {
    var out = counts
    var sum: Float = 0
    for k in out.values.indices {
      let w = tf(out.values[k]) * idf[Int(out.indices[k])]
      out.values[k] = w
      sum += w * w
    }
    if sum > 0 {
      let inv = 1 / sum.squareRoot()
      for k in out.values.indices { out.values[k] *= inv }
    }
    return out
  }

  /// Lays a batch of sparse rows out as a dense row-major matrix (`rows.count` × `columns`),
  /// ready for BLAS.
  public static func denseMatrix(_ rows: [SparseVector], columns: Int) -> [Float] {
    var m = [Float](repeating: 0, count: rows.count * columns)
    for (r, row) in rows.enumerated() {
      for (i, v) in zip(row.indices, row.values) { m[r * columns + Int(i)] = v }
    }
    return m
  }
}
