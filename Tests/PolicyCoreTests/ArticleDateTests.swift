import Foundation
import PolicyCore
import Testing
import _PolicyTestSupport

/// A UTC Gregorian calendar: the oracle for day arithmetic.
private func utcCalendar(_ identifier: Calendar.Identifier) -> Calendar {
  var calendar = Calendar(identifier: identifier)
  calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
  return calendar
}

@Suite("ArticleDate")
struct ArticleDateTests {
  // MARK: Parsing

  @Test(
    "accepted forms parse to the right fields and precision",
    arguments: [
      ("2024-03-05", 2024, 3, 5, ArticleDate.Precision.day),
      ("2024/03/05", 2024, 3, 5, .day),
      ("20240305", 2024, 3, 5, .day),
      ("2024-03", 2024, 3, 1, .month),
      ("2024/11", 2024, 11, 1, .month),
      ("2014", 2014, 1, 1, .year),
      ("  2024-03-05\t", 2024, 3, 5, .day),
    ])
  func parses(text: String, year: Int, month: Int, day: Int, precision: ArticleDate.Precision)
    throws
  {
    let date = try ArticleDate(parsing: text)
    #expect(date.year == year)
    #expect(date.month == month)
    #expect(date.day == day)
    #expect(date.precision == precision)
  }

  @Test(
    "description is ISO 8601 at the date's precision",
    arguments: [
      ("2024-03-05", "2024-03-05"), ("20240305", "2024-03-05"), ("2024/03/05", "2024-03-05"),
      ("2024-03", "2024-03"), ("2014", "2014"), ("0987-06-07", "0987-06-07"),
    ])
  func description(text: String, expected: String) throws {
    #expect(try ArticleDate(parsing: text).description == expected)
  }

  @Test(
    "impossible dates throw impossibleDate",
    arguments: [
      "2023-02-30", "2023-13-01", "2023-02-29", "1900-02-29", "2023-04-31", "2023-00-10",
      "2023-01-00", "20230230", "2023-13", "2023-00", "2023-12-32",
    ])
  func impossible(text: String) {
    let error = #expect(throws: DateError.self) { try ArticleDate(parsing: text) }
    guard case .impossibleDate = error else {
      Issue.record("expected impossibleDate for \(text), got \(String(describing: error))")
      return
    }
  }

  @Test("an impossible day is named in the error") func impossibleDayNamed() {
    #expect(throws: DateError.impossibleDate("2023-02-30")) {
      try ArticleDate(parsing: "2023-02-30")
    }
  }

  @Test("description of a year beyond four digits, reached by day arithmetic")
  func wideYear() {
    let far = ArticleDate(daysSinceEpoch: 10_000_000)
    #expect(far.description.hasPrefix(String(far.year) + "-"))
    #expect(far.description.count == String(far.year).count + 6)
  }

  @Test("an impossible month is named in the error, zero-padded like a date")
  func impossibleMonthNamed() {
    #expect(throws: DateError.impossibleDate("2023-13-01")) { try ArticleDate(parsing: "2023-13-01") }
    #expect(throws: DateError.impossibleDate("0987-00")) { try ArticleDate(parsing: "0987-00") }
  }

  @Test(
    "text that is not a date throws unparseable",
    arguments: [
      "", "abcd", "2024-03/05", "202403", "24-03-05", "2024-3-", "2024年3月5", "3月5日", "2024-03-05Tnoon",
      "二〇二四", "2024-0a-05", "2024.3.5.6", "2024-003-05",
    ])
  func unparseable(text: String) {
    let error = #expect(throws: DateError.self) { try ArticleDate(parsing: text) }
    guard case .unparseable = error else {
      Issue.record("expected unparseable for \(text), got \(String(describing: error))")
      return
    }
  }

  @Test(
    "dates as exports write them: unpadded, dotted, in 年月日, or with a time",
    arguments: [
      ("2024-3-5", "2024-03-05"), ("2024-03-5", "2024-03-05"), ("2024/3/5", "2024-03-05"), ("2024.03.05", "2024-03-05"),
      ("2024年3月5日", "2024-03-05"), ("2024年3月", "2024-03"), ("2024年", "2024"), ("2024-6", "2024-06"),
      ("2024-03-05T10:00", "2024-03-05"), ("2024-03-05T08:00:00+08:00", "2024-03-05"),
      ("2024-03-05 08:30", "2024-03-05"),
      (" 2024/3/5 ", "2024-03-05"),
    ])
  func lenientForms(text: String, expected: String) throws {
    #expect(try ArticleDate(parsing: text).description == expected)
  }

  @Test("a lenient form of an impossible day is still an impossible day") func lenientImpossible() {
    #expect(throws: DateError.impossibleDate("2023-02-30")) { try ArticleDate(parsing: "2023年2月30日") }
    #expect(throws: DateError.impossibleDate("2023-02-30")) { try ArticleDate(parsing: "2023-2-30 10:00") }
  }

  @Test("year 0 is out of range") func yearZero() {
    #expect(throws: DateError.yearOutOfRange(0)) { try ArticleDate(parsing: "0000") }
    #expect(throws: DateError.yearOutOfRange(10_000)) { try ArticleDate(year: 10_000) }
  }

  @Test(
    "leap days exist only in leap years",
    arguments: [(2024, true), (2000, true), (2023, false), (1900, false), (2100, false), (2400, true)])
  func leapDays(year: Int, isLeap: Bool) {
    #expect(ArticleDate.isLeap(year) == isLeap)
    #expect(ArticleDate.daysIn(month: 2, year: year) == (isLeap ? 29 : 28))
    let parsed = try? ArticleDate(year: year, month: 2, day: 29)
    #expect((parsed != nil) == isLeap)
  }

  @Test("2024-02-29 parses, 2023-02-29 throws") func leapDayParsing() throws {
    let leap = try ArticleDate(parsing: "2024-02-29")
    #expect(leap.description == "2024-02-29")
    #expect(throws: DateError.impossibleDate("2023-02-29")) {
      try ArticleDate(parsing: "2023-02-29")
    }
  }

  @Test("days in each month") func daysInMonth() {
    let expected2023 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for (k, n) in expected2023.enumerated() {
      #expect(ArticleDate.daysIn(month: k + 1, year: 2023) == n)
    }
  }

  // MARK: Day numbers

  @Test("known day numbers") func knownDayNumbers() throws {
    #expect(try ArticleDate(parsing: "1970-01-01").daysSinceEpoch == 0)
    #expect(try ArticleDate(parsing: "1969-12-31").daysSinceEpoch == -1)
    #expect(try ArticleDate(parsing: "2000-03-01").daysSinceEpoch == 11_017)
    #expect(try ArticleDate(parsing: "2024-03-05").daysSinceEpoch == 19_787)
    #expect(ArticleDate(daysSinceEpoch: 19_787).description == "2024-03-05")
    // A month or year date counts from its first day.
    #expect(try ArticleDate(parsing: "2024-03").daysSinceEpoch == 19_783)
    #expect(try ArticleDate(parsing: "2024").daysSinceEpoch == 19_723)
  }

  @Test("daysSinceEpoch round-trips and agrees with Foundation on random days")
  func randomDaysAgainstFoundation() throws {
    var rng = SplitMix64(seed: 0x5EED_DA7E)
    let calendar = utcCalendar(.gregorian)
    // 1700-01-01 … 9999-12-31: Foundation switches to the Julian calendar before 1582.
    let low = try ArticleDate(parsing: "1700-01-01").daysSinceEpoch
    let high = try ArticleDate(parsing: "9999-12-31").daysSinceEpoch
    for _ in 0..<2000 {
      let n = Int.random(in: low...high, using: &rng)
      let date = ArticleDate(daysSinceEpoch: n)
      #expect(date.precision == .day)
      #expect(date.daysSinceEpoch == n)
      let parsed = try ArticleDate(parsing: date.description)
      #expect(parsed == date)
      let components = calendar.dateComponents(
        [.year, .month, .day], from: Date(timeIntervalSince1970: Double(n) * 86_400))
      #expect(components.year == date.year, "day \(n)")
      #expect(components.month == date.month, "day \(n)")
      #expect(components.day == date.day, "day \(n)")
    }
  }

  @Test("adding days crosses months, years and leap days") func addingDays() throws {
    #expect(try ArticleDate(parsing: "2024-02-28").adding(days: 1).description == "2024-02-29")
    #expect(try ArticleDate(parsing: "2024-02-28").adding(days: 2).description == "2024-03-01")
    #expect(try ArticleDate(parsing: "2023-02-28").adding(days: 1).description == "2023-03-01")
    #expect(try ArticleDate(parsing: "2023-12-31").adding(days: 1).description == "2024-01-01")
    #expect(try ArticleDate(parsing: "2024-01-01").adding(days: -1).description == "2023-12-31")
    #expect(try ArticleDate(parsing: "2024-03-05").adding(days: 366).description == "2025-03-06")
  }

  // MARK: Weekdays and order

  @Test(
    "isoWeekday of known days",
    arguments: [
      ("1970-01-01", 4), ("1969-12-31", 3), ("2024-03-04", 1), ("2024-03-10", 7),
      ("2025-03-05", 3), ("2000-01-01", 6), ("1900-01-01", 1),
    ])
  func isoWeekday(text: String, weekday: Int) throws {
    #expect(try ArticleDate(parsing: text).isoWeekday == weekday)
  }

  @Test("isoWeekday agrees with Foundation on random days") func isoWeekdayRandom() {
    var rng = SplitMix64(seed: 7)
    let calendar = utcCalendar(.gregorian)
    for _ in 0..<2000 {
      let n = Int.random(in: -100_000...100_000, using: &rng)
      let foundation = calendar.component(.weekday, from: Date(timeIntervalSince1970: Double(n) * 86_400))
      // Foundation: Sunday = 1 … Saturday = 7; ISO: Monday = 1 … Sunday = 7.
      let iso = foundation == 1 ? 7 : foundation - 1
      #expect(ArticleDate(daysSinceEpoch: n).isoWeekday == iso, "day \(n)")
    }
  }

  @Test("dates order chronologically, then by precision") func ordering() throws {
    let dates = try ["2024-03-05", "2023-12-31", "2024-03", "2024", "2024-01-01", "2024-03-04"]
      .map { try ArticleDate(parsing: $0) }
    #expect(
      dates.sorted().map(\.description)
        == ["2023-12-31", "2024", "2024-01-01", "2024-03", "2024-03-04", "2024-03-05"])
  }

  @Test("dates of different precision are not equal") func equality() throws {
    #expect(try ArticleDate(parsing: "2024") != ArticleDate(parsing: "2024-01-01"))
    #expect(try ArticleDate(parsing: "2024-01") != ArticleDate(parsing: "2024-01-01"))
    #expect(try ArticleDate(parsing: "20240101") == ArticleDate(parsing: "2024-01-01"))
  }
}
