import PolicyCore

/// Why an input record (or a whole input file) was rejected.
///
/// Every case names where the problem is, so the message can be acted on. Readers report these
/// and go on with the next record wherever that is safe.
public enum InputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file or directory could not be opened or read.
  case unreadable(file: String, reason: String)
  /// Bytes that are not valid UTF-8.
  case invalidUTF8(RecordLocation)
  /// A NUL byte, which no text holds: a binary file, or text in UTF-16 or UTF-32.
  case nulByte(RecordLocation)
  /// A JSONL line that is not a JSON object of the expected shape.
  case malformedJSON(RecordLocation, reason: String)
  /// A CSV record that cannot be parsed, or a CSV file without the required header.
  case malformedCSV(RecordLocation, reason: String)
  /// A date that is not a date, or not a real day.
  case badDate(RecordLocation, DateError)
  /// A record with neither title nor text.
  case emptyArticle(RecordLocation)
  /// A record or line larger than the configured limit.
  case tooLarge(RecordLocation, bytes: Int, limit: Int)
  /// A bulletin page with no date in its name or header and no `--date` given.
  case undatedPage(file: String)
  /// A labelled record whose labels are not a list of strings.
  case badLabels(RecordLocation, reason: String)
  /// An input with no records at all (empty, or only blank lines).
  case emptyFile(file: String)

  /// The error a JSONL record's decoding threw, as an input error at `location`.
  init(_ error: any Error, at location: RecordLocation) {
    switch error {
    case JSONObjectParser.Failure.invalidUTF8: self = .invalidUTF8(location)
    case let failure as JSONObjectParser.Failure: self = .malformedJSON(location, reason: failure.reason)
    case let error as InputError: self = error
    default: self = .malformedJSON(location, reason: "\(error)")
    }
  }

  /// Runs `body`, turning what it throws into an input error at `location`.
  static func catching<T>(at location: RecordLocation, _ body: () throws -> T) -> Result<T, InputError> {
    do { return .success(try body()) } catch { return .failure(InputError(error, at: location)) }
  }

  public var description: String {
    switch self {
    case .unreadable(let file, let reason): return "\(file): cannot read: \(reason)"
    case .invalidUTF8(let loc): return "\(loc): invalid UTF-8; record skipped"
    case .nulByte(let loc):
      return "\(loc): a NUL byte, which text never holds (a binary file? UTF-16?); record skipped"
    case .malformedJSON(let loc, let reason): return "\(loc): malformed JSON: \(reason); record skipped"
    case .malformedCSV(let loc, let reason): return "\(loc): malformed CSV: \(reason); record skipped"
    case .badDate(let loc, let error): return "\(loc): \(error); record skipped"
    case .emptyArticle(let loc): return "\(loc): empty article (no title and no text); skipped"
    case .tooLarge(let loc, let bytes, let limit):
      return "\(loc): record of \(bytes) bytes exceeds the limit of \(limit) bytes; skipped"
    case .undatedPage(let file):
      return
        "\(file): no date in the file name or page header; pass --date YYYY-MM-DD or --allow-undated"
    case .badLabels(let loc, let reason): return "\(loc): bad labels: \(reason); record skipped"
    case .emptyFile(let file): return "\(file): empty input (no records)"
    }
  }
}
