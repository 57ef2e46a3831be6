/// A calendar date with a precision: a whole day, a month or a year.
///
/// Annual documents such as government work reports are dated only to a year (`2014.txt`);
/// news items to a day. Reports place a year-precision date in its year, and count it as
/// undated in week or month reports rather than inventing a day.
///
/// Dates are proleptic Gregorian. `description` is ISO 8601: `2024-03-05`, `2024-03`, `2024`.
public struct ArticleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// How much of the date is known.
  public enum Precision: Int, Sendable, Comparable {
    case year, month, day
    public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The year, 1 through 9999.
  public let year: Int
  /// The month, 1–12 (1 when the precision is `.year`).
  public let month: Int
  /// The day of the month (1 unless the precision is `.day`).
  public let day: Int
  /// How much of the date is known.
  public let precision: Precision

  /// Creates a day-precision date, or throws when the day does not exist (`2023-02-30`).
  public init(year: Int, month: Int, day: Int) throws(DateError) {
    guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
    guard (1...12).contains(month) else { throw .impossibleDate(Self.format(year, month, day)) }
    guard day >= 1, day <= ArticleDate.daysIn(month: month, year: year) else {
      throw .impossibleDate(Self.format(year, month, day))
    }
    self.year = year
    self.month = month
    self.day = day
    self.precision = .day
  }

  /// Creates a month-precision date.
  public init(year: Int, month: Int) throws(DateError) {
    guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
    guard (1...12).contains(month) else { throw .impossibleDate(String(Self.format(year, month, 1).prefix(7))) }
    self.year = year
    self.month = month
    self.day = 1
    self.precision = .month
  }

  /// Creates a year-precision date.
  public init(year: Int) throws(DateError) {
    guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
    self.year = year
    self.month = 1
    self.day = 1
    self.precision = .year
  }

  /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (also `YYYY/MM/DD` and `YYYYMMDD`).
  ///
  /// - Throws: `DateError.unparseable` for text that is not a date, `DateError.impossibleDate`
  ///   for a date that does not exist.
  public init(parsing text: Substring) throws(DateError) {
    // Most dates come as bare digits and separators: parse the UTF-8 in place, no copy.
    let utf8 = text.utf8
    var result: Result<ArticleDate, DateError>
    if let first = utf8.first, let last = utf8.last, first &- 48 < 10, last &- 48 < 10,
      let parsed = utf8.withContiguousStorageIfAvailable({ Self.parse(digits: $0) })
    {
      result = parsed
    } else {
      result = Array(text.trimmingSpaces.utf8).withUnsafeBufferPointer { Self.parse(digits: $0) }
    }
    if case .failure(.unparseable) = result, let lenient = Self.lenient(text.trimmingSpaces) {
      result = lenient
    }
    self = try result.get()
  }

  /// The other ways dates are written in exported news: `2024-6-3` (no zero padding, with `-`,
  /// `/` or `.`), `2024.06.03`, `2024年6月3日` (or `2024年6月`, `2024年`), and a date followed by a
  /// time (`2024-06-03T08:00:00+08:00`, `2024-06-03 08:00`), whose date is taken. Nil when the
  /// text is none of these (a mixed separator, a two-digit year, words).
  private static func lenient(_ text: Substring) -> Result<ArticleDate, DateError>? {
    var text = text
    // A time after a full date: cut at the `T` or space that follows the day.
    if let cut = text.firstIndex(where: { $0 == "T" || $0 == " " }),
      text[text.index(after: cut)...].first?.isASCII == true,
      text[text.index(after: cut)...].first?.isNumber == true
    {
      text = text[..<cut]
    }
    var parts: [Substring]
    if text.contains("年") {
      guard text.hasSuffix("年") || text.hasSuffix("月") || text.hasSuffix("日") else { return nil }
      parts = text.split(whereSeparator: { "年月日".contains($0) })
      let markers = text.filter { "年月日".contains($0) }
      guard ["年", "年月", "年月日"].contains(markers), parts.count == markers.count else { return nil }
    } else {
      guard let separator = text.first(where: { "-/.".contains($0) }) else { return nil }
      parts = text.split(separator: separator, omittingEmptySubsequences: false)
      guard (2...3).contains(parts.count), !text.contains(where: { "-/.".contains($0) && $0 != separator }) else {
        return nil
      }
    }
    guard let year = parts.first, year.count == 4,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      parts.dropFirst().allSatisfy({ $0.count <= 2 })
    else { return nil }
    let numbers = parts.compactMap { Int($0) }
    return Result { () throws(DateError) in
      switch numbers.count {
      case 1: try ArticleDate(year: numbers[0])
      case 2: try ArticleDate(year: numbers[0], month: numbers[1])
      default: try ArticleDate(year: numbers[0], month: numbers[1], day: numbers[2])
      }
    }
  }

  /// Parses `YYYY`, `YYYY-MM`, `YYYYMMDD` or `YYYY-MM-DD` (`/` also separates) from UTF-8.
  private static func parse(digits bytes: UnsafeBufferPointer<UInt8>) -> Result<ArticleDate, DateError> {
    Result { () throws(DateError) in try ArticleDate(exactly: bytes) }
  }

  private init(exactly bytes: UnsafeBufferPointer<UInt8>) throws(DateError) {
    func unparseable() -> DateError { .unparseable(String(decoding: bytes, as: UTF8.self)) }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        guard i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 else { return nil }
        value = value * 10 + Int(bytes[i] - 48)
      }
      return value
    }
    let isSep: (UInt8) -> Bool = { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }
    switch bytes.count {
    case 4:
      guard let y = number(0..<4) else { throw unparseable() }
      try self.init(year: y)
    case 7 where isSep(bytes[4]):
      guard let y = number(0..<4), let m = number(5..<7) else {
        throw unparseable()
      }
      try self.init(year: y, month: m)
    case 8:
      guard let y = number(0..<4), let m = number(4..<6), let d = number(6..<8) else {
        throw unparseable()
      }
      try self.init(year: y, month: m, day: d)
    case 10 where isSep(bytes[4]) && bytes[7] == bytes[4]:
      guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else {
        throw unparseable()
      }
      try self.init(year: y, month: m, day: d)
    default:
      throw unparseable()
    }
  }

  /// Parses a date from a string; see ``init(parsing:)-(Substring)``.
  public init(parsing text: String) throws(DateError) {
    try self.init(parsing: text[...])
  }

  /// Creates a day-precision date from a count of days since 1970-01-01.
  public init(daysSinceEpoch: Int) {
    // Howard Hinnant's civil_from_days.
    let z = daysSinceEpoch + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
    self.precision = .day
  }

  /// Days since 1970-01-01 of the first day this date covers.
  public var daysSinceEpoch: Int { Self.dayNumber(year: year, month: month, day: day) }

  /// Days since 1970-01-01 of a (valid) civil date; Howard Hinnant's days_from_civil.
  static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// ISO weekday, Monday = 1 … Sunday = 7.
  public var isoWeekday: Int {
    let d = daysSinceEpoch  // 1970-01-01 was a Thursday (4).
    return ((d % 7 + 7) % 7 + 3) % 7 + 1
  }

  /// The day `n` days later (or earlier, for negative `n`).
  public func adding(days n: Int) -> ArticleDate {
    ArticleDate(daysSinceEpoch: daysSinceEpoch + n)
  }

  /// Whether `year` is a Gregorian leap year.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// `YYYY-MM-DD` of any numbers (error messages name impossible dates this way).
  static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
    guard (0...9999).contains(y), (0...99).contains(m), (0...99).contains(d) else { return "\(y)-\(m)-\(d)" }
    return iso(y, m, d, precision: .day)
  }

  /// `YYYY-MM-DD`, or its first 7 or 4 characters as `precision` says, for fields of at most
  /// 4, 2 and 2 digits: a small string built in place (`tag` writes a date for every record).
  static func iso(_ y: Int, _ m: Int, _ d: Int, precision: Precision) -> String {
    String(unsafeUninitializedCapacity: 10) { buffer in
      var n = 0
      func digits(_ v: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = v
        while divisor > 0 {
          buffer[n] = 0x30 + UInt8(v / divisor)
          n += 1
          v %= divisor
          divisor /= 10
        }
      }
      digits(y, 4)
      if precision >= .month {
        buffer[n] = UInt8(ascii: "-")
        n += 1
        digits(m, 2)
      }
      if precision == .day {
        buffer[n] = UInt8(ascii: "-")
        n += 1
        digits(d, 2)
      }
      return n
    }
  }

  public var description: String {
    guard (0...9999).contains(year) else {
      // Only day arithmetic far outside the data reaches such years.
      return String(year) + Self.iso(0, month, day, precision: precision).dropFirst(4)
    }
    return Self.iso(year, month, day, precision: precision)
  }

  public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
    (lhs.year, lhs.month, lhs.day, lhs.precision) < (rhs.year, rhs.month, rhs.day, rhs.precision)
  }
}

/// Why a date could not be read.
public enum DateError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The text is not a date in any accepted form.
  case unparseable(String)
  /// The text has the form of a date, but no such day exists (`2023-02-30`).
  case impossibleDate(String)
  /// The year is outside 1–9999.
  case yearOutOfRange(Int)

  public var description: String {
    switch self {
    case .unparseable(let text):
      return
        "'\(text)' is not a date (expected YYYY-MM-DD — also YYYYMMDD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, or a date and a time — or YYYY-MM or YYYY)"
    case .impossibleDate(let text): return "'\(text)' is not a real calendar date"
    case .yearOutOfRange(let year): return "year \(year) is out of range (1–9999)"
    }
  }
}

extension Substring {
  /// The substring without leading and trailing ASCII spaces and tabs.
  var trimmingSpaces: Substring {
    var s = self
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return s
  }
}
