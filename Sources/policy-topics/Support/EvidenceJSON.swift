import PolicyClassifier
import PolicyIO

/// The `evidence` member: `{"topic":[["term",count],…],…}` for each label.
enum EvidenceJSON {
  /// Each topic id as a JSON string literal: encode once per run, not once per record.
  static func quoted(_ topicIDs: [String]) -> [[UInt8]] {
    topicIDs.map { id in
      var bytes: [UInt8] = []
      JSONLineWriter.appendString(id, to: &bytes)
      return bytes
    }
  }

  /// Appends the member's value; `quotedIDs` come from ``quoted(_:)``.
  static func append(_ result: TagResult, quotedIDs: [[UInt8]], to o: inout [UInt8]) {
    o.append(UInt8(ascii: "{"))
    for (n, k) in result.labels.enumerated() {
      if n > 0 { o.append(UInt8(ascii: ",")) }
      o.append(contentsOf: quotedIDs[k])
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
