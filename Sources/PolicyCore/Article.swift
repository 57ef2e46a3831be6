/// Where a record came from: a file (or `-` for standard input) and a 1-based line number.
///
/// Every error about a record names its location, so a user can open the file at that line.
public struct RecordLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file path as given by the user, or `-` for standard input.
  public var file: String
  /// The 1-based line where the record starts; 0 when the record has no line (a whole file).
  public var line: Int

  /// Creates a location.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  public var description: String { line > 0 ? "\(file):\(line)" : file }
}

/// One news article: the record type every command reads, tags, stores and reports on.
///
/// Articles come from JSONL, CSV or plain-text bulletin pages; whatever the source, they carry
/// the same fields. `labels` is set only when the input already carries labels (hand-labelled
/// training data, or articles tagged earlier).
public struct Article: Hashable, Sendable {
  /// A stable identifier: taken from the input, or `<date>-<nn>` for split bulletin pages.
  public var id: String
  /// The publication date, if known.
  public var date: ArticleDate?
  /// The headline.
  public var title: String
  /// The body text.
  public var text: String
  /// Where the article was published (a newspaper, a broadcaster), if known.
  public var source: String?
  /// Reporter credit removed from the body (`记者 张可馨`), if any.
  public var byline: String?
  /// Topic labels carried by the input, if any.
  public var labels: [String]?
  /// Where the record was read from.
  public var location: RecordLocation?

  /// Creates an article.
  public init(
    id: String, date: ArticleDate? = nil, title: String, text: String, source: String? = nil,
    byline: String? = nil, labels: [String]? = nil, location: RecordLocation? = nil
  ) {
    self.id = id
    self.date = date
    self.title = title
    self.text = text
    self.source = source
    self.byline = byline
    self.labels = labels
    self.location = location
  }

  /// Title and body joined by a newline: the text that features are computed from.
  public var fullText: String { title.isEmpty ? text : title + "\n" + text }
}
