import ArgumentParser
import PolicyClassifier

extension LexiconCommand {
  struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "suggest",
      abstract: "Ranks candidate new terms for a topic from labelled articles (log-likelihood keyness).")
    @OptionGroup var lexiconOptions: LexiconOptions
    @Option(help: "Labelled articles (JSONL or CSV with labels; repeatable).")
    var data: [String] = []

    @OptionGroup var dataEncoding: DataEncodingOption
    @Option(help: "Topic id to grow.")
    var topic: String
    @Option(help: "How many suggestions.")
    var limit = 30
    @Option(help: "A candidate must occur in at least this many topic articles.")
    var minArticles = 3

    func validate() throws {
      guard !data.isEmpty else { throw ValidationError("give labelled data with --data FILE") }
      guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
      let known = try Resources.lexicons(lexiconOptions.lexicons).topicIDs
      guard known.contains(topic) else {
        throw ValidationError("unknown topic '\(topic)' (known: \(known.joined(separator: ", ")))")
      }
    }

    func run() throws {
      let set = try Resources.lexicons(lexiconOptions.lexicons)
      guard let index = set.index(of: topic) else { preconditionFailure("validate() checked the topic") }
      let diagnostics = Diagnostics(encoding: dataEncoding.encoding)
      let articles = try LabelledData.read(
        data, topics: set.topicIDs, encoding: dataEncoding.encoding, diagnostics: diagnostics)
      guard articles.contains(where: { $0.labels.contains(topic) }) else {
        throw CommandFailure(
          "no labelled article carries '\(topic)' in the --data given; label some first (suggestions come from "
            + "the words of the topic's articles against the others)")
      }
      let suggestions = TermSuggester().suggest(
        topic: set.topics[index], articles: articles, minArticles: minArticles, limit: limit)
      print("term\tG2\tin-topic\telsewhere\ttopic-articles")
      for s in suggestions {
        print(
          "\(s.term)\t\(String(format: "%.1f", s.logLikelihood))\t\(s.topicCount)\t\(s.otherCount)\t\(s.topicArticles)")
      }
      try diagnostics.finish("suggestions printed")
    }
  }
}
