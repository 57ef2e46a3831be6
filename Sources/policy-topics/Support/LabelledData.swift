import PolicyClassifier
import PolicyIO

/// Reads labelled articles (JSONL or CSV with a `labels` field) for train, evaluate and suggest.
enum LabelledData {
  static func read(_ paths: [String], diagnostics: Diagnostics) throws -> [LabelledArticle] {
    guard !paths.isEmpty else { throw ValidationErrorMessage("give labelled data with --data FILE") }
    var out: [LabelledArticle] = []
    try ArticleReader(inputs: paths, options: ReaderOptions(allowUndated: true)).forEach { record in
      let a = record.article
      guard let labels = a.labels else {
        diagnostics.reject(.badLabels(a.location ?? .init(file: "?", line: 0), reason: "record has no 'labels' member"))
        return
      }
      out.append(LabelledArticle(id: a.id, title: a.title, text: a.text, labels: labels))
    } reject: {
      diagnostics.reject($0)
    }
    return out
  }
}

struct ValidationErrorMessage: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
