/// Why training, evaluation or a model file failed.
public enum ClassifierError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A smoothing parameter that is not positive.
  case invalidSmoothing(Double)
  /// A training setting out of its range (the setting and what it must be).
  case invalidSetting(String, reason: String)
  /// Too few labelled articles to train or cross-validate.
  case notEnoughData(articles: Int, needed: Int)
  /// A label names no topic of the lexicons.
  case unknownLabel(String, article: String, known: [String])
  /// The file does not start with the model magic bytes.
  case notAModel(file: String)
  /// The model was written by a newer format version.
  case unsupportedVersion(file: String, found: UInt32, supported: UInt32)
  /// The model was written in an older format whose decision rules this program no longer
  /// computes the same way.
  case outdatedVersion(file: String, found: UInt32, current: UInt32)
  /// The file ends early or its checksum does not match.
  case corrupt(file: String, reason: String)
  /// The model was trained with other lexicons than the ones loaded now.
  case lexiconMismatch(file: String, model: String, current: String)
  /// The model file could not be read or written.
  case io(file: String, reason: String)
  /// Fewer folds than 2, or more folds than labelled articles.
  case invalidFolds(Int, articles: Int)

  public var description: String {
    switch self {
    case .invalidSmoothing(let a): return "smoothing alpha must be > 0 (got \(a))"
    case .invalidSetting(let setting, let reason): return "\(setting) \(reason)"
    case .notEnoughData(let n, let needed):
      return "need at least \(needed) labelled articles, got \(n)"
    case .unknownLabel(let label, let article, let known):
      return "article \(article): label '\(label)' is not a topic (known: \(known.joined(separator: ", ")))"
    case .notAModel(let file): return "\(file): not a policy-topics model file"
    case .unsupportedVersion(let file, let found, let supported):
      return
        "\(file): model format version \(found) is newer than this program supports (\(supported)); upgrade policy-topics"
    case .outdatedVersion(let file, let found, let current):
      return
        "\(file): model format version \(found) is older than this program's (\(current)); retrain it with `policy-topics train`"
    case .corrupt(let file, let reason): return "\(file): corrupt or truncated model: \(reason)"
    case .lexiconMismatch(let file, let model, let current):
      return
        "\(file): model was built with other lexicons (fingerprint \(model)) than the ones loaded (\(current)): after a lexicon changed, build a model for it — `policy-topics train --zero-shot --out FILE` (lexicons only) or `policy-topics train --data LABELLED --out FILE` — and pass --model FILE; or pass the --lexicons the model was built with"
    case .io(let file, let reason): return "\(file): \(reason)"
    case .invalidFolds(let k, let n):
      return "\(k) folds: folds must be at least 2 and at most the number of labelled articles (\(n))"
    }
  }
}
