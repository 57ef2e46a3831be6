import Foundation
import PolicyClassifier
import PolicyCore
import PolicyFeatures
import PolicyIO

/// Decodes, tags and encodes units of input records; also runs units on several threads for
/// the commands that tag before they aggregate (`report`, `ingest`, `retag`).
struct TaggingPool: Sendable {
  let tagger: Tagger
  let format: TagFormat
  let topicIDs: [String]
  /// Each topic id as a JSON string literal, encoded once.
  let quotedIDs: QuotedIDs

  init(tagger: Tagger, format: TagFormat, topicIDs: [String]) {
    self.tagger = tagger
    self.format = format
    self.topicIDs = topicIDs
    quotedIDs = QuotedIDs(topicIDs)
  }

  /// Records per unit of work handed to a worker. Small enough that the last units leave
  /// little idle time on the other workers, large enough that per-unit costs stay negligible:
  /// on xwlb-2019 with two jobs 96 beat 256 by about 4% in median wall time, and 48 beat 96
  /// by 3–4% at best (the same in median; 32 no better), with all fifteen years unchanged.
  static let unitSize = 48
  /// Bytes of input after which `tag` closes a unit early.
  static let unitBytes = 8 << 20

  /// One unit's output: the encoded records, the records rejected and how many were tagged.
  struct Unit: Sendable {
    var bytes: [UInt8]
    var rejects: [InputError]
    var articles: Int
  }

  /// Decodes, tags and encodes one unit of items, in input order.
  ///
  /// JSONL lines take the fast path: title and text stay UTF-8 bytes from parsing to feature
  /// counting (which validates them); written back as JSONL they are copied out as the input's
  /// own string literals, never decoded into `String`s or escaped again, and a CSV row decodes
  /// only the title.
  func process(_ items: [InputItem]) -> Unit {
    var scratch = Tagger.Scratch()
    var documents: [DocumentFeatures] = []
    var sources: [TagSource] = []
    var rejects: [InputError] = []
    var inputBytes = 0
    for item in items {
      inputBytes += item.byteCount
      switch item {
      case .jsonLine(let line, let location):
        switch JSONLRecordBytes.decode(line, location: location) {
        case .failure(let error):
          rejects.append(error)
        case .success(let record):
          let features = record.withBytes { title, text in
            tagger.features(titleUTF8: title, textUTF8: text, scratch: &scratch)
          }
          guard let features else {
            rejects.append(.invalidUTF8(location))
            continue
          }
          documents.append(features)
          sources.append(.bytes(record))
        }
      default:
        switch item.decoded() {
        case .failure(let error):
          rejects.append(error)
        case .success(let record):
          documents.append(tagger.features(title: record.article.title, text: record.article.text, scratch: &scratch))
          sources.append(.record(record))
        }
      }
    }
    let results = tagger.tag(documents: documents, scratch: &scratch)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(inputBytes + results.count * 768)
    // By index: iterating a zip would copy (retain and release) every record and result.
    for k in results.indices { encode(sources[k], results[k], into: &bytes) }
    return Unit(bytes: bytes, rejects: rejects, articles: results.count)
  }

  /// What an output record is built from.
  enum TagSource {
    case record(InputRecord)
    case bytes(JSONLRecordBytes)
  }

  /// Runs `body` over `count` items in units of ``unitSize`` on `jobs` threads; results come
  /// back in unit order.
  static func runUnits<T>(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Range<Int>) -> T) -> [T] {
    concurrentMap((count + unitSize - 1) / unitSize, jobs: jobs) { u in
      body((u * unitSize)..<min((u + 1) * unitSize, count))
    }
  }

  /// Tags `records` in units on `jobs` threads; `transform` turns each unit's records and
  /// results into an output. Outputs come back in input order.
  static func parallelBlocks<T>(
    _ records: [InputRecord], tagger: Tagger, jobs: Int,
    transform: @escaping @Sendable ([InputRecord], [TagResult]) -> T
  ) -> [T] {
    runUnits(records.count, jobs: jobs) { range in
      let unit = Array(records[range])
      var scratch = Tagger.Scratch()
      return transform(unit, tagger.tag(unit.map { ($0.article.title, $0.article.text) }, scratch: &scratch))
    }
  }

  /// Decodes and tags `items`: the records, their results and the records rejected.
  static func tag(_ items: some Collection<InputItem>, tagger: Tagger) -> (
    [InputRecord], [TagResult], [InputError]
  ) {
    var scratch = Tagger.Scratch()
    var records: [InputRecord] = []
    var rejects: [InputError] = []
    for item in items {
      switch item.decoded() {
      case .success(let record): records.append(record)
      case .failure(let error): rejects.append(error)
      }
    }
    return (records, tagger.tag(records.map { ($0.article.title, $0.article.text) }, scratch: &scratch), rejects)
  }

  func encode(_ source: TagSource, _ result: borrowing TagResult, into out: inout [UInt8]) {
    switch (format, source) {
    case (.jsonl, _):
      var line = JSONLineWriter(appendingTo: &out)
      switch source {
      case .record(let record): ArticleJSON.writeArticle(record, into: &line, includeLabels: false)
      case .bytes(let record): ArticleJSON.writeArticle(record, into: &line)
      }
      line.field(
        "labels",
        json: { o in
          o.append(UInt8(ascii: "["))
          for (n, k) in result.labels.enumerated() {
            if n > 0 { o.append(UInt8(ascii: ",")) }
            quotedIDs.append(k, to: &o)
          }
          o.append(UInt8(ascii: "]"))
        })
      line.field("scores") { o in
        o.append(UInt8(ascii: "{"))
        for k in topicIDs.indices {
          if k > 0 { o.append(UInt8(ascii: ",")) }
          quotedIDs.append(k, to: &o)
          o.append(UInt8(ascii: ":"))
          JSONLineWriter.appendNumber(Double(result.scores[k]), to: &o)
        }
        o.append(UInt8(ascii: "}"))
      }
      line.field("evidence") { EvidenceJSON.append(result, quotedIDs: quotedIDs, to: &$0) }
      line.field("mentions") { o in
        o.append(UInt8(ascii: "{"))
        var first = true
        for k in topicIDs.indices where result.mentions[k] > 0 {
          if !first { o.append(UInt8(ascii: ",")) }
          first = false
          quotedIDs.append(k, to: &o)
          o.append(UInt8(ascii: ":"))
          JSONLineWriter.appendNumber(Double(result.mentions[k]), to: &o)
        }
        o.append(UInt8(ascii: "}"))
      }
      line.field("chars", result.length)
      line.finish()
      out = line.bytes
    case (.csv, .bytes(let record)):
      // Valid UTF-8: feature counting checked it.
      record.withBytes { title, text in
        appendCSVRow(id: record.id, date: record.date, title: String(decoding: title, as: UTF8.self), result, to: &out)
        CSVRows.appendField(text, to: &out)
      }
      out.append(10)
    case (.csv, .record(let record)):
      let a = record.article
      appendCSVRow(id: a.id, date: a.date, title: a.title, result, to: &out)
      var text = a.text
      text.withUTF8 { CSVRows.appendField($0, to: &out) }
      out.append(10)
    }
  }

  /// One `tag --format csv` row up to the text: id, date, title, labels, every topic's score,
  /// evidence, and the comma before the text (which the caller appends, then the line feed).
  func appendCSVRow(id: String, date: ArticleDate?, title: String, _ result: borrowing TagResult, to out: inout [UInt8])
  {
    let evidence = result.labels.enumerated().map { n, k in
      topicIDs[k] + ": " + result.evidence[n].map { "\($0.term)×\(Int($0.count.rounded()))" }.joined(separator: " ")
    }.joined(separator: "; ")
    let row =
      [id, date?.description ?? "", title, result.labels.map { topicIDs[$0] }.joined(separator: ";")]
      + result.scores.map(FixedDecimal.fourDigits) + [evidence]
    out.append(contentsOf: CSVRows.encode([row]).dropLast())
    out.append(UInt8(ascii: ","))
  }
}
