/// How reports group dates: ISO-8601 weeks, calendar months or years.
public enum PeriodKind: String, CaseIterable, Sendable, Codable {
  case week, month, year
}

/// One reporting period: an ISO week (`2025-W01`), a month (`2025-03`) or a year (`2025`).
///
/// ISO weeks start on Monday and belong to the ISO week-year of their Thursday, so 2024-12-30
/// is in `2025-W01` and 2021-01-03 is in `2020-W53`.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The kind of period.
  public let kind: PeriodKind
  /// The first day of the period, as days since 1970-01-01.
  public let startDay: Int

  /// The period of `kind` that contains `date`, or `nil` when the date is less precise than
  /// the period (a year-only date has no week or month).
  public init?(containing date: ArticleDate, kind: PeriodKind) {
    switch kind {
    case .week:
      guard date.precision == .day else { return nil }
      self.kind = kind
      self.startDay = date.daysSinceEpoch - (date.isoWeekday - 1)
    case .month:
      guard date.precision >= .month else { return nil }
      self.kind = kind
      self.startDay = Self.firstDay(year: date.year, month: date.month)
    case .year:
      self.kind = kind
      self.startDay = Self.firstDay(year: date.year, month: 1)
    }
  }

  private init(kind: PeriodKind, startDay: Int) {
    self.kind = kind
    self.startDay = startDay
  }

  private static func firstDay(year: Int, month: Int) -> Int {
    ArticleDate.dayNumber(year: year, month: month, day: 1)
  }

  /// The first day of the period.
  public var start: ArticleDate { ArticleDate(daysSinceEpoch: startDay) }

  /// The last day of the period.
  public var end: ArticleDate { ArticleDate(daysSinceEpoch: next.startDay - 1) }

  /// The period right before this one, or nil before the year 1.
  public var previous: Period? {
    let s = start
    switch kind {
    case .week: return s.year > 1 || s.month > 1 || s.day > 7 ? Period(kind: .week, startDay: startDay - 7) : nil
    case .month:
      let (y, m) = s.month == 1 ? (s.year - 1, 12) : (s.year, s.month - 1)
      return y >= 1 ? Period(kind: .month, startDay: Self.firstDay(year: y, month: m)) : nil
    case .year:
      return s.year > 1 ? Period(kind: .year, startDay: Self.firstDay(year: s.year - 1, month: 1)) : nil
    }
  }

  /// The period right after this one.
  public var next: Period {
    switch kind {
    case .week: return Period(kind: .week, startDay: startDay + 7)
    case .month:
      let s = start
      let (y, m) = s.month == 12 ? (s.year + 1, 1) : (s.year, s.month + 1)
      return Period(kind: .month, startDay: Self.firstDay(year: y, month: m))
    case .year:
      return Period(kind: .year, startDay: Self.firstDay(year: start.year + 1, month: 1))
    }
  }

  /// The ISO week-year and week number (meaningful for week periods).
  public var isoWeek: (year: Int, week: Int) {
    let thursday = ArticleDate(daysSinceEpoch: startDay + 3)
    let firstThursdayDay = Self.firstDay(year: thursday.year, month: 1)
    let week = (thursday.daysSinceEpoch - firstThursdayDay) / 7 + 1
    return (thursday.year, week)
  }

  /// `2025-W01`, `2025-03` or `2025`.
  public var label: String {
    switch kind {
    case .week:
      let (y, w) = isoWeek
      // The year in four digits, as dates write it (`0025-W10`, not `25-W10`).
      return ArticleDate.iso(y, 1, 1, precision: .year) + "-W\(w < 10 ? "0" : "")\(w)"
    case .month: return String(start.description.prefix(7))
    case .year: return String(start.description.prefix(4))
    }
  }

  public var description: String { label }

  /// All periods from the one containing `from` to the one containing `to`, inclusive.
  public static func range(from: Period, to: Period) -> [Period] {
    precondition(from.kind == to.kind, "periods of different kinds")
    var out: [Period] = []
    var p = from
    while p.startDay <= to.startDay {
      out.append(p)
      p = p.next
    }
    return out
  }

  public static func < (lhs: Period, rhs: Period) -> Bool { lhs.startDay < rhs.startDay }
}
