/// Writes rows as RFC 4180 CSV: fields containing a comma, quote, CR or LF are quoted, quotes
/// doubled, rows end in LF.
///
/// Written here (and read by ``CSVFields``) because CSV.swift's writer emits one scalar at a
/// time into an `OutputStream`, which took 0.7 s of a 0.9 s weekly report over fifteen years
/// (6,552 rows).
public enum CSVRows {
  /// The CSV bytes of `rows`.
  public static func encode(_ rows: [[String]]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(rows.count * 64)
    for row in rows {
      for (k, field) in row.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        append(field, to: &out)
      }
      out.append(10)
    }
    return out
  }

  static func append(_ field: String, to out: inout [UInt8]) {
    var field = field
    field.withUTF8 { appendField($0, to: &out) }
  }

  /// Appends one field given as UTF-8 bytes, quoted when it holds a comma, quote, CR or LF.
  public static func appendField(_ field: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    guard field.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else {
      out.append(contentsOf: field)
      return
    }
    out.reserveCapacity(out.count + field.count + 8)
    out.append(0x22)
    var start = 0
    // Copy runs between quotes whole; each quote is doubled.
    for (i, b) in field.enumerated() where b == 0x22 {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: field[start...i]))
      out.append(0x22)
      start = i + 1
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: field[start...]))
    out.append(0x22)
  }
}
