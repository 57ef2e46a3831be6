import PolicyCore

/// Turns a parsed JSONL object into an article.
///
/// Members: `id` (string or number; generated from the content hash if absent), `date`
/// (ISO; optional), `title`, `text` (at least one non-empty), `source`, `byline`, `labels`
/// (array of strings); every other member is kept as raw JSON.
enum JSONLArticleDecoder {
  static func decode(
    _ members: [(key: String, value: JSONField)], location: RecordLocation
  ) throws(InputError) -> InputRecord {
    var id: String? = nil
    var date: ArticleDate? = nil
    var title = ""
    var text = ""
    var source: String? = nil
    var byline: String? = nil
    var labels: [String]? = nil
    var extra: [(key: String, json: String)] = []
    for (key, value) in members {
      switch (key, value) {
      case ("id", .string(let s)): id = s
      case ("id", .raw(let r)) where r.first.map({ $0.isNumber || $0 == "-" }) == true: id = r
      case ("date", .string(let s)) where !s.isEmpty:
        do { date = try ArticleDate(parsing: s) } catch { throw .badDate(location, error) }
      case ("date", .raw("null")), ("date", .string("")): date = nil
      case ("title", .string(let s)): title = s
      case ("text", .string(let s)): text = s
      case ("source", .string(let s)): source = s
      case ("byline", .string(let s)): byline = s
      case ("labels", .strings(let l)): labels = l
      case ("labels", .raw("null")): labels = nil
      case ("labels", _):
        throw .badLabels(location, reason: "'labels' must be an array of strings")
      case ("id", _), ("date", _), ("title", _), ("text", _), ("source", _), ("byline", _):
        if case .raw("null") = value { continue }
        throw .malformedJSON(location, reason: "member '\(key)' must be a string")
      case (_, .string(let s)):
        var bytes: [UInt8] = []
        JSONLineWriter.appendString(s, to: &bytes)
        extra.append((key, String(decoding: bytes, as: UTF8.self)))
      case (_, .strings(let l)):
        var bytes: [UInt8] = []
        JSONLineWriter.appendStrings(l, to: &bytes)
        extra.append((key, String(decoding: bytes, as: UTF8.self)))
      case (_, .raw(let r)):
        extra.append((key, r))
      }
    }
    guard !(title.isEmpty && text.isEmpty) else { throw .emptyArticle(location) }
    let article = Article(
      id: id ?? "h" + contentHash(title: title, text: text), date: date, title: title, text: text,
      source: source, byline: byline, labels: labels, location: location)
    return InputRecord(article: article, extraFields: extra)
  }
}
