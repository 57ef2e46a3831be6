import PolicyCore
import PolicyFeatures

/// An article as read from input, with the input's other members kept for pass-through.
public struct InputRecord: Sendable {
  /// The article.
  public var article: Article
  /// JSONL members the reader does not interpret (`tags`, …), as raw JSON text, in order.
  public var extraFields: [(key: String, json: String)]

  /// Creates a record.
  public init(article: Article, extraFields: [(key: String, json: String)] = []) {
    self.article = article
    self.extraFields = extraFields
  }
}

/// How readers treat their input.
public struct ReaderOptions: Sendable {
  /// Dates every bulletin page that has no date of its own (`--date`).
  public var date: ArticleDate?
  /// Accept bulletin pages with no date at all (`--allow-undated`).
  public var allowUndated: Bool
  /// Treat each text file as one article (`--as-document`), not a page of articles.
  public var asDocument: Bool
  /// The largest record accepted, in bytes of UTF-8 (title plus text, or one JSONL line).
  public var maxRecordBytes: Int
  /// The largest bulletin page (or `asDocument` file) read, in bytes: 8 records' worth. A page
  /// is read whole to be split, so a bigger one is rejected unread rather than held in memory.
  public var maxPageBytes: Int {
    maxRecordBytes.multipliedReportingOverflow(by: 8).overflow ? .max : maxRecordBytes * 8
  }
  /// Threads that split bulletin pages: consecutive page files are read and split this many
  /// at a time, and their records handed over in input order.
  public var jobs: Int
  /// The text encoding of the inputs (`--encoding`); other than UTF-8, converted as read.
  public var encoding: InputEncoding

  /// Creates options.
  public init(
    date: ArticleDate? = nil, allowUndated: Bool = false, asDocument: Bool = false,
    maxRecordBytes: Int = 8 << 20, jobs: Int = 1, encoding: InputEncoding = .utf8
  ) {
    self.encoding = encoding
    self.date = date
    self.allowUndated = allowUndated
    self.asDocument = asDocument
    self.maxRecordBytes = maxRecordBytes
    self.jobs = max(1, jobs)
  }
}

/// The kinds of input file.
public enum InputFormat: String, Sendable, CaseIterable {
  case jsonl, csv, text

  /// The format a path's name implies: `.jsonl`, `.ndjson`, `.json` (and `.gz` of those) are
  /// JSONL, `.csv` is CSV, anything else is a text bulletin page.
  public static func guess(path: String) -> InputFormat {
    var name = path.lowercased()
    if name.hasSuffix(".gz") { name.removeLast(3) }
    if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") || name.hasSuffix(".json") { return .jsonl }
    if name.hasSuffix(".csv") { return .csv }
    return .text
  }
}

/// A content hash used for ids and de-duplication: FNV-1a 64 of the normalised title and text.
public func contentHash(title: String, text: String) -> String {
  var title = title
  var text = text
  return title.withUTF8 { t in text.withUTF8 { contentHash(title: t, text: $0) } }
}

/// ``contentHash(title:text:)`` of UTF-8 bytes.
public func contentHash(title: UnsafeBufferPointer<UInt8>, text: UnsafeBufferPointer<UInt8>) -> String {
  var h = FNV1a64()
  for b in title { h.combine(byte: b) }
  h.combine(byte: 0x1F)
  for b in text { h.combine(byte: b) }
  return h.hexDigest
}

extension Article {
  /// The de-duplication key: FNV-1a 64 of the date and the normalised title and text. Two
  /// records with the same key are the same article; the store keeps one, and reports count
  /// one. The same text on another day is another article (a re-broadcast).
  public var deduplicationKey: UInt64 {
    let normalizer = TextNormalizer()
    var h = FNV1a64()
    h.combine(date?.description ?? "-")
    h.combine("\u{1F}")
    normalizer.combineNormalizedUTF8(of: title, into: &h)
    h.combine("\u{1F}")
    normalizer.combineNormalizedUTF8(of: text, into: &h)
    return h.value
  }
}
