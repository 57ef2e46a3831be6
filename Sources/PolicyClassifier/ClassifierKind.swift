/// The classifiers a model carries.
public enum ClassifierKind: String, CaseIterable, Sendable, Codable {
  /// Multinomial naive Bayes, one-vs-rest per topic.
  case nb
  /// Cosine similarity to topic prototypes (lexicon prototype blended with a Rocchio centroid).
  case cosine
  /// The mean of both classifiers' calibrated margins (the default).
  case ensemble
}
