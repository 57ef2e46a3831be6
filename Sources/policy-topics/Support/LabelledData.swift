import ArgumentParser
import PolicyClassifier
import PolicyIO

/// Reads labelled articles (JSONL or CSV with a `labels` field) for train, evaluate and suggest.
enum LabelledData {
  /// The labelled articles of `paths`. A record without a `labels` member, or with a label that
  /// is none of `topics`, is rejected (file:line on stderr through `diagnostics`) and left out:
  /// training or scoring on part of its labels would be silently wrong.
  static func read(
    _ paths: [String], topics: [String], encoding: InputEncoding = .utf8, diagnostics: Diagnostics
  ) throws -> [LabelledArticle] {
    guard !paths.isEmpty else { throw ValidationError("give labelled data with --data FILE") }
    let known = Set(topics)
    var out: [LabelledArticle] = []
    try ArticleReader(inputs: paths, options: ReaderOptions(allowUndated: true, encoding: encoding)).forEach { record in
      let a = record.article
      let location = a.location ?? .init(file: "?", line: 0)
      guard let labels = a.labels else {
        diagnostics.reject(.badLabels(location, reason: "record has no 'labels' member"))
        return
      }
      if let unknown = labels.first(where: { !known.contains($0) }) {
        diagnostics.reject(
          .badLabels(
            location,
            reason: "'\(unknown)' is not a topic (known: \(topics.joined(separator: ", "))); add a lexicon "
              + "file for a new topic"))
        return
      }
      out.append(LabelledArticle(id: a.id, title: a.title, text: a.text, labels: labels))
    } reject: {
      diagnostics.reject($0)
    }
    guard !out.isEmpty else {
      throw CommandFailure(
        "no labelled articles in \(paths.joined(separator: ", ")): a record needs a 'labels' member listing "
          + "topic ids, [] for none (see above for what was rejected)")
    }
    return out
  }
}

/// `--encoding` of the commands that read labelled data (`--data`).
struct DataEncodingOption: ParsableArguments {
  @Option(help: "Text encoding of the --data files: utf-8, or gb18030 (also reads GBK and GB2312).")
  var encoding: InputEncoding = .utf8
}

/// An error that ends a command with its message and exit status 1: not a usage mistake (those
/// are `ValidationError`s, thrown from `validate()` so the command's usage is shown with them).
struct CommandFailure: Error, CustomStringConvertible, Equatable {
  var description: String
  init(_ description: String) { self.description = description }
}
