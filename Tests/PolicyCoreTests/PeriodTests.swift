import Foundation
import PolicyCore
import Testing
import _PolicyTestSupport

@Suite("Period")
struct PeriodTests {
  private func period(_ text: String, _ kind: PeriodKind) throws -> Period {
    let date = try ArticleDate(parsing: text)
    return try #require(Period(containing: date, kind: kind))
  }

  // MARK: ISO weeks

  @Test(
    "ISO week labels at year boundaries",
    arguments: [
      ("2024-12-30", "2025-W01"), ("2021-01-03", "2020-W53"), ("2020-12-31", "2020-W53"),
      ("2026-01-01", "2026-W01"), ("2024-01-01", "2024-W01"), ("2023-01-01", "2022-W52"),
      ("2027-01-01", "2026-W53"), ("2015-12-31", "2015-W53"), ("2025-03-05", "2025-W10"),
      ("2025-12-28", "2025-W52"), ("2025-12-29", "2026-W01"), ("0025-03-05", "0025-W10"), ("0001-01-01", "0001-W01"),
    ])
  func isoWeekLabel(text: String, label: String) throws {
    let week = try period(text, .week)
    #expect(week.label == label)
    #expect(week.description == label)
  }

  @Test("a week starts on Monday and ends on Sunday") func weekBounds() throws {
    let week = try period("2025-03-05", .week)
    #expect(week.start.description == "2025-03-03")
    #expect(week.start.isoWeekday == 1)
    #expect(week.end.description == "2025-03-09")
    #expect(week.end.isoWeekday == 7)
    #expect(week.isoWeek.year == 2025)
    #expect(week.isoWeek.week == 10)
  }

  @Test("week labels agree with Calendar(identifier: .iso8601) on random days")
  func isoWeeksAgainstFoundation() throws {
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
    var rng = SplitMix64(seed: 2024_12_30)
    let low = try ArticleDate(parsing: "1900-01-01").daysSinceEpoch
    let high = try ArticleDate(parsing: "2200-12-31").daysSinceEpoch
    for _ in 0..<2000 {
      let n = Int.random(in: low...high, using: &rng)
      let date = ArticleDate(daysSinceEpoch: n)
      let week = try #require(Period(containing: date, kind: .week))
      let instant = Date(timeIntervalSince1970: Double(n) * 86_400)
      let year = calendar.component(.yearForWeekOfYear, from: instant)
      let number = calendar.component(.weekOfYear, from: instant)
      let expected = "\(year)-W\(number < 10 ? "0" : "")\(number)"
      #expect(week.label == expected, "\(date)")
      #expect(week.startDay <= n && n < week.startDay + 7)
    }
  }

  // MARK: Months and years

  @Test("month periods") func months() throws {
    let march = try period("2025-03-17", .month)
    #expect(march.label == "2025-03")
    #expect(march.start.description == "2025-03-01")
    #expect(march.end.description == "2025-03-31")
    #expect(try period("2025-03", .month) == march)
    let february = try period("2024-02-10", .month)
    #expect(february.end.description == "2024-02-29")
    #expect(try period("2024-12-31", .month).next.label == "2025-01")
  }

  @Test("year periods") func years() throws {
    let year = try period("2025-03-17", .year)
    #expect(year.label == "2025")
    #expect(year.start.description == "2025-01-01")
    #expect(year.end.description == "2025-12-31")
    #expect(try period("2025", .year) == year)
    #expect(try period("2025-07", .year) == year)
    #expect(year.next.label == "2026")
  }

  @Test("a date less precise than the period has no period") func tooCoarse() throws {
    let year = try ArticleDate(parsing: "2025")
    let month = try ArticleDate(parsing: "2025-03")
    #expect(Period(containing: year, kind: .week) == nil)
    #expect(Period(containing: year, kind: .month) == nil)
    #expect(Period(containing: month, kind: .week) == nil)
    #expect(Period(containing: month, kind: .month) != nil)
  }

  // MARK: next and range

  @Test("next starts the day after end, for every kind", arguments: PeriodKind.allCases)
  func nextIsContiguous(kind: PeriodKind) throws {
    var rng = SplitMix64(seed: 99)
    for _ in 0..<300 {
      let n = Int.random(in: -20_000...40_000, using: &rng)
      let p = try #require(Period(containing: ArticleDate(daysSinceEpoch: n), kind: kind))
      #expect(p.start.daysSinceEpoch <= n && n <= p.end.daysSinceEpoch)
      #expect(p.next.startDay == p.end.daysSinceEpoch + 1)
      #expect(p < p.next)
      #expect(p.next.kind == kind)
    }
  }

  @Test("range covers every period from one to the other without gaps")
  func rangeWeeks() throws {
    let from = try period("2024-12-20", .week)
    let to = try period("2025-01-20", .week)
    let weeks = Period.range(from: from, to: to)
    #expect(
      weeks.map(\.label) == ["2024-W51", "2024-W52", "2025-W01", "2025-W02", "2025-W03", "2025-W04"])
    for (a, b) in zip(weeks, weeks.dropFirst()) {
      #expect(b.startDay == a.end.daysSinceEpoch + 1)
    }
  }

  @Test("range of months across a year") func rangeMonths() throws {
    let months = Period.range(from: try period("2024-11-30", .month), to: try period("2025-02-01", .month))
    #expect(months.map(\.label) == ["2024-11", "2024-12", "2025-01", "2025-02"])
  }

  @Test("range of a single period, and an empty range when reversed") func rangeEdges() throws {
    let p = try period("2025-03-05", .year)
    #expect(Period.range(from: p, to: p) == [p])
    #expect(Period.range(from: p.next, to: p).isEmpty)
  }

  @Test("random ranges are contiguous and cover every day", arguments: PeriodKind.allCases)
  func randomRanges(kind: PeriodKind) throws {
    var rng = SplitMix64(seed: 0xBEEF)
    for _ in 0..<50 {
      let a = Int.random(in: 0...30_000, using: &rng)
      let b = a + Int.random(in: 0...(kind == .year ? 3000 : 400), using: &rng)
      let from = try #require(Period(containing: ArticleDate(daysSinceEpoch: a), kind: kind))
      let to = try #require(Period(containing: ArticleDate(daysSinceEpoch: b), kind: kind))
      let periods = Period.range(from: from, to: to)
      #expect(periods.first == from)
      #expect(periods.last == to)
      for (x, y) in zip(periods, periods.dropFirst()) {
        #expect(y.startDay == x.end.daysSinceEpoch + 1)
      }
      // Every day from a to b falls in exactly one period of the range.
      let covered = periods.reduce(0) { $0 + ($1.end.daysSinceEpoch - $1.startDay + 1) }
      #expect(covered == to.end.daysSinceEpoch - from.startDay + 1)
      #expect(Set(periods.map(\.label)).count == periods.count)
    }
  }
}
