/// One term of a topic lexicon.
public struct LexiconTerm: Hashable, Sendable {
  /// The normalised term text.
  public var text: String
  /// Relative importance, > 0 (1 when the file gives none).
  public var weight: Double
  /// The line of the lexicon file that defines it.
  public var line: Int

  /// Terms weighing at least this much count as *mentions* of their topic in reports;
  /// lighter terms are supporting evidence only (see `Lexicons/README.md`).
  public static let mentionWeight = 1.0

  /// Creates a term.
  public init(text: String, weight: Double = 1, line: Int = 0) {
    self.text = text
    self.weight = weight
    self.line = line
  }
}

/// The keyword lexicon of one topic: its identity, weighted terms and exclusions.
///
/// An exclusion is a longer phrase that contains one of the topic's terms but must not count
/// for the topic (`营商环境` for the environment topic). See `Lexicons/README.md` for the file
/// format.
public struct TopicLexicon: Hashable, Sendable {
  /// The topic identifier: lowercase ASCII words joined by hyphens (`new-energy`).
  public var id: String
  /// The Chinese display name.
  public var chineseName: String
  /// The English display name.
  public var englishName: String
  /// Weighted terms.
  public var terms: [LexiconTerm]
  /// Phrases that must not count for this topic.
  public var exclusions: [LexiconTerm]
  /// The file the lexicon was read from, if any.
  public var file: String?

  /// Creates a lexicon.
  public init(
    id: String, chineseName: String, englishName: String, terms: [LexiconTerm],
    exclusions: [LexiconTerm] = [], file: String? = nil
  ) {
    self.id = id
    self.chineseName = chineseName
    self.englishName = englishName
    self.terms = terms
    self.exclusions = exclusions
    self.file = file
  }
}

/// All topic lexicons in use, in a fixed order (sorted by id).
public struct LexiconSet: Hashable, Sendable {
  /// The topics, sorted by id.
  public let topics: [TopicLexicon]

  /// Creates a set; topics are sorted by id.
  ///
  /// - Throws: `LexiconError.duplicateTopic` when two lexicons share an id.
  public init(_ topics: [TopicLexicon]) throws(LexiconError) {
    let sorted = topics.sorted { $0.id < $1.id }
    for (a, b) in zip(sorted, sorted.dropFirst()) where a.id == b.id {
      throw .duplicateTopic(id: a.id, files: [a.file ?? "?", b.file ?? "?"])
    }
    self.topics = sorted
    self.fingerprint = Self.fingerprint(of: sorted)
  }

  /// Topic identifiers in order.
  public var topicIDs: [String] { topics.map(\.id) }

  /// The index of a topic id, if present.
  public func index(of id: String) -> Int? { topics.firstIndex { $0.id == id } }

  /// A stable fingerprint of the lexicons' content (ids, terms, weights, exclusions), as 16
  /// hexadecimal digits of FNV-1a 64. Models record it, so a model trained on other lexicons
  /// is refused.
  public let fingerprint: String

  static func fingerprint(of topics: [TopicLexicon]) -> String {
    // Terms in UTF-8 byte order, which is Unicode scalar order: the order of `String`'s `<`
    // for the normalised (composed) text lexicons hold, without its cost.
    func sorted(_ texts: [String]) -> [[UInt8]] {
      texts.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    }
    var hasher = FNV1a64()
    for topic in topics {
      hasher.combine("topic:")
      hasher.combine(topic.id)
      hasher.combine("\n")
      let keyed = topic.terms.map { (Array($0.text.utf8), $0.weight) }
      for (text, weight) in keyed.sorted(by: { $0.0.lexicographicallyPrecedes($1.0) }) {
        hasher.combine("t:")
        for b in text { hasher.combine(byte: b) }
        hasher.combine("=")
        hasher.combine(hexDigitsOf: weight.bitPattern)
        hasher.combine("\n")
      }
      for ex in sorted(topic.exclusions.map(\.text)) {
        hasher.combine("x:")
        for b in ex { hasher.combine(byte: b) }
        hasher.combine("\n")
      }
    }
    return hasher.hexDigest
  }

  /// Content problems worth a warning: a term listed twice in one topic, a term in two
  /// topics, an exclusion that contains none of its topic's terms.
  public func warnings() -> [LexiconWarning] {
    var out: [LexiconWarning] = []
    var owners: [String: [(topic: String, file: String?, line: Int)]] = [:]
    for topic in topics {
      var seen: [String: Int] = [:]
      for term in topic.terms {
        if let first = seen[term.text] {
          out.append(
            LexiconWarning(
              file: topic.file, line: term.line,
              message: "'\(term.text)' is listed twice in \(topic.id) (first at line \(first))"))
        } else {
          seen[term.text] = term.line
          owners[term.text, default: []].append((topic.id, topic.file, term.line))
        }
      }
      for ex in topic.exclusions where !topic.terms.contains(where: { ex.text.contains($0.text) }) {
        out.append(
          LexiconWarning(
            file: topic.file, line: ex.line,
            message: "exclusion '\(ex.text)' contains none of \(topic.id)'s terms, so it has no effect"))
      }
    }
    for (term, list) in owners.sorted(by: { $0.key < $1.key }) where list.count > 1 {
      let others = list.dropFirst().map { "\($0.topic) (\($0.file ?? "?"):\($0.line))" }
      out.append(
        LexiconWarning(
          file: list[0].file, line: list[0].line,
          message: "'\(term)' is a term of \(list[0].topic) and also of \(others.joined(separator: ", "))"))
    }
    // In file and line order, as an editor walks them.
    return out.sorted { ($0.file ?? "", $0.line) < ($1.file ?? "", $1.line) }
  }
}

/// A problem in a lexicon that does not stop it from loading.
public struct LexiconWarning: Hashable, Sendable, CustomStringConvertible {
  /// The lexicon file, if known.
  public var file: String?
  /// The 1-based line.
  public var line: Int
  /// What is wrong.
  public var message: String

  public var description: String { "\(file ?? "<lexicon>"):\(line): warning: \(message)" }
}
