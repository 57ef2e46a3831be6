import Foundation

/// Fixed-point text for report numbers.
///
/// Uses `String(format:)`, whose `%f` ignores the user's locale, so reports read the same
/// everywhere (`12.5`, never `12,5`). A value that rounds to zero never prints as `-0.0`.
enum DecimalText {
  /// `value` with exactly `digits` decimals: `fixed(0.1234567, digits: 6)` is `0.123457`.
  static func fixed(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
    let text = String(format: "%.\(digits)f", value)
    if text.hasPrefix("-"), !text.contains(where: { $0 >= "1" && $0 <= "9" }) {
      return String(text.dropFirst())
    }
    return text
  }

  /// A share (0…1) as a percentage without the sign: `percent(0.1234)` is `12.3`.
  static func percent(_ share: Double, digits: Int = 1) -> String {
    fixed(share * 100, digits: digits)
  }

  /// A change with an explicit sign: `+2.5`, `-0.4`, `0.0`.
  static func signed(_ value: Double, digits: Int = 1) -> String {
    let text = fixed(value, digits: digits)
    if text.hasPrefix("-") || !text.contains(where: { $0 >= "1" && $0 <= "9" }) { return text }
    return "+" + text
  }

  /// An integer change with an explicit sign: `+3`, `-1`, `0`.
  static func signed(_ value: Int) -> String {
    value > 0 ? "+\(value)" : "\(value)"
  }
}
