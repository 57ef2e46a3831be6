import PolicyCore

/// One tagged article as the report needs it.
public struct ReportItem: Sendable {
  /// Article id.
  public var id: String
  /// Publication date, if known.
  public var date: ArticleDate?
  /// Headline.
  public var title: String
  /// Labelled topic indices.
  public var labels: [Int]
  /// Score per topic (0.5 = decision boundary); empty when the input carried labels only.
  public var scores: [Float]
  /// Lexicon mentions per topic.
  public var mentions: [Int]
  /// Mentions per lexicon term, per topic.
  public var termMentions: [[String: Int]]
  /// Length in characters.
  public var chars: Int

  /// Creates an item.
  public init(
    id: String, date: ArticleDate?, title: String, labels: [Int], scores: [Float], mentions: [Int],
    termMentions: [[String: Int]], chars: Int
  ) {
    self.id = id
    self.date = date
    self.title = title
    self.labels = labels
    self.scores = scores
    self.mentions = mentions
    self.termMentions = termMentions
    self.chars = chars
  }
}

/// An article listed in a report.
public struct ListedArticle: Hashable, Sendable, Codable {
  /// Article id.
  public var id: String
  /// Date (ISO), or nil.
  public var date: String?
  /// Headline.
  public var title: String
  /// The topic score that ranked it.
  public var score: Double

  /// Creates an entry.
  public init(id: String, date: String?, title: String, score: Double) {
    self.id = id
    self.date = date
    self.title = title
    self.score = score
  }
}

/// Running totals of one period.
public struct PeriodCounters: Sendable {
  /// Articles in the period.
  public var total = 0
  /// Characters in the period.
  public var chars = 0
  /// Articles labelled with each topic.
  public var articles: [Int]
  /// Lexicon mentions of each topic.
  public var mentions: [Int]
  /// Mentions per term, per topic.
  public var terms: [[String: Int]]
  /// The best-scoring labelled articles per topic (at most `ReportAccumulator.topArticleCount`).
  public var topArticles: [[ListedArticle]]

  /// Zero counters for `topics` topics.
  public init(topics: Int) {
    articles = Array(repeating: 0, count: topics)
    mentions = Array(repeating: 0, count: topics)
    terms = Array(repeating: [:], count: topics)
    topArticles = Array(repeating: [], count: topics)
  }
}
