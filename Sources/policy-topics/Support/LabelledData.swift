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
    // Per file, its records and the topics its labels use: a topic labelled in some files only
    // is a negative in every record of the others, which is worth a warning.
    var recordsPerFile: [String: Int] = [:]
    var topicsPerFile: [String: Set<String>] = [:]
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
      recordsPerFile[location.file, default: 0] += 1
      topicsPerFile[location.file, default: []].formUnion(labels)
    } reject: {
      diagnostics.reject($0)
    }
    warnAboutPartlyLabelledTopics(recordsPerFile: recordsPerFile, topicsPerFile: topicsPerFile)
    guard !out.isEmpty else {
      throw CommandFailure(
        "no labelled articles in \(paths.joined(separator: ", ")): a record needs a 'labels' member listing "
          + "topic ids, [] for none (see above for what was rejected)")
    }
    return out
  }

  /// Warns, per file, of the topics other files' labels use and its own do not: its records
  /// count as negatives for them (a file labelled for one new topic, trained with a set labelled
  /// before that topic existed, teaches that the older set's items are not about it).
  static func warnAboutPartlyLabelledTopics(recordsPerFile: [String: Int], topicsPerFile: [String: Set<String>]) {
    guard recordsPerFile.count > 1 else { return }
    let used = Set(topicsPerFile.values.joined())
    for file in recordsPerFile.keys.sorted() {
      let missing = used.subtracting(topicsPerFile[file] ?? []).sorted()
      guard !missing.isEmpty else { continue }
      StandardError.write(
        "policy-topics: warning: no record of \(file) carries \(missing.joined(separator: ", ")); its "
          + "\(recordsPerFile[file] ?? 0) record(s) count as negatives for \(missing.count == 1 ? "it" : "them") "
          + "(label \(missing.count == 1 ? "it" : "them") there too where they apply)\n")
    }
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
