/// A sparse vector: parallel arrays of distinct feature indices and their values.
///
/// Vectors built with ``init(unsorted:)`` have increasing indices; vectors straight from
/// feature counting keep first-seen order (sorting them would cost more than every use of the
/// order).
public struct SparseVector: Hashable, Sendable {
  /// Feature indices, distinct.
  public var indices: [Int32]
  /// The value of each listed feature.
  public var values: [Float]

  /// Creates a sparse vector; `indices` must be distinct.
  public init(indices: [Int32] = [], values: [Float] = []) {
    precondition(indices.count == values.count, "indices and values differ in length")
    self.indices = indices
    self.values = values
  }

  /// Builds a vector from unsorted (index, value) pairs, summing duplicates.
  public init(unsorted pairs: [(Int32, Float)]) {
    let sorted = pairs.sorted { $0.0 < $1.0 }
    var indices: [Int32] = []
    var values: [Float] = []
    indices.reserveCapacity(sorted.count)
    values.reserveCapacity(sorted.count)
    for (i, v) in sorted {
      if let last = indices.last, last == i {
        values[values.count - 1] += v
      } else {
        indices.append(i)
        values.append(v)
      }
    }
    self.init(indices: indices, values: values)
  }

  /// Number of stored entries.
  public var count: Int { indices.count }

  /// The Euclidean norm.
  public var norm: Float {
    var s: Float = 0
    for v in values { s += v * v }
    return s.squareRoot()
  }

  /// Dot product with a dense vector.
  public func dot(_ dense: [Float]) -> Float {
    var s: Float = 0
    for (i, v) in zip(indices, values) { s += v * dense[Int(i)] }
    return s
  }
}
