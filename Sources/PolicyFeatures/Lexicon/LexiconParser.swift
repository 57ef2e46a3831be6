import Foundation
import PolicyCore

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
    var headerLines: [String: Int] = [:]
    var terms: [LexiconTerm] = []
    var exclusions: [LexiconTerm] = []
    var lineNumber = 0
    // Normalise once (CRLF and CR become LF) and work on scalars: grapheme-aware `Character`
    // operations made loading the lexicons the slowest part of start-up.
    let scalars = normalizer.normalize(text).scalars
    func isSpace(_ v: UInt32) -> Bool {
      // No white space lies above U+3000, and ASCII's is tab to carriage return and space:
      // the ideographs, letters and digits that start and end most lines skip the Unicode
      // property look-up (a few hundred instructions each).
      if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
      return v <= 0x3000 && (Unicode.Scalar(v)?.properties.isWhitespace ?? false)
    }
    func trimmed(_ s: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
      var s = s
      while let f = s.first, isSpace(f) { s = s.dropFirst() }
      while let l = s.last, isSpace(l) { s = s.dropLast() }
      return s
    }
    func string(_ s: ArraySlice<UInt32>) -> String { NormalizedText.string(s) }
    for rawLine in scalars.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = rawLine
      if let hash = line.firstIndex(of: 0x23) { line = line[..<hash] }  // '#'
      line = trimmed(line)
      if line.isEmpty { continue }
      if let eq = line.firstIndex(of: 0x3D), terms.isEmpty, exclusions.isEmpty {  // '='
        let key = string(trimmed(line[..<eq])).lowercased()
        let value = string(trimmed(line[(eq + 1)...]))
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
        if let first = headerLines[key] {
          throw .syntax(
            file: file, line: lineNumber, reason: "header '\(key)' is given twice (first on line \(first))")
        }
        headers[key] = value
        headerLines[key] = lineNumber
        continue
      }
      if terms.isEmpty && exclusions.isEmpty {
        for key in ["id", "zh", "en"] where headers[key] == nil {
          throw .missingHeader(file: file, key: key)
        }
      }
      let isExclusion = line.first == 0x21  // '!'
      if isExclusion { line = trimmed(line.dropFirst()) }
      let fields = line.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
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
        let text = string(fields[1])
        guard let w = Double(text), w.isFinite, w > 0 else {
          throw .syntax(file: file, line: lineNumber, reason: "weight '\(text)' is not a positive number")
        }
        weight = w
      }
      let term = LexiconTerm(text: string(termText), weight: weight, line: lineNumber)
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
    let data: [UInt8]
    switch FileBytes.read(path: url.path) {
    case .success(let bytes): data = bytes
    case .failure(.system(let reason)): throw .unreadable(file: url.path, reason: reason)
    case .failure(.unexpectedStart): preconditionFailure("no start was asked for")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      // UTF-8 never uses a line feed's byte inside a character: the first bad line is the
      // first line that does not validate on its own.
      let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
      let bad = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
      throw .invalidUTF8(file: url.path, line: bad + 1)
    }
    return try parse(text, file: url.path)
  }

  /// Checks every `*.lexicon` file in a directory: the set when all load, else every file's
  /// first error (``loadDirectory(_:)`` stops at the first file that fails).
  public func checkDirectory(_ url: URL) -> Result<LexiconSet, LexiconCheckFailure> {
    let names: [String]
    do { names = try FileManager.default.contentsOfDirectory(atPath: url.path) } catch {
      return .failure(LexiconCheckFailure(errors: [.unreadable(file: url.path, reason: error.localizedDescription)]))
    }
    let files = names.filter { $0.hasSuffix(".lexicon") }.sorted()
    guard !files.isEmpty else { return .failure(LexiconCheckFailure(errors: [.noLexicons(directory: url.path)])) }
    var topics: [TopicLexicon] = []
    var errors: [LexiconError] = []
    for name in files {
      do throws(LexiconError) {
        topics.append(try lexicon(named: name, in: url))
      } catch {
        errors.append(error)
      }
    }
    guard errors.isEmpty else { return .failure(LexiconCheckFailure(errors: errors)) }
    do throws(LexiconError) { return .success(try LexiconSet(topics)) } catch {
      return .failure(LexiconCheckFailure(errors: [error]))
    }
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
    for name in files { topics.append(try lexicon(named: name, in: url)) }
    return try LexiconSet(topics)
  }

  /// The lexicon of file `name` in directory `url`, whose topic id must be the file's name.
  private func lexicon(named name: String, in url: URL) throws(LexiconError) -> TopicLexicon {
    let lexicon = try parse(contentsOf: url.appendingPathComponent(name))
    // Topic ids are what outputs, models and stores know a topic by: a file renamed or an id
    // edited must not quietly rename a topic.
    let expected = String(name.dropLast(".lexicon".count))
    guard lexicon.id == expected else {
      throw .idMismatch(file: url.appendingPathComponent(name).path, id: lexicon.id, expected: expected)
    }
    return lexicon
  }

  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }
}
