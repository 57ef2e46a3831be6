import ArgumentParser
import PolicyClassifier
import PolicyCore
import PolicyIO

/// Options of every command that reads articles.
struct InputOptions: ParsableArguments {
  @Argument(
    help: "Inputs: JSONL, CSV or text bulletin pages (any of them gzipped), directories of them, or - for stdin.")
  var inputs: [String] = []

  @Option(help: "Date for bulletin pages that carry none (YYYY-MM-DD).")
  var date: String?

  @Flag(help: "Accept bulletin pages without any date.")
  var allowUndated = false

  @Flag(help: "Treat each text file as one article (e.g. annual work reports), not a page of articles.")
  var asDocument = false

  @Option(
    help:
      "Largest accepted record (JSONL line, CSV record or article) in bytes; a bulletin page, read whole, may be eight times this."
  )
  var maxRecordBytes = 8 << 20

  @Option(help: "Format of standard input: jsonl, csv or text (guessed when omitted).")
  var stdinFormat: String?

  @Option(help: "Text encoding of the inputs: utf-8, or gb18030 (also reads GBK and GB2312).")
  var encoding: InputEncoding = .utf8

  /// Checks the values before anything runs, so a mistake is reported with the command's usage.
  func validate() throws {
    guard maxRecordBytes >= 1 else { throw ValidationError("--max-record-bytes must be at least 1") }
    if let s = stdinFormat, InputFormat(rawValue: s) == nil {
      throw ValidationError("--stdin-format must be jsonl, csv or text")
    }
    // Standard input can be read once: a second '-' was read as an empty input and rejected.
    guard inputs.filter({ $0 == "-" }).count <= 1 else {
      throw ValidationError("- (standard input) can be given only once")
    }
    _ = try readerOptions()
  }

  /// - Parameter jobs: threads for splitting bulletin pages.
  func readerOptions(jobs: Int = 1) throws -> ReaderOptions {
    var date: ArticleDate? = nil
    if let text = self.date {
      do { date = try ArticleDate(parsing: text) } catch { throw ValidationError("--date: \(error)") }
    }
    return ReaderOptions(
      date: date, allowUndated: allowUndated, asDocument: asDocument, maxRecordBytes: maxRecordBytes, jobs: jobs,
      encoding: encoding)
  }

  /// - Parameter jobs: threads for splitting bulletin pages.
  func reader(jobs: Int = 1) throws -> ArticleReader {
    guard !inputs.isEmpty else {
      throw ValidationError("give at least one input (a file, a directory, or - for stdin)")
    }
    var format: InputFormat? = nil
    if let s = stdinFormat {
      guard let f = InputFormat(rawValue: s) else { throw ValidationError("--stdin-format must be jsonl, csv or text") }
      format = f
    }
    return ArticleReader(inputs: inputs, options: try readerOptions(jobs: jobs), standardInputFormat: format)
  }
}

/// The `--lexicons` option.
struct LexiconOptions: ParsableArguments {
  @Option(help: "Directory of .lexicon files (default: ./Lexicons).")
  var lexicons: String?
}

/// `--model` and `--classifier`, for every command that tags.
struct ModelOptions: ParsableArguments {
  @Option(help: "Model file (default: Models/default.ptmodel).")
  var model: String?

  @Option(help: "Classifier: nb, cosine or ensemble (default: the model's).")
  var classifier: ClassifierKind?

  /// `--classifier`, checked against `model`: a model trained without labelled data (zero-shot)
  /// decides every topic by cosine against the lexicons, so naming another classifier is an
  /// error rather than a label on output it did not make.
  func classifier(for model: TopicModel) throws -> ClassifierKind? {
    guard let classifier, classifier != .cosine, !model.metadata.topics.contains(where: { $0.positives > 0 }) else {
      return classifier
    }
    throw CommandFailure(
      "--classifier \(classifier.rawValue): this model was built without labelled data (zero-shot), so cosine "
        + "decides every topic; leave out --classifier or pass --classifier cosine")
  }
}

/// `--from` and `--to`, parsed and checked once for every command that takes a date range.
struct DateRangeOptions: ParsableArguments {
  @Option(help: "First day of the range (YYYY-MM-DD).")
  var from: String?

  @Option(help: "Last day of the range (YYYY-MM-DD).")
  var to: String?

  /// Checks the range before anything runs, so a mistake is reported with the command's usage.
  func validate() throws { _ = try bounds() }

  /// The range's bounds.
  func bounds() throws -> (from: ArticleDate?, to: ArticleDate?) {
    func parse(_ text: String?, _ name: String) throws -> ArticleDate? {
      guard let text else { return nil }
      do { return try ArticleDate(parsing: text) } catch { throw ValidationError("--\(name): \(error)") }
    }
    let range = (from: try parse(from, "from"), to: try parse(to, "to"))
    if let f = range.from, let t = range.to, t < f {
      throw ValidationError("--to \(t) is before --from \(f)")
    }
    return range
  }
}

extension InputEncoding: ExpressibleByArgument {}
