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
  /// The model file's absolute path, when it was read from one.
  public var path: String?

  /// Creates an identity.
  public init(name: String, fingerprint: String, topics: [String], path: String? = nil) {
    self.name = name
    self.fingerprint = fingerprint
    self.topics = topics
    self.path = path
  }
}

/// The model a store's reports use, which `ingest` tags new articles with.
public struct CurrentModel: Hashable, Sendable {
  /// Its row in the store.
  public var id: Int64
  /// Its name, fingerprint, topics and file.
  public var identity: ModelIdentity

  /// Creates a description of the current model.
  public init(id: Int64, identity: ModelIdentity) {
    self.id = id
    self.identity = identity
  }

  /// The model file's name.
  public var name: String { identity.name }
  /// Topic ids in column order.
  public var topics: [String] { identity.topics }
}
