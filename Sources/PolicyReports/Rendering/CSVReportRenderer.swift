import PolicyIO

/// Writes a ``TopicReport`` as long-format CSV: one row per period and topic, nothing else.
///
/// The header is ``header``. Rows come in period order, and within a period in topic order,
/// so there are `periods.count × topics.count` data rows; empty periods are present as rows
/// of zeros. The file holds no totals, notes or undated counts (those are in the other
/// formats), so `pandas.read_csv` and R's `read.csv` read it as is.
///
/// | Column | Content |
/// | --- | --- |
/// | `share`, `moving_average` | fractions 0…1, 6 decimals |
/// | `mentions_per_10k` | 4 decimals |
/// | `share_change_points` | percentage points, 4 decimals, empty in the first period |
/// | `article_change` | integer, empty in the first period |
/// | `z_score` | 4 decimals, empty while the burst window is too short |
/// | `burst` | `true` or `false` |
/// | `top_terms` | `term:count|term:count`, most mentioned first |
///
/// A term is not escaped inside `top_terms`; lexicon terms contain neither `|` nor `:`.
/// Fields with commas, quotes or line breaks are quoted as RFC 4180 requires
/// (through ``PolicyIO/CSVRows``).
///
/// ```swift
/// let bytes = CSVReportRenderer.render(report, bom: true)  // for Excel
/// ```
public enum CSVReportRenderer {
  /// The header row.
  public static let header = [
    "period", "topic", "articles", "total", "share", "mentions", "chars", "mentions_per_10k",
    "share_change_points", "article_change", "moving_average", "z_score", "burst", "period_start",
    "period_end", "top_terms",
  ]

  /// The UTF-8 byte-order mark, which Excel needs to read UTF-8 CSV.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The CSV bytes of `report`.
  ///
  /// - Parameters:
  ///   - report: The report.
  ///   - bom: Whether to start with the UTF-8 byte-order mark.
  /// - Returns: UTF-8 CSV, each row ending in LF.
  /// - Complexity: O(periods × topics × top terms).
  public static func render(_ report: TopicReport, bom: Bool = false) -> [UInt8] {
    let body = CSVRows.encode(rows(report))
    return bom ? byteOrderMark + body : body
  }

  /// The header and the data rows as fields.
  static func rows(_ report: TopicReport) -> [[String]] {
    var rows: [[String]] = [header]
    rows.reserveCapacity(1 + report.periods.count * report.topics.count)
    for row in report.periods {
      for (topic, cell) in zip(report.topics, row.topics) {
        rows.append([
          row.period, topic.id, String(cell.articles), String(row.total),
          DecimalText.fixed(cell.share, digits: 6), String(cell.mentions), String(row.chars),
          DecimalText.fixed(cell.mentionsPer10k, digits: 4),
          cell.shareChangePoints.map { DecimalText.fixed($0, digits: 4) } ?? "",
          cell.change.map { String($0) } ?? "",
          DecimalText.fixed(cell.movingAverage, digits: 6),
          cell.zScore.map { DecimalText.fixed($0, digits: 4) } ?? "",
          cell.burst ? "true" : "false", row.start, row.end,
          cell.topTerms.map { "\($0.term):\($0.count)" }.joined(separator: "|"),
        ])
      }
    }
    return rows
  }
}
