/// How the splitter reads a line's numbering: the style of its number (`一、`, `1.`, `（一）`) and
/// whether a line is numbered at all.
extension BulletinSplitter {
  /// How a paragraph's number is set (see ``isNumbered(_:)``): in brackets or not, in Chinese
  /// numerals or in digits. Items of one list share it; nil for an unnumbered paragraph.
  struct NumberingStyle: Equatable {
    var bracketed: Bool
    var chinese: Bool
  }

  /// The ``NumberingStyle`` of a numbered paragraph, or nil.
  static func numberingStyle(_ text: String) -> NumberingStyle? {
    guard isNumbered(text), let first = text.unicodeScalars.first else { return nil }
    let bracketed = first == "（" || first == "("
    let numeral = bracketed ? text.unicodeScalars.dropFirst().first : first
    return NumberingStyle(bracketed: bracketed, chinese: numeral.map { $0.properties.numericType == nil } ?? false)
  }

  /// The Chinese numerals that number a paragraph (`一、` … `十二、`), built once.
  static let chineseNumerals = ScalarBitmap("一二三四五六七八九十".unicodeScalars)

  /// The ASCII digits, built once (a set built per call cost more than the test).
  static let asciiDigits = ScalarBitmap("0123456789".unicodeScalars)

  /// Whether a paragraph starts with a number that heads it: `一、`, `（一）`, `（1）`, `1.`, `1、`.
  static func isNumbered(_ text: String) -> Bool {
    let digits = asciiDigits
    guard let first = text.unicodeScalars.first,
      chineseNumerals.contains(first) || digits.contains(first) || first == "（" || first == "("
    else { return false }
    let scalars = Array(text.unicodeScalars.prefix(8))
    // 一、 … 十二、
    if let i = scalars.firstIndex(where: { !chineseNumerals.contains($0) }), i > 0, i <= 3, scalars[i] == "、" {
      return true
    }
    // 1. 1、 12．, not 1.5 or 2025
    if let i = scalars.firstIndex(where: { !digits.contains($0) }), i > 0, i <= 2, i + 1 < scalars.count,
      scalars[i] == "." || scalars[i] == "、" || scalars[i] == "．", !digits.contains(scalars[i + 1])
    {
      return true
    }
    // （一） （12）
    if let first = scalars.first, first == "（" || first == "(",
      let close = scalars.firstIndex(where: { $0 == "）" || $0 == ")" }), close >= 2, close <= 4,
      scalars[1..<close].allSatisfy({ chineseNumerals.contains($0) || digits.contains($0) })
    {
      return true
    }
    return false
  }
}
