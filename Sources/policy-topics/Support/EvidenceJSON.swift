import PolicyClassifier
import PolicyIO

/// The `evidence` member: `{"topic":[["term",count],…],…}` for each label.
enum EvidenceJSON {
  /// Appends the member's value.
  static func append(_ result: borrowing TagResult, quotedIDs: QuotedIDs, to o: inout [UInt8]) {
    o.append(UInt8(ascii: "{"))
    for (n, k) in result.labels.enumerated() {
      if n > 0 { o.append(UInt8(ascii: ",")) }
      quotedIDs.append(k, to: &o)
      o.append(UInt8(ascii: ":"))
      appendList(result.evidence[n], to: &o)
    }
    o.append(UInt8(ascii: "}"))
  }

  /// Appends one label's evidence: `[["term",count],…]`.
  static func appendList(_ evidence: [Evidence], to o: inout [UInt8]) {
    o.append(UInt8(ascii: "["))
    for (e, ev) in evidence.enumerated() {
      if e > 0 { o.append(UInt8(ascii: ",")) }
      o.append(UInt8(ascii: "["))
      JSONLineWriter.appendString(ev.term, to: &o)
      o.append(UInt8(ascii: ","))
      JSONLineWriter.appendNumber(Double(ev.count), to: &o)
      o.append(UInt8(ascii: "]"))
    }
    o.append(UInt8(ascii: "]"))
  }
}

/// Topic ids as JSON string literals (quotes included), encoded once per run, not once per
/// record, and laid end to end in one buffer: a record appends a topic's literal without
/// retaining an array per topic.
struct QuotedIDs: Sendable {
  private let bytes: [UInt8]
  /// Where each literal starts in `bytes`, and one past the last.
  private let starts: [Int]

  init(_ topicIDs: [String]) {
    var bytes: [UInt8] = []
    var starts = [0]
    for id in topicIDs {
      JSONLineWriter.appendString(id, to: &bytes)
      starts.append(bytes.count)
    }
    self.bytes = bytes
    self.starts = starts
  }

  /// Appends topic `k`'s literal.
  func append(_ k: Int, to out: inout [UInt8]) {
    let range = starts[k]..<starts[k + 1]
    bytes.withUnsafeBufferPointer { out.append(contentsOf: $0[range]) }
  }
}
