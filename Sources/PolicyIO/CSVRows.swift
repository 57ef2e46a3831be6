import CSV
import Foundation

/// Writes rows as RFC 4180 CSV (fields quoted when they contain a comma, quote or newline),
/// through CSV.swift's `CSVWriter`.
public enum CSVRows {
  /// The CSV bytes of `rows`, each row ending in LF.
  public static func encode(_ rows: [[String]]) -> [UInt8] {
    let stream = OutputStream(toMemory: ())
    stream.open()
    defer { stream.close() }
    guard let writer = try? CSVWriter(stream: stream) else { return [] }
    for row in rows {
      writer.beginNewRow()
      for field in row { try? writer.write(field: field) }
    }
    writer.stream.close()
    guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return [] }
    var bytes = [UInt8](data)
    if !rows.isEmpty { bytes.append(10) }
    return bytes
  }
}
