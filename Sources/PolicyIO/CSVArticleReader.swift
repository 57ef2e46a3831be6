import CSV
import Foundation
import PolicyCore

/// Reads articles from CSV with a header row: `id,date,title,text` plus optional `source`,
/// `byline` and `labels` (topic ids separated by `;` or `|`). RFC 4180 quoting, fields may
/// span lines.
///
/// Record boundaries are found here (quote-aware, counting lines, so every error names the
/// line where its record starts); each record's fields are then parsed by CSV.swift. A record
/// with invalid UTF-8 or a broken quote is reported and skipped, and reading goes on.
struct CSVArticleReader {
  let path: String
  let options: ReaderOptions

  func read(
    _ emit: (InputRecord) throws -> Void, reject: (InputError) -> Void
  ) throws {
    let reader = try ByteLineReader(path: path, maxLineBytes: options.maxRecordBytes)
    var header: [String]? = nil
    var headerRejected = false
    var record: [UInt8] = []
    var recordLine = 0
    var quoteOpen = false
    var recordTooLong = false
    func finishRecord() throws {
      defer {
        record.removeAll(keepingCapacity: true)
        quoteOpen = false
        recordTooLong = false
      }
      let location = RecordLocation(file: path, line: recordLine)
      if recordTooLong {
        reject(.tooLarge(location, bytes: record.count, limit: options.maxRecordBytes))
        return
      }
      guard let text = String(validating: record, as: UTF8.self) else {
        reject(.invalidUTF8(location))
        return
      }
      // A blank record (only spaces and tabs, as `CharacterSet.whitespaces` has them) is
      // skipped; checked scalar by scalar, which stops at the first letter, where Foundation's
      // trimming copied the whole record.
      if text.unicodeScalars.allSatisfy({ $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }) {
        return
      }
      let fields: [String]
      do {
        let csv = try CSVReader(string: text + "\n", hasHeaderRow: false)
        guard let row = csv.next() else {
          reject(.malformedCSV(location, reason: "no fields"))
          return
        }
        fields = row
      } catch {
        reject(.malformedCSV(location, reason: "\(error)"))
        return
      }
      guard let columns = header else {
        header = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if header?.first?.hasPrefix("\u{FEFF}") == true { header?[0].removeFirst() }
        for required in ["title", "text"] where !(header ?? []).contains(required) {
          reject(.malformedCSV(location, reason: "header has no '\(required)' column (need id,date,title,text)"))
          header = nil
          headerRejected = true
          throw CSVStop()
        }
        return
      }
      guard fields.count == columns.count else {
        reject(
          .malformedCSV(location, reason: "\(fields.count) fields, but the header has \(columns.count)"))
        return
      }
      var row: [String: String] = [:]
      for (k, v) in zip(columns, fields) { row[k] = v }
      do {
        try emit(try Self.article(row, location: location))
      } catch let error as InputError {
        reject(error)
      }
    }
    do {
      try reader.forEachLine { line in
        switch line {
        case .tooLong(let number, let bytes):
          if record.isEmpty { recordLine = number }
          reject(.tooLarge(RecordLocation(file: path, line: recordLine), bytes: bytes, limit: options.maxRecordBytes))
          record.removeAll()
          quoteOpen = false
        case .bytes(let bytes, let number):
          if record.isEmpty { recordLine = number } else { record.append(10) }
          record.append(contentsOf: bytes)
          if record.count > options.maxRecordBytes { recordTooLong = true }
          for b in bytes where b == UInt8(ascii: "\"") { quoteOpen.toggle() }
          if !quoteOpen { try finishRecord() }
        }
        return true
      }
    } catch is CSVStop {
      return
    }
    if !record.isEmpty {
      if quoteOpen {
        reject(.malformedCSV(RecordLocation(file: path, line: recordLine), reason: "unterminated quoted field"))
      } else {
        try finishRecord()
      }
    }
    if header == nil && !headerRejected { reject(.emptyFile(file: path)) }
  }

  struct CSVStop: Error {}

  static func article(_ row: [String: String], location: RecordLocation) throws(InputError)
    -> InputRecord
  {
    let title = row["title"] ?? ""
    let text = row["text"] ?? ""
    guard !(title.isEmpty && text.isEmpty) else { throw .emptyArticle(location) }
    var date: ArticleDate? = nil
    if let d = row["date"], !d.trimmingCharacters(in: .whitespaces).isEmpty {
      do { date = try ArticleDate(parsing: d) } catch { throw .badDate(location, error) }
    }
    var labels: [String]? = nil
    if let raw = row["labels"] {
      labels = raw.split(whereSeparator: { $0 == ";" || $0 == "|" || $0 == "," })
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    let id = row["id"].flatMap { $0.isEmpty ? nil : $0 } ?? "h" + contentHash(title: title, text: text)
    return InputRecord(
      article: Article(
        id: id, date: date, title: title, text: text,
        source: row["source"].flatMap { $0.isEmpty ? nil : $0 },
        byline: row["byline"].flatMap { $0.isEmpty ? nil : $0 }, labels: labels,
        location: location))
  }
}
