import PolicyCore

/// What `ingest` stores for one article: the article, its content hash and the tagging.
public struct StoredArticle: Sendable {
  /// The article.
  public var article: Article
  /// Content hash (de-duplication key).
  public var contentHash: String
  /// Length in characters.
  public var chars: Int
  /// Score per topic, in the model's topic order.
  public var scores: [Float]
  /// Labelled topic indices.
  public var labels: [Int]
  /// Evidence per label, as JSON text (`{"topic":[["term",count],…]}`).
  public var evidenceJSON: String
  /// Mentions per term, per topic.
  public var termMentions: [[String: Int]]

  /// Creates a record.
  public init(
    article: Article, contentHash: String, chars: Int, scores: [Float], labels: [Int], evidenceJSON: String,
    termMentions: [[String: Int]]
  ) {
    self.article = article
    self.contentHash = contentHash
    self.chars = chars
    self.scores = scores
    self.labels = labels
    self.evidenceJSON = evidenceJSON
    self.termMentions = termMentions
  }
}

/// The model a tagging came from.
public struct ModelIdentity: Hashable, Sendable {
  /// A name (the model file's name).
  public var name: String
  /// A fingerprint of the model's content.
  public var fingerprint: String
  /// Topic ids in column order.
  public var topics: [String]

  /// Creates an identity.
  public init(name: String, fingerprint: String, topics: [String]) {
    self.name = name
    self.fingerprint = fingerprint
    self.topics = topics
  }
}
