import Foundation

/// Reads lexicon files (`*.lexicon`; format in `Lexicons/README.md`).
///
/// ```
/// id = environment
/// zh = 生态环境
/// en = Ecological environment
/// 环保督察  2
/// 生态文明
/// !营商环境
/// ```
public struct LexiconParser: Sendable {
  private let normalizer = TextNormalizer()

  /// Creates a parser.
  public init() {}

  /// Parses lexicon text; `file` is used in error messages and kept on the result.
  public func parse(_ text: String, file: String) throws(LexiconError) -> TopicLexicon {
    var headers: [String: String] = [:]
    var terms: [LexiconTerm] = []
    var exclusions: [LexiconTerm] = []
    var lineNumber = 0
    // Normalise once (CRLF and CR become LF) and cut lines on scalars: grapheme-aware
    // `Character` operations made loading the lexicons the slowest part of start-up.
    let normalized = normalizer.normalizedString(text)
    for rawLine in normalized.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var scalars = rawLine[...]
      if let hash = scalars.firstIndex(of: "#") { scalars = scalars[..<hash] }
      while let f = scalars.first, f.properties.isWhitespace { scalars = scalars.dropFirst() }
      while let l = scalars.last, l.properties.isWhitespace { scalars = scalars.dropLast() }
      if scalars.isEmpty { continue }
      var line = Substring(String(String.UnicodeScalarView(scalars)))
      if let eq = line.firstIndex(of: "="), terms.isEmpty, exclusions.isEmpty {
        let key = line[..<eq].trimmingWhitespace.lowercased()
        let value = String(line[line.index(after: eq)...].trimmingWhitespace)
        guard ["id", "zh", "en"].contains(key) else {
          throw .syntax(file: file, line: lineNumber, reason: "unknown header '\(key)' (expected id, zh or en)")
        }
        guard !value.isEmpty else {
          throw .syntax(file: file, line: lineNumber, reason: "header '\(key)' has no value")
        }
        if key == "id", !Self.isValidID(value) {
          throw .syntax(
            file: file, line: lineNumber,
            reason: "topic id '\(value)' must be lowercase ASCII letters, digits and hyphens")
        }
        headers[key] = value
        continue
      }
      for key in ["id", "zh", "en"] where headers[key] == nil {
        throw .missingHeader(file: file, key: key)
      }
      let isExclusion = line.hasPrefix("!")
      if isExclusion { line = line.dropFirst().trimmingWhitespace }
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard let termText = fields.first, !termText.isEmpty else {
        throw .syntax(file: file, line: lineNumber, reason: "empty term")
      }
      guard fields.count <= 2 else {
        throw .syntax(
          file: file, line: lineNumber,
          reason: "expected 'TERM [WEIGHT]', found \(fields.count) fields (terms cannot contain spaces)")
      }
      var weight = 1.0
      if fields.count == 2 {
        guard !isExclusion else {
          throw .syntax(file: file, line: lineNumber, reason: "an exclusion takes no weight")
        }
        guard let w = Double(fields[1]), w.isFinite, w > 0 else {
          throw .syntax(
            file: file, line: lineNumber, reason: "weight '\(fields[1])' is not a positive number")
        }
        weight = w
      }
      let term = LexiconTerm(text: String(termText), weight: weight, line: lineNumber)
      if isExclusion { exclusions.append(term) } else { terms.append(term) }
    }
    for key in ["id", "zh", "en"] where headers[key] == nil {
      throw .missingHeader(file: file, key: key)
    }
    guard !terms.isEmpty else { throw .noTerms(file: file) }
    return TopicLexicon(
      id: headers["id"] ?? "", chineseName: headers["zh"] ?? "", englishName: headers["en"] ?? "",
      terms: terms, exclusions: exclusions, file: file)
  }

  /// Reads and parses one lexicon file.
  public func parse(contentsOf url: URL) throws(LexiconError) -> TopicLexicon {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw .unreadable(file: url.path, reason: error.localizedDescription)
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .invalidUTF8(file: url.path)
    }
    return try parse(text, file: url.path)
  }

  /// Loads every `*.lexicon` file in a directory.
  public func loadDirectory(_ url: URL) throws(LexiconError) -> LexiconSet {
    let names: [String]
    do { names = try FileManager.default.contentsOfDirectory(atPath: url.path) } catch {
      throw .unreadable(file: url.path, reason: error.localizedDescription)
    }
    let files = names.filter { $0.hasSuffix(".lexicon") }.sorted()
    guard !files.isEmpty else { throw .noLexicons(directory: url.path) }
    var topics: [TopicLexicon] = []
    for name in files {
      topics.append(try parse(contentsOf: url.appendingPathComponent(name)))
    }
    return try LexiconSet(topics)
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }
}

extension Substring {
  var trimmingWhitespace: Substring {
    var s = self
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return s
  }
}
