import Foundation
import PolicyClassifier
import PolicyCore
import PolicyFeatures
import PolicyIO

/// The parsers fed untrusted bytes, each wrapped as a fuzz target: libFuzzer (`policy-fuzz`
/// built with `-sanitize=fuzzer`, see `Scripts/fuzz.sh`) calls one with every input it makes
/// up, and the replay driver and the tests run them on saved inputs. A target must never
/// crash: bad input is a clear error, never a trap. Each also checks what it can of the
/// result.
public enum FuzzTargets {
  /// The target names, as `Scripts/fuzz.sh` and the corpus folders (`Fuzz/Corpus/<name>`) use them.
  public static let names = ["jsonl", "csv", "page", "lexicon", "model", "date", "features", "gzip"]

  /// Runs target `name` on `bytes`; false for an unknown name.
  @discardableResult
  public static func run(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    switch name {
    case "jsonl": jsonl(bytes)
    case "csv": csv(bytes)
    case "page": page(bytes)
    case "lexicon": lexicon(bytes)
    case "model": model(bytes)
    case "date": date(bytes)
    case "features": features(bytes)
    case "gzip": gzip(bytes)
    default: return false
    }
    return true
  }

  static let location = RecordLocation(file: "fuzz", line: 1)

  /// One JSONL line, decoded both ways `tag` does (full record, and bytes kept for copying).
  static func jsonl(_ bytes: UnsafeBufferPointer<UInt8>) {
    let full = InputItem.decodeJSONLine(bytes, location: location)
    let kept = JSONLRecordBytes.decode(Array(bytes), location: location)
    if case .success(let record) = full {
      check(!(record.article.title.isEmpty && record.article.text.isEmpty), "an empty article was accepted")
    }
    if case .success(let record) = kept {
      record.withBytes { title, text in check(title.count + text.count <= bytes.count, "fields outgrew the line") }
    }
  }

  /// One CSV data record under the header `id,date,title,text,labels`.
  static func csv(_ bytes: UnsafeBufferPointer<UInt8>) {
    let item = InputItem.csvRecord(Array(bytes), columns: ["id", "date", "title", "text", "labels"], location)
    if case .success(let record) = item.decoded() {
      check(!(record.article.title.isEmpty && record.article.text.isEmpty), "an empty article was accepted")
    }
  }

  /// A bulletin page: split into articles, and read whole as a document.
  static func page(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    let splitter = BulletinSplitter()
    let lines = text.utf8.reduce(1) { $1 == 10 || $1 == 13 ? $0 + 1 : $0 }
    for article in splitter.split(text) {
      check(article.line >= 1 && article.line <= lines, "article line \(article.line) outside the page")
    }
    _ = splitter.document(text, fallbackTitle: "fuzz")
    _ = try? DateExtraction.date(fromFileName: text)
  }

  /// A lexicon file; a parsed one must also build a matcher and match its own terms.
  static func lexicon(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    guard let topic = try? LexiconParser().parse(text, file: "fuzz.lexicon"),
      let set = try? LexiconSet([topic])
    else { return }
    let matcher = TermMatcher(lexicons: set)
    let normalizer = TextNormalizer()
    for term in topic.terms.prefix(20) {
      let matches = matcher.matches(in: normalizer.normalize(term.text))
      check(matches.allSatisfy { $0.start < $0.end }, "empty match")
    }
  }

  /// A model file (header, arrays, checksum).
  static func model(_ bytes: UnsafeBufferPointer<UInt8>) {
    _ = try? ModelFile.parse(Array(bytes), file: "fuzz.ptmodel")
  }

  /// Date text, as fields, page headers and file names carry it.
  static func date(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    if let date = try? ArticleDate(parsing: text) {
      // What a date prints must parse back to itself.
      check((try? ArticleDate(parsing: date.description)) == date, "\(date) does not round-trip")
    }
    _ = try? DateExtraction.date(fromHeaderLine: text)
    _ = try? DateExtraction.date(fromFileName: text)
  }

  /// Feature counting on raw bytes: nil exactly when the bytes are not UTF-8.
  static func features(_ bytes: UnsafeBufferPointer<UInt8>) {
    let split = bytes.firstIndex(of: 0) ?? 0
    let title = UnsafeBufferPointer(rebasing: bytes[..<split])
    let text = UnsafeBufferPointer(rebasing: bytes[split...])
    var scratch = FeatureScratch()
    let result = featureSpace.features(titleUTF8: title, textUTF8: text, scratch: &scratch)
    let valid = String(validating: title, as: UTF8.self) != nil && String(validating: text, as: UTF8.self) != nil
    check((result != nil) == valid, "UTF-8 validity disagrees with String(validating:)")
  }

  /// A `.gz` input file (ISA-L's inflate behind ByteLineReader): it reads, or fails with an
  /// error, and never yields more than deflate can expand its bytes to (1,032 to 1).
  static func gzip(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard FileManager.default.createFile(atPath: gzipPath, contents: Data(bytes)) else {
      fatalError("cannot write \(gzipPath)")
    }
    defer { unlink(gzipPath) }
    var produced = 0
    do {
      let reader = try ByteLineReader(path: gzipPath, maxLineBytes: 1 << 12)
      try reader.forEachLine { line in
        switch line {
        case .bytes(let b, _): produced += b.count + 1
        case .tooLong(_, let n): produced += n + 1
        }
        return true
      }
    } catch {
      let reported: any Error = (error as? ByteLineReader.ReadFailure)?.error ?? error
      check("\(reported)".contains(gzipPath), "an error that does not name the file: \(reported)")
    }
    check(produced <= 1032 * bytes.count + 1, "\(produced) bytes out of \(bytes.count)")
  }

  /// Where the gzip target writes each input (one file per process).
  static let gzipPath = FileManager.default.temporaryDirectory
    .appendingPathComponent("policy-fuzz-\(ProcessInfo.processInfo.processIdentifier).jsonl.gz").path

  /// A small feature space: two topics with overlapping terms and an exclusion, and a few
  /// n-grams.
  static let featureSpace: FeatureSpace = {
    func topic(_ id: String, _ terms: [(String, Double)], exclusions: [String] = []) -> TopicLexicon {
      TopicLexicon(
        id: id, chineseName: id, englishName: id, terms: terms.map { LexiconTerm(text: $0.0, weight: $0.1) },
        exclusions: exclusions.map { LexiconTerm(text: $0) })
    }
    guard
      let set = try? LexiconSet([
        topic("energy", [("新能源", 2), ("新能源汽车", 2.5), ("光伏", 1.5), ("AI", 1)]),
        topic("green", [("环境", 1), ("生态环境", 2), ("光伏", 0.5)], exclusions: ["营商环境"]),
      ])
    else { fatalError("the fuzz lexicons do not parse") }
    let keys = ["新", "能源", "光伏发", "ai", "0g"].compactMap(NGramKeys.key)
    return FeatureSpace(
      matcher: TermMatcher(lexicons: set), ngrams: NGramVocabulary(keys: keys.sorted()), titleWeight: 2)
  }()

  static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz check failed: \(message())") }
  }
}
