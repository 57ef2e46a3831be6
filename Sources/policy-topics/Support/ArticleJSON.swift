import PolicyCore
import PolicyIO

/// Writes the article members of an output record.
enum ArticleJSON {
  static func writeArticle(_ record: InputRecord, into line: inout JSONLineWriter, includeLabels: Bool) {
    let a = record.article
    line.field("id", a.id)
    line.field("date", a.date?.description)
    line.field("title", a.title)
    line.field("text", a.text)
    if let source = a.source { line.field("source", source) }
    if let byline = a.byline { line.field("byline", byline) }
    for (key, json) in record.extraFields where !isReserved(key) { line.rawField(key, json) }
    if includeLabels, let labels = a.labels { line.field("labels", labels) }
  }

  /// The article members of a record read as bytes: title and text are copied as the input's
  /// own JSON string literals.
  static func writeArticle(_ record: JSONLRecordBytes, into line: inout JSONLineWriter) {
    line.field("id", record.id)
    line.field("date", record.date?.description)
    record.line.withUnsafeBufferPointer { b in
      func literal(_ name: String, _ range: Range<Int>?) {
        if let range {
          line.rawField(name, bytes: UnsafeBufferPointer(rebasing: b[range]))
        } else {
          line.field(name, "")
        }
      }
      literal("title", record.titleLiteral)
      literal("text", record.textLiteral)
    }
    if let source = record.source { line.field("source", source) }
    if let byline = record.byline { line.field("byline", byline) }
    for (key, json) in record.extraFields where !isReserved(key) { line.rawField(key, json) }
  }

  /// Whether `key` names a member `tag` writes itself (an input member of that name is not
  /// passed through). By length first: most keys rule out every name without comparing.
  static func isReserved(_ key: String) -> Bool {
    switch key.utf8.count {
    case 5: return key == "chars" || key == "model"
    case 6: return key == "labels" || key == "scores"
    case 8: return key == "evidence" || key == "mentions"
    default: return false
    }
  }

}
