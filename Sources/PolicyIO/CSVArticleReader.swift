import Foundation
import PolicyCore

/// Reads articles from CSV with a header row: `id,date,title,text` plus optional `source`,
/// `byline` and `labels` (topic ids separated by `;` or `|`). RFC 4180 quoting, fields may
/// span lines.
///
/// Record boundaries are found here (quote-aware, counting lines, so every error names the
/// line where its record starts); each record's fields are then split by ``CSVFields``. A
/// record with invalid UTF-8 or a broken quote is reported and skipped, and reading goes on.
struct CSVArticleReader {
  let path: String
  let options: ReaderOptions
  /// Bytes already read from the input (standard input, after sniffing its format).
  var prefix = Data()

  /// Reads the file, handing over each data record as ``InputItem/csvRecord(_:columns:_:)``:
  /// its fields are parsed by ``InputItem/decoded()``, on whichever thread calls it. The
  /// header, blank records and broken quotes are dealt with here.
  func read(_ emit: (InputItem) throws -> Void, reject: (InputError) -> Void) throws {
    let reader = try ByteLineReader(
      path: path, maxLineBytes: options.maxRecordBytes, prefix: prefix, encoding: options.encoding)
    var header: [String]? = nil
    var headerRejected = false
    var record: [UInt8] = []
    var recordLine = 0
    var lastLine = 0
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
      if Self.isBlank(record) { return }
      guard let columns = header else {
        switch Self.fields(of: record, location: location) {
        case .failure(let error): reject(error)
        case .success(let fields):
          header = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
          if header?.first?.hasPrefix("\u{FEFF}") == true { header?[0].removeFirst() }
          for required in ["title", "text"] where !(header ?? []).contains(required) {
            reject(.malformedCSV(location, reason: "header has no '\(required)' column (need id,date,title,text)"))
            header = nil
            headerRejected = true
            throw CSVStop()
          }
          // A column read twice would give every record one of two cells, the other unseen.
          if let name = Self.repeatedColumn(in: header ?? []) {
            reject(.malformedCSV(location, reason: "header has two '\(name)' columns (which one is meant?)"))
            header = nil
            headerRejected = true
            throw CSVStop()
          }
        }
        return
      }
      try emit(.csvRecord(record, columns: columns, location))
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
          lastLine = number
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
    } catch let failure as ByteLineReader.ReadFailure {
      // The records before the damage stand; the record it cut is dropped.
      reject(failure.error)
      return
    }
    if !record.isEmpty {
      if quoteOpen {
        // The open quote took the rest of the file into one field: say how much was lost.
        let rest =
          lastLine > recordLine ? ": lines \(recordLine)–\(lastLine), the rest of the file, are one broken record" : ""
        reject(
          .malformedCSV(
            RecordLocation(file: path, line: recordLine),
            reason: "a quoted field opened on this line is never closed\(rest)"))
      } else {
        try finishRecord()
      }
    }
    if header == nil && !headerRejected { reject(.emptyFile(file: path)) }
  }

  /// Whether a record holds only spaces and tabs (as `CharacterSet.whitespaces` has them):
  /// such a line is skipped. ASCII decides at once; other bytes are read as scalars.
  static func isBlank(_ record: [UInt8]) -> Bool {
    if record.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
    if record.contains(where: { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 }) { return false }
    guard let text = String(validating: record, as: UTF8.self) else { return false }
    return text.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
  }

  /// The fields of one record (its UTF-8 bytes).
  static func fields(of record: [UInt8], location: RecordLocation) -> Result<[String], InputError> {
    let result = record.withUnsafeBufferPointer { CSVFields.split($0) }
    switch result {
    case .success(let fields): return .success(fields)
    case .failure(.invalidUTF8): return .failure(.invalidUTF8(location))
    case .failure(.nulByte): return .failure(.nulByte(location))
    case .failure(.unterminatedQuote): return .failure(.malformedCSV(location, reason: "unterminated quoted field"))
    case .failure(.textAfterClosingQuote(let offset)):
      return .failure(.malformedCSV(location, reason: "text after a closing quote (byte \(offset + 1) of the record)"))
    }
  }

  /// Decodes a data record against the header's `columns`.
  static func decode(_ record: [UInt8], columns: [String], location: RecordLocation) -> Result<
    InputRecord, InputError
  > {
    let fields: [String]
    switch Self.fields(of: record, location: location) {
    case .failure(let error): return .failure(error)
    case .success(let f): fields = f
    }
    guard fields.count == columns.count else {
      return .failure(.malformedCSV(location, reason: "\(fields.count) fields, but the header has \(columns.count)"))
    }
    var row: [String: String] = [:]
    for (k, v) in zip(columns, fields) { row[k] = v }
    do {
      return .success(try Self.article(row, location: location))
    } catch {
      return .failure(error)
    }
  }

  struct CSVStop: Error {}

  /// The columns a record is read from.
  static let interpretedColumns: Set<String> = ["id", "date", "title", "text", "source", "byline", "labels"]

  /// The first interpreted column that `header` names twice, if any.
  static func repeatedColumn(in header: [String]) -> String? {
    var seen = Set<String>()
    return header.first { interpretedColumns.contains($0) && !seen.insert($0).inserted }
  }

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
    if let raw = row["labels"] { labels = Self.labels(inCell: raw) }
    let id = row["id"].flatMap { $0.isEmpty ? nil : $0 } ?? "h" + contentHash(title: title, text: text)
    return InputRecord(
      article: Article(
        id: id, date: date, title: title, text: text,
        source: row["source"].flatMap { $0.isEmpty ? nil : $0 },
        byline: row["byline"].flatMap { $0.isEmpty ? nil : $0 }, labels: labels,
        location: location))
  }
}

extension CSVArticleReader {
  /// The topic ids of a CSV `labels` cell: separated by `;`, `|` or `,`, optionally written as a
  /// JSON array (`[]` for none, `["reform","environment"]`, as JSONL writes them); an empty
  /// cell is no labels.
  static func labels(inCell raw: String) -> [String] {
    var cell = Substring(raw.trimmingCharacters(in: .whitespaces))
    if cell.hasPrefix("["), cell.hasSuffix("]") { cell = cell.dropFirst().dropLast() }
    return cell.split(whereSeparator: { $0 == ";" || $0 == "|" || $0 == "," })
      .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"'"))) }
      .filter { !$0.isEmpty }
  }
}
