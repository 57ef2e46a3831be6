import PolicyFeatures

/// A hand-labelled training example.
public struct LabelledArticle: Hashable, Sendable {
  /// Stable id (used for fold assignment).
  public var id: String
  /// Headline.
  public var title: String
  /// Body.
  public var text: String
  /// Topic ids.
  public var labels: [String]

  /// Creates an example.
  public init(id: String, title: String, text: String, labels: [String]) {
    self.id = id
    self.title = title
    self.text = text
    self.labels = labels
  }
}

/// An example with its features precomputed once, reused across folds.
struct PreparedDocument {
  var id: String
  var termCounts: SparseVector
  var ngramCounts: [UInt64: Float]
  var labels: Set<Int>
  var length: Int
  var evidence: LexicalEvidence
}
