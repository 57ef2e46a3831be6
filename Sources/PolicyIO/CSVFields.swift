import Foundation

/// Splits one CSV record (RFC 4180) into its fields, working on the record's UTF-8 bytes.
///
/// A field is unquoted (up to the next comma; a quote inside it is kept as text, as CSV.swift
/// reads it) or quoted (`"…"`, with `""` for a quote, commas and line breaks kept). A quoted
/// field must end the record or be followed by a comma: text after its closing quote is an
/// error, where CSV.swift dropped a character of it without a word. The fields must be valid
/// UTF-8 (the separators are ASCII, so no field boundary can split a character) without a NUL
/// byte.
///
/// Written here rather than read through CSV.swift, which builds every field one Unicode scalar
/// at a time: it took 58 % of `tag` on a CSV file (0.31 of 0.54 s for the 8.4 MB of
/// xwlb-2019). The tests check this against CSV.swift on well-formed records.
public enum CSVFields {
  /// Why a record could not be split.
  public enum Failure: Error, Equatable, Sendable {
    /// A field is not valid UTF-8.
    case invalidUTF8
    /// The record holds a NUL byte (at this byte offset), which no text does.
    case nulByte(offset: Int)
    /// Text follows a quoted field's closing quote (byte offset of that text in the record).
    case textAfterClosingQuote(offset: Int)
    /// A quoted field has no closing quote.
    case unterminatedQuote
  }

  /// The fields of `record` (without its line break).
  public static func split(_ record: UnsafeBufferPointer<UInt8>) -> Result<[String], Failure> {
    if let base = record.baseAddress, let nul = memchr(base, 0, record.count) {
      return .failure(.nulByte(offset: UnsafeRawPointer(base).distance(to: nul)))
    }
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
    var fields: [String] = []
    var i = 0
    let n = record.count
    while true {
      if i < n && record[i] == quote {
        // Quoted: find the closing quote, noting whether any quote is doubled inside.
        var j = i + 1
        var escaped = false
        while true {
          guard j < n else { return .failure(.unterminatedQuote) }
          if record[j] == quote {
            if j + 1 < n && record[j + 1] == quote {
              escaped = true
              j += 2
              continue
            }
            break
          }
          j += 1
        }
        let content = UnsafeBufferPointer(rebasing: record[(i + 1)..<j])
        guard let field = escaped ? unescaped(content) : String(validating: content, as: UTF8.self) else {
          return .failure(.invalidUTF8)
        }
        fields.append(field)
        i = j + 1
        if i == n { return .success(fields) }
        guard record[i] == comma else { return .failure(.textAfterClosingQuote(offset: i)) }
        i += 1
      } else {
        var j = i
        while j < n && record[j] != comma { j += 1 }
        guard let field = String(validating: UnsafeBufferPointer(rebasing: record[i..<j]), as: UTF8.self) else {
          return .failure(.invalidUTF8)
        }
        fields.append(field)
        if j == n { return .success(fields) }
        i = j + 1
      }
    }
  }

  /// The text of a quoted field's content with each `""` made one quote; nil when it is not
  /// valid UTF-8.
  private static func unescaped(_ content: UnsafeBufferPointer<UInt8>) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(content.count)
    var k = 0
    while k < content.count {
      bytes.append(content[k])
      // Inside the content every quote is the first of a doubled pair.
      k += content[k] == UInt8(ascii: "\"") ? 2 : 1
    }
    return String(validating: bytes, as: UTF8.self)
  }
}
