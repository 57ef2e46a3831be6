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
    case .sublinear: return Self.sublinearTable.withUnsafeBufferPointer { Self.sublinear(count, table: $0) }
    }
  }

  /// `1 + ln c` (0 for c ≤ 0). Counts are mostly small whole numbers (title occurrences count
  /// a whole number of times too): those are looked up in `table` (``sublinearTable``) rather
  /// than taking a logarithm.
  @inline(__always)
  static func sublinear(_ c: Float, table: UnsafeBufferPointer<Float>) -> Float {
    if c >= 0 && c < Float(table.count), Float(Int(c)) == c { return table[Int(c)] }
    return c > 0 ? 1 + logf(c) : 0
  }

  /// `1 + ln c` for c = 0..<64 (0 for c = 0), computed as ``tf(_:)`` would.
  static let sublinearTable: [Float] = (0..<64).map { $0 > 0 ? 1 + logf(Float($0)) : 0 }

  /// Weights a sparse count vector and L2-normalises it (a zero vector stays zero).
  ///
  /// With a `blockBoundary`, columns below it and columns from it on are two feature families
  /// (lexicon terms, learned n-grams) normalised separately, each to norm 1/√2 when both are
  /// present (to 1 when only one is), so the lexicon part of a row is a true cosine direction
  /// however much n-gram mass the article has.
  public func transform(_ counts: SparseVector, blockBoundary: Int = .max) -> SparseVector {
    let n = counts.values.count
    var values = [Float](repeating: 0, count: n)
    var low: Float = 0
    var high: Float = 0
    let boundary = Int32(clamping: blockBoundary)
    let sublinear = termFrequency == .sublinear
    let table = Self.sublinearTable
    // Unchecked loops: this runs for every feature of every article tagged.
    counts.indices.withUnsafeBufferPointer { indices in
      counts.values.withUnsafeBufferPointer { counts in
        idf.withUnsafeBufferPointer { idf in
          table.withUnsafeBufferPointer { table in
            values.withUnsafeMutableBufferPointer { out in
              for k in 0..<n {
                let c = counts[k]
                let tf = sublinear ? Self.sublinear(c, table: table) : c
                let w = tf * idf[Int(indices[k])]
                out[k] = w
                if indices[k] < boundary { low += w * w } else { high += w * w }
              }
              let both: Float = low > 0 && high > 0 ? Float(0.5).squareRoot() : 1
              let invLow = low > 0 ? both / low.squareRoot() : 0
              let invHigh = high > 0 ? both / high.squareRoot() : 0
              for k in 0..<n { out[k] *= indices[k] < boundary ? invLow : invHigh }
            }
          }
        }
      }
    }
    return SparseVector(indices: counts.indices, values: values)
  }
}
