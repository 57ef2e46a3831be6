import PolicyCore
import PolicyFeatures

/// Turns a parsed JSONL object into an article.
///
/// Members: `id` (string or number; generated from the content hash if absent), `date`
/// (ISO; optional), `title`, `text` (at least one non-empty), `source`, `byline`, `labels`
/// (array of strings); every other member is kept as raw JSON.
enum JSONLArticleDecoder {
  /// The members a reader interprets, recognised by length first: a `switch` over string
  /// literals compares the key with each in turn, and the standard library takes its slow path
  /// for every pair that differs (several per member, on every record read).
  enum MemberName: Equatable {
    case id, date, title, text, source, byline, labels, other

    init(_ key: String) {
      switch key.utf8.count {
      case 2: self = key == "id" ? .id : .other
      case 4: self = key == "date" ? .date : key == "text" ? .text : .other
      case 5: self = key == "title" ? .title : .other
      case 6: self = key == "source" ? .source : key == "byline" ? .byline : key == "labels" ? .labels : .other
      default: self = .other
      }
    }

    /// The member's bit in a set of members seen (0 for `other`, which may repeat).
    var bit: UInt8 {
      switch self {
      case .id: 1
      case .date: 2
      case .title: 4
      case .text: 8
      case .source: 16
      case .byline: 32
      case .labels: 64
      case .other: 0
      }
    }
  }

  /// The interpreted members of one record; `title` and `text` may still be byte spans.
  struct Fields {
    var id: String? = nil
    var date: ArticleDate? = nil
    var title: JSONField = .string("")
    var text: JSONField = .string("")
    var source: String? = nil
    var byline: String? = nil
    var labels: [String]? = nil
    var extra: [(key: String, json: String)] = []

    /// - Throws: `InputError.malformedJSON` for a member of the wrong type or an interpreted
    ///   member given twice (`{"text":"…","text":"…"}` would otherwise keep one text and drop
    ///   the other unseen).
    init(_ members: [(key: String, value: JSONField)], location: RecordLocation) throws(InputError) {
      var seen: UInt8 = 0
      for (key, value) in members {
        let name = MemberName(key)
        guard seen & name.bit == 0 else {
          throw .malformedJSON(location, reason: "member '\(key)' appears twice (which one is meant?)")
        }
        seen |= name.bit
        switch (name, value) {
        case (.id, .string(let s)): id = s
        case (.id, .raw(let r)) where r.first.map({ $0.isNumber || $0 == "-" }) == true: id = r
        case (.date, .string(let s)) where !s.isEmpty:
          do { date = try ArticleDate(parsing: s) } catch { throw .badDate(location, error) }
        case (.date, .raw("null")), (.date, .string("")): date = nil
        case (.title, .string), (.title, .span): title = value
        case (.text, .string), (.text, .span): text = value
        case (.source, .string(let s)): source = s
        case (.byline, .string(let s)): byline = s
        case (.labels, .strings(let l)): labels = l
        case (.labels, .raw("null")): labels = nil
        case (.labels, _):
          throw .badLabels(location, reason: "'labels' must be an array of strings")
        case (.id, _), (.date, _), (.title, _), (.text, _), (.source, _), (.byline, _):
          if case .raw("null") = value { continue }
          throw .malformedJSON(location, reason: "member '\(key)' must be a string")
        case (.other, .string(let s)):
          var bytes: [UInt8] = []
          JSONLineWriter.appendString(s, to: &bytes)
          extra.append((key, String(decoding: bytes, as: UTF8.self)))
        case (.other, .strings(let l)):
          var bytes: [UInt8] = []
          JSONLineWriter.appendStrings(l, to: &bytes)
          extra.append((key, String(decoding: bytes, as: UTF8.self)))
        case (.other, .raw(let r)):
          extra.append((key, r))
        case (.other, .span):
          preconditionFailure("only title and text are parsed lazily")
        }
      }
    }
  }

  static func decode(
    _ members: [(key: String, value: JSONField)], location: RecordLocation
  ) throws(InputError) -> InputRecord {
    let fields = try Fields(members, location: location)
    guard case .string(let title) = fields.title, case .string(let text) = fields.text else {
      preconditionFailure("title and text were parsed eagerly")
    }
    guard !(title.isEmpty && text.isEmpty) else { throw .emptyArticle(location) }
    let article = Article(
      id: fields.id ?? "h" + contentHash(title: title, text: text), date: fields.date, title: title, text: text,
      source: fields.source, byline: fields.byline, labels: fields.labels, location: location)
    return InputRecord(article: article, extraFields: fields.extra)
  }
}

/// A JSONL record whose title and text are still UTF-8 bytes: what `tag` needs to label a
/// record and write it back without turning long texts into strings (or checking their UTF-8
/// twice: feature counting validates it).
public struct JSONLRecordBytes: Sendable {
  /// The line as read.
  public var line: [UInt8]
  /// The title's UTF-8 (escapes decoded; not yet validated).
  public var title: Bytes
  /// The text's UTF-8 (escapes decoded; not yet validated).
  public var text: Bytes
  /// The title as a JSON string literal (quotes included) in `line`, or nil when absent.
  public var titleLiteral: Range<Int>?
  /// The text as a JSON string literal (quotes included) in `line`, or nil when absent.
  public var textLiteral: Range<Int>?

  /// A string's UTF-8: a range of the line when it has no escapes, else a decoded copy.
  public enum Bytes: Sendable {
    case inLine(Range<Int>)
    case decoded([UInt8])

    /// Whether the string is empty.
    public var isEmpty: Bool {
      switch self {
      case .inLine(let r): return r.isEmpty
      case .decoded(let d): return d.isEmpty
      }
    }
  }

  /// Calls `body` with the title's and the text's bytes.
  public func withBytes<R>(
    _ body: (_ title: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R {
    try line.withUnsafeBufferPointer { l in
      func with<S>(_ b: Bytes, _ f: (UnsafeBufferPointer<UInt8>) throws -> S) rethrows -> S {
        switch b {
        case .inLine(let r): return try f(UnsafeBufferPointer(rebasing: l[r]))
        case .decoded(let d): return try d.withUnsafeBufferPointer(f)
        }
      }
      return try with(title) { t in try with(text) { x in try body(t, x) } }
    }
  }
  /// The record's id (generated from the content hash when the line has none).
  public var id: String
  /// The date, if any.
  public var date: ArticleDate?
  /// The `source` member.
  public var source: String?
  /// The `byline` member.
  public var byline: String?
  /// The `labels` member.
  public var labels: [String]?
  /// Other members, as raw JSON, in order.
  public var extraFields: [(key: String, json: String)]
  /// Where the record is.
  public var location: RecordLocation

  /// Decodes one JSONL line (a byte-order mark before it is ignored).
  public static func decode(_ line: [UInt8], location: RecordLocation) -> Result<JSONLRecordBytes, InputError> {
    let start = line.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    do {
      typealias Located = (bytes: Bytes, literal: Range<Int>?)
      let (members, title, text) = try line.withUnsafeBufferPointer {
        (all) throws(JSONObjectParser.Failure) -> ([(key: String, value: JSONField)], Located, Located) in
        let bytes = UnsafeBufferPointer(rebasing: all[start...])
        // Title and text stay bytes; members tag does not interpret pass through as JSON text.
        let members = try JSONObjectParser.parse(bytes) { key in
          switch JSONLArticleDecoder.MemberName(key) {
          case .title, .text: return .span
          case .id, .date, .source, .byline, .labels: return .decoded
          case .other: return .raw
          }
        }
        var title: Located = (.inLine(0..<0), nil)
        var text: Located = (.inLine(0..<0), nil)
        for (key, value) in members {
          guard case .span(let span, let escaped) = value else { continue }
          let literal = (span.lowerBound - 1 + start)..<(span.upperBound + 1 + start)
          let located: Located =
            escaped
            ? (.decoded(try JSONObjectParser.unescape(span, in: bytes)), literal)
            : (.inLine((span.lowerBound + start)..<(span.upperBound + start)), literal)
          if JSONLArticleDecoder.MemberName(key) == .title { title = located } else { text = located }
        }
        return (members, title, text)
      }
      let fields = try JSONLArticleDecoder.Fields(members, location: location)
      guard !(title.bytes.isEmpty && text.bytes.isEmpty) else { return .failure(.emptyArticle(location)) }
      var record = JSONLRecordBytes(
        line: line, title: title.bytes, text: text.bytes, titleLiteral: title.literal,
        textLiteral: text.literal, id: fields.id ?? "", date: fields.date, source: fields.source,
        byline: fields.byline, labels: fields.labels, extraFields: fields.extra, location: location)
      if fields.id == nil { record.id = "h" + record.withBytes { contentHash(title: $0, text: $1) } }
      return .success(record)
    } catch {
      return .failure(InputError(error, at: location))
    }
  }
}
