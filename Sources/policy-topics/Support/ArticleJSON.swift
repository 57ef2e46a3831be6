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
    for (key, json) in record.extraFields where !reservedKeys.contains(key) { line.rawField(key, json) }
    if includeLabels, let labels = a.labels { line.field("labels", labels) }
  }

  static let reservedKeys: Set<String> = ["labels", "scores", "evidence", "mentions", "chars", "model"]
}
