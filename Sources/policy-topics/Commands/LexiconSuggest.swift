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

    func run() throws {
      let set = try Resources.lexicons(lexiconOptions.lexicons)
      guard let index = set.index(of: topic) else {
        throw ValidationError("unknown topic '\(topic)' (known: \(set.topicIDs.joined(separator: ", ")))")
      }
      let diagnostics = Diagnostics()
      let articles = try LabelledData.read(
        data, topics: set.topicIDs, encoding: dataEncoding.encoding, diagnostics: diagnostics)
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
