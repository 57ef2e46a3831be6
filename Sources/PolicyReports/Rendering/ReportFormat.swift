/// The output formats of a topic-trend report.
///
/// | Format | Renderer | Use |
/// | --- | --- | --- |
/// | `md` | ``MarkdownReportRenderer`` | email, wiki |
/// | `html` | ``HTMLReportRenderer`` | one self-contained page with charts |
/// | `csv` | ``CSVReportRenderer`` | long-format data for pandas, R or a spreadsheet |
/// | `json` | ``JSONReportRenderer`` | the whole report as data |
///
/// The raw value is the usual file extension: `report.\(format.rawValue)`.
public enum ReportFormat: String, CaseIterable, Sendable, Codable {
  /// Markdown.
  case md
  /// A self-contained HTML page.
  case html
  /// RFC 4180 CSV, one row per period and topic.
  case csv
  /// JSON.
  case json
}
