/// Why a lexicon file could not be loaded.
public enum LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(file: String, reason: String)
  /// The file is not valid UTF-8 (`line`: the first line that is not).
  case invalidUTF8(file: String, line: Int)
  /// A line could not be understood.
  case syntax(file: String, line: Int, reason: String)
  /// A required header (`id`, `zh`, `en`) is missing.
  case missingHeader(file: String, key: String)
  /// The topic has no terms.
  case noTerms(file: String)
  /// Two files declare the same topic id.
  case duplicateTopic(id: String, files: [String])
  /// The directory has no `.lexicon` files.
  case noLexicons(directory: String)
  /// A file in a lexicon directory whose `id` is not its file name (without `.lexicon`).
  case idMismatch(file: String, id: String, expected: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason): return "\(file): cannot read lexicon: \(reason)"
    case .invalidUTF8(let file, let line): return "\(file):\(line): lexicon is not valid UTF-8"
    case .syntax(let file, let line, let reason): return "\(file):\(line): \(reason)"
    case .missingHeader(let file, let key):
      return "\(file): missing header '\(key) = …' (every lexicon needs id, zh and en)"
    case .noTerms(let file): return "\(file): the lexicon has no terms"
    case .duplicateTopic(let id, let files):
      return "topic '\(id)' is defined twice: \(files.joined(separator: " and "))"
    case .noLexicons(let directory): return "\(directory): no .lexicon files found"
    case .idMismatch(let file, let id, let expected):
      return
        "\(file): topic id '\(id)' must be the file's name without .lexicon ('\(expected)'): rename the file or the id"
    }
  }
}

/// Every error `lexicon check` found in a lexicon directory (one per file that fails).
public struct LexiconCheckFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// The errors, in file order.
  public var errors: [LexiconError]

  /// Creates a failure.
  public init(errors: [LexiconError]) {
    self.errors = errors
  }

  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
