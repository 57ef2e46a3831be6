import PolicyClassifier
import PolicyIO

/// The lines of `evaluate --errors`: one JSON object per article whose predicted labels differ
/// from its labels on a judged topic, saying which decisions were wrong and what lay behind them, so a user can
/// fix a label, a lexicon or a threshold and retrain.
///
/// `{"id":…,"title":…,"labels":[…],"predicted":[…],"false_positives":[…],"false_negatives":[…],
/// "scores":{topic:score,…},"evidence":{false positive:[[term,count],…],…},
/// "mentions":{false negative:count,…}}` — scores of the wrong topics only, in topic order.
struct MistakeWriter {
  /// The lines written so far.
  private(set) var bytes: [UInt8] = []
  /// Articles written so far.
  private(set) var count = 0
  private let topicIDs: [String]
  /// The topics judged: those some article of the data carries. A label of a topic the data
  /// never uses (labelled data often covers a few of the lexicons) is not counted wrong, as
  /// the averages of `evaluate` leave such topics out.
  private let judged: Set<Int>

  init(topicIDs: [String], judged: Set<Int>) {
    self.topicIDs = topicIDs
    self.judged = judged
  }

  /// Writes `article`'s line if `result` got any of its decisions on judged topics wrong.
  mutating func add(article: LabelledArticle, result: TagResult, actual: Set<Int>) {
    let falsePositives = result.labels.filter { judged.contains($0) && !actual.contains($0) }
    let falseNegatives = actual.sorted().filter { !result.labels.contains($0) }
    guard !falsePositives.isEmpty || !falseNegatives.isEmpty else { return }
    count += 1
    let ids = topicIDs
    var line = JSONLineWriter(appendingTo: &bytes)
    line.field("id", article.id)
    line.field("title", article.title)
    line.field("labels", actual.sorted().map { ids[$0] })
    line.field("predicted", result.labels.filter(judged.contains).map { ids[$0] })
    line.field("false_positives", falsePositives.map { ids[$0] })
    line.field("false_negatives", falseNegatives.map { ids[$0] })
    let wrong = (falsePositives + falseNegatives).sorted()
    line.field("scores") { out in
      Self.appendObject(keys: wrong.map { ids[$0] }, to: &out) { n, out in
        JSONLineWriter.appendNumber(Double(result.scores[wrong[n]]), to: &out)
      }
    }
    line.field("evidence") { out in
      Self.appendObject(keys: falsePositives.map { ids[$0] }, to: &out) { n, out in
        let slot = result.labels.firstIndex(of: falsePositives[n]) ?? 0
        EvidenceJSON.appendList(result.evidence[slot], to: &out)
      }
    }
    line.field("mentions") { out in
      Self.appendObject(keys: falseNegatives.map { ids[$0] }, to: &out) { n, out in
        JSONLineWriter.appendNumber(Double(result.mentions[falseNegatives[n]]), to: &out)
      }
    }
    line.finish()
    bytes = line.bytes
  }

  /// Appends `{"key":value,…}`, each value written by `value(index, &out)`.
  private static func appendObject(
    keys: [String], to out: inout [UInt8], value: (Int, inout [UInt8]) -> Void
  ) {
    out.append(UInt8(ascii: "{"))
    for (n, key) in keys.enumerated() {
      if n > 0 { out.append(UInt8(ascii: ",")) }
      JSONLineWriter.appendString(key, to: &out)
      out.append(UInt8(ascii: ":"))
      value(n, &out)
    }
    out.append(UInt8(ascii: "}"))
  }
}
