import PolicyCore
import PolicyReports
import Testing

@Suite("ReportAccumulator and TopicReport")
struct ReportAccumulatorTests {
  typealias F = ReportFixtures

  @Test("2024-12-30 is in 2025-W01")
  func isoWeekAtYearEnd() throws {
    let report = F.report([F.item("a", "2024-12-30", "跨年周的第一篇报道", labels: [0])])
    #expect(report.periods.map(\.period) == ["2025-W01"])
    #expect(report.periods[0].start == "2024-12-30")
    #expect(report.periods[0].end == "2025-01-05")
    #expect(report.periods[0].total == 1)
  }

  @Test("Weeks without articles are present as zero rows")
  func emptyWeeks() {
    let report = F.report([
      F.item("a", "2024-12-23", "年末经济工作会议召开", labels: [0]),
      F.item("b", "2025-01-13", "新年首场国务院常务会议", labels: [0, 1]),
    ])
    #expect(report.periods.map(\.period) == ["2024-W52", "2025-W01", "2025-W02", "2025-W03"])
    for row in report.periods[1...2] {
      #expect(row.total == 0)
      #expect(row.chars == 0)
      #expect(row.topics.count == F.topics.count)
      #expect(row.topics.allSatisfy { $0.articles == 0 && $0.share == 0 && $0.mentions == 0 })
    }
    #expect(report.periods[1].topics[0].change == -1)
    #expect(report.periods[1].topics[0].shareChangePoints == -100)
    #expect(report.periods[3].topics[1].share == 1)
  }

  @Test("Share, change and moving average for known counts")
  func arithmetic() throws {
    let report = F.fourWeeks
    #expect(report.periods.map(\.period) == ["2025-W02", "2025-W03", "2025-W04", "2025-W05"])
    let economy = report.periods.map { $0.topics[0] }
    #expect(economy.map(\.articles) == [1, 2, 0, 3])
    #expect(report.periods.map(\.total) == [4, 4, 2, 4])
    #expect(economy.map(\.share) == [0.25, 0.5, 0, 0.75])
    #expect(economy.map(\.change) == [nil, 1, -2, 3])
    #expect(economy.map(\.shareChangePoints) == [nil, 25, -50, 75])
    // Trailing mean of up to 4 periods: .25, (.25+.5)/2, (.25+.5+0)/3, (.25+.5+0+.75)/4.
    let expected = [0.25, 0.375, 0.25, 0.375]
    for (got, want) in zip(economy.map(\.movingAverage), expected) {
      #expect(abs(got - want) < 1e-12)
    }
    #expect(economy.allSatisfy { $0.zScore == nil && !$0.burst })
    #expect(report.summary.latest == "2025-W05")
    #expect(report.summary.previous == "2025-W04")
    // 0 of 2 → 3 of 4 and 2 of 2 → 1 of 4 are ±75 points, but on six articles: z = ±0.75 / √(½·½·¾).
    #expect(report.summary.risers.isEmpty && report.summary.fallers.isEmpty)
    #expect(report.summary.withinChance.map(\.topic) == ["economy", "tech"])
    let economyMove = try #require(report.summary.withinChance.first)
    #expect(economyMove.points == 75 && economyMove.articles == 3 && economyMove.previousArticles == 0)
    #expect(abs((economyMove.z ?? 0) - 0.75 / (0.25 * 0.75).squareRoot()) < 1e-12)
  }

  @Test("Risers and fallers are the changes of share beyond chance")
  func significantMovers() throws {
    var items = F.batch("a", day: "2025-03-04", count: 40, labelled: [4, 10, 8])
    items += F.batch("b", day: "2025-03-11", count: 40, labelled: [16, 10, 6])
    let summary = F.report(items).summary
    // economy 4/40 → 16/40: pooled ¼, z = 0.3 / √(¼·¾·(2/40)) ≈ 3.10; tech unchanged;
    // environment 8/40 → 6/40: z ≈ -0.59.
    let riser = try #require(summary.risers.first)
    #expect(summary.risers.count == 1 && riser.topic == "economy")
    #expect(abs((riser.z ?? 0) - 0.3 / (0.25 * 0.75 * 0.05).squareRoot()) < 1e-12)
    #expect(abs(riser.points - 30) < 1e-9 && riser.previousArticles == 4 && riser.articles == 16)
    #expect(summary.fallers.isEmpty)
    #expect(summary.withinChance.map(\.topic) == ["environment"])
    #expect(summary.withinChance.allSatisfy { !$0.isSignificant })
    // Ten times the articles: environment 80/400 → 50/400 (z ≈ -2.88) falls beyond chance.
    var bigger = F.batch("a", day: "2025-03-04", count: 400, labelled: [40, 100, 80])
    bigger += F.batch("b", day: "2025-03-11", count: 400, labelled: [160, 100, 50])
    let large = F.report(bigger).summary
    #expect(large.risers.map(\.topic) == ["economy"])
    #expect(large.fallers.map(\.topic) == ["environment"])
  }

  @Test("A share far above the trailing window is a burst")
  func burstFlagged() throws {
    let report = F.burstCase(lastWeekLabelled: 5)
    #expect(report.periods.count == 9)
    let last = try #require(report.periods.last)
    #expect(last.topics[0].burst)
    // Standard deviation 0 is floored at 1 point: z = (0.5 - 0.1) / 0.01.
    #expect(abs((last.topics[0].zScore ?? 0) - 40) < 1e-9)
    #expect(!last.topics[1].burst)
    #expect(abs(last.topics[1].zScore ?? 1) < 1e-9)
    #expect(report.summary.bursts == ["economy"])
    let earlier = report.periods.dropLast().flatMap(\.topics)
    #expect(earlier.allSatisfy { !$0.burst })
  }

  @Test("a range's first periods compare with the periods before it, as without --from")
  func rangeKeepsItsBaseline() throws {
    var items: [ReportItem] = []
    for w in 0..<8 {
      let day = F.date("2025-01-06").adding(days: 7 * w + 2).description
      items += F.batch("w\(w)", day: day, count: 10, labelled: [1, 2, 0])
    }
    items += F.batch("last", day: "2025-03-06", count: 10, labelled: [5, 2, 0])
    let whole = F.report(items)
    // The range starts with the burst week: its change and z-score need the weeks before it.
    let ranged = F.report(items, from: "2025-03-03", to: "2025-03-09")
    let week = try #require(ranged.periods.first)
    #expect(ranged.periods.count == 1)
    #expect(week.topics == whole.periods.last?.topics)
    #expect(week.topics[0].burst && week.topics[0].change == 4)
    #expect(ranged.summary.bursts == ["economy"])
  }

  @Test("a latest period the data or the range ends inside is marked with the days it covers")
  func partialLatestPeriod() throws {
    let items =
      F.batch("a", day: "2025-01-07", count: 4, labelled: [1])
      + F.batch("b", day: "2025-01-15", count: 4, labelled: [2])
    // The data ends on Wednesday 2025-01-15: three of the week's seven days.
    #expect(F.report(items).summary.latestCoverage == ReportSummary.Coverage(days: 3, of: 7))
    // A range to the week's end covers it whole; one ending on Thursday covers four days.
    #expect(F.report(items, to: "2025-01-19").summary.latestCoverage == nil)
    #expect(F.report(items, to: "2025-01-16").summary.latestCoverage == ReportSummary.Coverage(days: 4, of: 7))
    let markdown = MarkdownReportRenderer.render(F.report(items))
    #expect(markdown.contains("only 3 of its 7 days are covered"))
  }

  @Test("No burst with fewer than three articles, or without a jump")
  func burstNotFlagged() {
    let tiny = F.burstCase(lastWeekLabelled: 2, lastWeekTotal: 2)
    #expect(tiny.periods.last?.topics[0].share == 1)
    #expect((tiny.periods.last?.topics[0].zScore ?? 0) >= 3)
    #expect(tiny.periods.allSatisfy { $0.topics.allSatisfy { !$0.burst } })
    let steady = F.burstCase(lastWeekLabelled: 1)
    #expect(steady.periods.allSatisfy { $0.topics.allSatisfy { !$0.burst } })
    #expect(steady.summary.bursts.isEmpty)
  }

  @Test("Undated and too-coarse dates are counted and listed, not dropped")
  func undated() {
    let items = [
      F.item("d1", "2025-01-07", "国务院印发新规", labels: [0]),
      F.item("u1", nil, "无日期的通知", labels: [0]),
      F.item("u2", "2024", "2024年政府工作报告", labels: [0]),
      F.item("u3", "2025-01", "一月份经济形势分析", labels: [1]),
    ]
    let weekly = F.report(items)
    #expect(weekly.undatedCount == 3)
    #expect(weekly.undated.map(\.id) == ["u1", "u2", "u3"])
    #expect(weekly.undated.map(\.date) == [nil, "2024", "2025-01"])
    #expect(weekly.periods.map(\.total) == [1])
    let monthly = F.report(items, kind: .month)
    #expect(monthly.undatedCount == 2)
    #expect(monthly.periods.map(\.period) == ["2025-01"])
    #expect(monthly.periods.map(\.total) == [2])
    let yearly = F.report(items, kind: .year)
    #expect(yearly.undatedCount == 1)
    #expect(yearly.periods.map(\.period) == ["2024", "2025"])
    #expect(yearly.periods.map(\.total) == [1, 2])
  }

  @Test("from/to drop articles outside the range and fix the period range")
  func fromToFiltering() {
    let items = [
      F.item("before", "2024-12-31", "年底前的消息", labels: [0]),
      F.item("in1", "2025-01-08", "一月第二周的消息", labels: [0]),
      F.item("in2", "2025-01-19", "一月第三周的周日", labels: [1]),
      F.item("after", "2025-01-20", "范围之后的周一", labels: [0]),
    ]
    let narrow = F.report(items, from: "2025-01-06", to: "2025-01-19")
    #expect(narrow.outOfRange == 2)
    #expect(narrow.periods.map(\.period) == ["2025-W02", "2025-W03"])
    #expect(narrow.periods.map(\.total) == [1, 1])

    // A wider range keeps its empty edge periods.
    let wide = F.report(items, from: "2025-01-08", to: "2025-02-05")
    #expect(wide.outOfRange == 1)
    #expect(wide.periods.map(\.period) == ["2025-W02", "2025-W03", "2025-W04", "2025-W05", "2025-W06"])
    #expect(wide.periods.map(\.total) == [1, 1, 1, 0, 0])

    var acc = ReportAccumulator(kind: .week, topics: F.topics, from: F.date("2025-01-10"))
    for item in items { acc.add(item) }
    #expect(acc.outOfRange == 2)
    #expect(acc.periods.values.reduce(0) { $0 + $1.total } == 2)
  }

  @Test("a new term is one mentioned neither earlier in the report nor before its range")
  func newTermsLookBeforeTheRange() {
    let items = [
      F.item("before", "2024-12-30", "范围之前", labels: [0], terms: [0: ["数字经济": 2]]),
      F.item("w2", "2025-01-08", "第二周", labels: [0], terms: [0: ["营商环境": 1]]),
      F.item("w3", "2025-01-15", "第三周", labels: [0], terms: [0: ["数字经济": 3, "新质生产力": 1, "营商环境": 2]]),
    ]
    let report = F.report(items, from: "2025-01-06", to: "2025-01-19")
    #expect(report.summary.newTerms.map(\.term) == ["新质生产力"])
    // The store notes what it read before the range the same way.
    var acc = ReportAccumulator(kind: .week, topics: F.topics, from: F.date("2025-01-06"))
    for item in items.dropFirst() { acc.add(item) }
    acc.noteSeenBeforeRange("数字经济", topic: 0)
    #expect(TopicReport(acc).summary.newTerms.map(\.term) == ["新质生产力"])
  }

  @Test("a span of more periods than a report holds is an error naming both ends")
  func implausibleSpan() throws {
    // A year typed 0025 instead of 2025: 105,000 weeks, which would take minutes to fill.
    var acc = ReportAccumulator(kind: .week, topics: F.topics)
    acc.add(F.item("typo", "0025-03-05", "日期录错的稿件"))
    acc.add(F.item("ok", "2025-03-05", "正常稿件"))
    acc.add(F.item("ok2", "2025-03-06", "正常稿件"))
    do {
      try TopicReport.checkSpan(acc)
      Issue.record("no error for a 2,000-year span")
    } catch {
      #expect(error.earliest?.id == "typo")
      #expect(error.latest?.id == "ok2")
      #expect(error.description.contains("0025-03-05"))
      #expect(error.description.contains("--from"))
    }
    // The same articles by year are a plausible report; so is the week range asked for.
    var years = ReportAccumulator(kind: .year, topics: F.topics)
    years.add(F.item("typo", "0025-03-05", "日期录错的稿件"))
    years.add(F.item("ok", "2025-03-05", "正常稿件"))
    #expect(throws: Never.self) { try TopicReport.checkSpan(years) }
    #expect(throws: Never.self) {
      try TopicReport.checkSpan(acc, from: F.date("2025-01-01"), to: F.date("2025-12-31"))
    }
  }
}
