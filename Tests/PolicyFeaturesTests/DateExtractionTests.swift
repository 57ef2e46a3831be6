import PolicyCore
import PolicyFeatures
import Testing

@Suite("DateExtraction")
struct DateExtractionTests {
  @Test("a header line with a long run of digits is no date, and no overflow")
  func longDigitRun() throws {
    #expect(try DateExtraction.date(fromHeaderLine: "订单号 12345678901234567890123") == nil)
    #expect(try DateExtraction.date(fromHeaderLine: "2022220240040244000304t") == nil)
    #expect(try DateExtraction.date(fromHeaderLine: "99999999999999999999年3月5日") == nil)
  }

  @Test(
    "file names with a day",
    arguments: [
      ("2024-03-05.txt", "2024-03-05"),
      ("20240305.txt", "2024-03-05"),
      ("x_2024-03-05_y.txt", "2024-03-05"),
      ("page_2024-03-05_a.txt", "2024-03-05"),
      ("2024_03_05.txt", "2024-03-05"),
      ("pages/2023/2024-03-05.txt", "2024-03-05"),
      ("/data/v2.1/20240305.jsonl.gz", "2024-03-05"),
      ("xwlb-20240305-01.txt", "2024-03-05"),
    ])
  func dayNames(name: String, expected: String) throws {
    let date = try #require(try DateExtraction.date(fromFileName: name))
    #expect(date.description == expected)
    #expect(date.precision == .day)
  }

  @Test("a bare year is year precision") func yearName() throws {
    let date = try #require(try DateExtraction.date(fromFileName: "2014.txt"))
    #expect(date.precision == .year)
    #expect(date.description == "2014")
    #expect(try DateExtraction.date(fromFileName: "reports/1954.txt")?.precision == .year)
  }

  @Test("an impossible date in a name throws") func impossibleName() {
    #expect(throws: DateError.impossibleDate("2023-02-30")) {
      try DateExtraction.date(fromFileName: "2023-02-30.txt")
    }
    #expect(throws: DateError.self) { try DateExtraction.date(fromFileName: "20231301.txt") }
  }

  @Test(
    "names without a date give nil",
    arguments: ["none.txt", "page.txt", "report-14.txt", "123456789.txt", "v2024.txt", "2024-3-5.txt", ""])
  func noDate(name: String) throws {
    #expect(try DateExtraction.date(fromFileName: name) == nil)
  }

  @Test("a dotted date in a name is read as a day") func dottedName() throws {
    // The scanner accepts '.' as a separator, but the stem is cut at the first '.', so
    // `2024.03.05.txt` is read as the bare year 2024.
    do {
      let date = try DateExtraction.date(fromFileName: "2024.03.05.txt")
      #expect(date?.description == "2024-03-05")
    }
  }

  @Test(
    "header lines",
    arguments: [
      ("2025年3月5日 星期三", "2025-03-05"),
      ("2023年10月13日", "2023-10-13"),
      ("  2023年10月13日  星期五 ", "2023-10-13"),
      ("２０２５年３月５日", "2025-03-05"),
      ("2025-03-05", "2025-03-05"),
      ("第12版 2024年2月29日", "2024-02-29"),
      ("青澜日报 2023年10月13日 星期五 第3版 要闻 责任编辑 某某", "2023-10-13"),
    ])
  func headerLines(line: String, expected: String) throws {
    #expect(try DateExtraction.date(fromHeaderLine: line)?.description == expected)
  }

  @Test(
    "lines that are not date headers give nil",
    arguments: [
      "区委常委会召开会议", "3月5日上午", "2025年3月",
      "本报讯 2025年3月5日,全区召开大会,部署今年的重点工作任务和主要目标。",
      "1800年3月5日", "",
      // Long and without a weekday, page or paper: a sentence, not a masthead.
      "会议确定的工作安排自2023年10月13日起在全区各镇街道同步实施推进落实到位",
    ])
  func notHeaders(line: String) throws {
    #expect(try DateExtraction.date(fromHeaderLine: line) == nil)
  }

  @Test("an impossible header date throws") func impossibleHeader() {
    #expect(throws: DateError.impossibleDate("2023-02-30")) {
      try DateExtraction.date(fromHeaderLine: "2023年2月30日 星期四")
    }
  }
}
