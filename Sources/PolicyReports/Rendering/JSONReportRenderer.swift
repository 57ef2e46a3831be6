import Foundation
import PolicyCore

/// Writes a ``TopicReport`` as JSON: every field of the report plus the mover and burst rules.
///
/// Keys are snake_case and sorted; output is pretty-printed and ends with a newline:
///
/// ```json
/// {
///   "burst_rule" : "burst: the share is at least 3 standard deviations …",
///   "burst_window" : 8,
///   "moving_average_window" : 4,
///   "period_kind" : "week",
///   "periods" : [ { "period" : "2025-W01", "topics" : [ { "share" : 0.25, … } ], … } ],
///   …
/// }
/// ```
///
/// Keys follow the CSV column names where they overlap: a digit run starts a new word, so
/// `mentionsPer10k` becomes `mentions_per_10k` (Foundation's `.convertToSnakeCase` would give
/// `mentions_per10k`). Missing optional values (`z_score` early on, `change` in the first
/// period, an undated article's `date`) are left out rather than written as `null`.
public enum JSONReportRenderer {
  /// The JSON bytes of `report`.
  ///
  /// - Parameter report: The report.
  /// - Returns: UTF-8 JSON ending in a newline.
  public static func render(_ report: TopicReport) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    // Keys repeat in every cell: convert each distinct key once (this encode is the only user).
    let cache = _KeyCache()
    encoder.keyEncodingStrategy = .custom { path in
      let key = path.last?.stringValue ?? ""
      if let known = cache.keys[key] { return _SnakeCaseKey(known) }
      let converted = snakeCase(key)
      cache.keys[key] = converted
      return _SnakeCaseKey(converted)
    }
    // Report numbers are finite by construction; this keeps a stray NaN from failing.
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    do {
      var bytes = [UInt8](try encoder.encode(_JSONReportDocument(report)))
      bytes.append(10)
      return bytes
    } catch {
      // Only strings, integers, booleans and (converted) doubles are encoded.
      preconditionFailure("JSONEncoder failed on a report: \(error)")
    }
  }

  /// `mentionsPer10k` → `mentions_per_10k`, `zScore` → `z_score`.
  static func snakeCase(_ key: String) -> String {
    var out = ""
    var previous: Character?
    for c in key {
      if c.isUppercase {
        if !out.isEmpty { out += "_" }
        out += c.lowercased()
      } else if c.isNumber, let p = previous, !p.isNumber, !out.isEmpty {
        out += "_"
        out.append(c)
      } else {
        out.append(c)
      }
      previous = c
    }
    return out
  }
}

/// Snake-case conversions already made during one encode.
final class _KeyCache: @unchecked Sendable {
  var keys: [String: String] = [:]
}

/// The encoded document: the report's fields, the burst rule and the window sizes.
struct _JSONReportDocument: Encodable {
  var periodKind: PeriodKind
  var topics: [ReportTopic]
  var periods: [PeriodRow]
  var undatedCount: Int
  var undated: [ListedArticle]
  var outOfRange: Int
  var summary: ReportSummary
  var burstRule: String
  var moverRule: String
  var burstWindow: Int
  var movingAverageWindow: Int

  init(_ report: TopicReport) {
    periodKind = report.periodKind
    topics = report.topics
    periods = report.periods
    undatedCount = report.undatedCount
    undated = report.undated
    outOfRange = report.outOfRange
    summary = report.summary
    burstRule = TopicReport.burstRule
    moverRule = TopicReport.moverRule
    burstWindow = TopicReport.burstWindow
    movingAverageWindow = TopicReport.movingAverageWindow
  }
}

/// A coding key made from a string.
struct _SnakeCaseKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
