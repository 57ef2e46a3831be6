import Foundation
import PolicyCore
import PolicyReports
import _PolicyTestSupport

/// Small hand-made reports for the PolicyReports tests.
enum ReportFixtures {
  /// Three topics; the English name of `tech` has an ampersand to exercise escaping.
  static let topics = [
    ReportTopic(id: "economy", chineseName: "经济", englishName: "Economy"),
    ReportTopic(id: "tech", chineseName: "科技", englishName: "Science & Technology"),
    ReportTopic(id: "environment", chineseName: "生态环境", englishName: "Environment"),
  ]

  static func date(_ text: String) -> ArticleDate {
    do { return try ArticleDate(parsing: text) } catch { fatalError("bad fixture date \(text): \(error)") }
  }

  /// An article labelled with `labels` (score 0.9, others 0.1); `terms[k]` are topic k's
  /// term mentions.
  static func item(
    _ id: String, _ date: String?, _ title: String, labels: [Int] = [], terms: [Int: [String: Int]] = [:],
    chars: Int = 1000, topicCount: Int = topics.count
  ) -> ReportItem {
    let termMentions = (0..<topicCount).map { terms[$0] ?? [:] }
    return ReportItem(
      id: id, date: date.map { self.date($0) }, title: title, labels: labels,
      scores: (0..<topicCount).map { labels.contains($0) ? 0.9 : 0.1 },
      mentions: termMentions.map { $0.values.reduce(0, +) }, termMentions: termMentions, chars: chars)
  }

  /// `count` articles on `day`, the first `labelled[k]` of them labelled with topic k.
  static func batch(
    _ prefix: String, day: String, count: Int, labelled: [Int], titles: [String] = defaultTitles
  ) -> [ReportItem] {
    (0..<count).map { i in
      let labels = labelled.indices.filter { i < labelled[$0] }
      return item("\(prefix)-\(i)", day, titles[i % titles.count], labels: labels)
    }
  }

  static let defaultTitles = [
    "国务院常务会议部署稳增长举措", "国家发展改革委发布促进民营经济发展意见", "科技部推进关键核心技术攻关",
    "生态环境部通报大气污染防治进展", "央行下调存款准备金率", "全国碳排放权交易市场扩容",
  ]

  /// Reports built from `items`.
  static func report(
    _ items: [ReportItem], kind: PeriodKind = .week, from: String? = nil, to: String? = nil
  ) -> TopicReport {
    var acc = ReportAccumulator(kind: kind, topics: topics, from: from.map(date), to: to.map(date))
    for item in items { acc.add(item) }
    return TopicReport(acc, from: from.map(date), to: to.map(date))
  }

  /// The four-week arithmetic case (Mondays 2025-01-06 … 2025-01-27): topic 0 has
  /// 1/4, 2/4, 0/2 and 3/4 articles.
  static var fourWeeks: TopicReport {
    var items: [ReportItem] = []
    items += batch("w2", day: "2025-01-06", count: 4, labelled: [1, 0, 4])
    items += batch("w3", day: "2025-01-14", count: 4, labelled: [2, 1, 0])
    items += batch("w4", day: "2025-01-22", count: 2, labelled: [0, 2, 0])
    items += batch("w5", day: "2025-02-02", count: 4, labelled: [3, 1, 0])
    return report(items)
  }

  /// Nine weeks from 2025-01-06: topic 0 has 1 of 10 articles for eight weeks, then
  /// `lastWeekLabelled` of `lastWeekTotal`; topic 1 has 2 of 10 throughout.
  static func burstCase(lastWeekLabelled: Int, lastWeekTotal: Int = 10) -> TopicReport {
    var items: [ReportItem] = []
    for w in 0..<8 {
      let day = date("2025-01-06").adding(days: 7 * w + 2).description
      items += batch("w\(w)", day: day, count: 10, labelled: [1, 2, 0])
    }
    let day = date("2025-01-06").adding(days: 7 * 8 + 3).description
    items += batch("last", day: day, count: lastWeekTotal, labelled: [lastWeekLabelled, min(2, lastWeekTotal), 0])
    return report(items)
  }

  /// A realistic weekly report: 40 weeks from 2024-09-30, six topics, seeded random counts,
  /// a burst in `tech` near the end, tricky titles and undated articles.
  static func sample(weeks: Int = 40, seed: UInt64 = 20_250_101) -> TopicReport {
    let topics = [
      ReportTopic(id: "economy", chineseName: "经济", englishName: "Economy"),
      ReportTopic(id: "tech", chineseName: "科技", englishName: "Science & Technology"),
      ReportTopic(id: "environment", chineseName: "生态环境", englishName: "Environment"),
      ReportTopic(id: "foreign", chineseName: "外交", englishName: "Foreign affairs"),
      ReportTopic(id: "health", chineseName: "卫生健康", englishName: "Health"),
      ReportTopic(id: "agriculture", chineseName: "农业农村", englishName: "Agriculture <rural>"),
    ]
    let terms = [
      ["高质量发展", "扩大内需", "新质生产力", "民营经济"], ["人工智能", "关键核心技术", "科技创新", "集成电路"],
      ["碳达峰", "大气污染防治", "生态保护", "新能源"], ["一带一路", "多边主义", "外交部", "全球发展倡议"],
      ["医疗保障", "公共卫生", "药品集采", "医保"], ["粮食安全", "乡村振兴", "高标准农田", "种业"],
    ]
    let headlines = [
      "国务院常务会议研究部署%@工作", "%@：多地出台新举措", "专家解读%@最新政策", "《关于推进%@的意见》印发",
      "%@领域改革取得新进展", "%@, \"稳中求进\" 成效显著",
    ]
    var rng = SplitMix64(seed: seed)
    var acc = ReportAccumulator(kind: .week, topics: topics)
    let start = date("2024-09-30")
    for w in 0..<weeks {
      let count = Int.random(in: 20...40, using: &rng)
      for i in 0..<count {
        let phase = Double(w) / Double(max(1, weeks - 1))
        var p = [0.35 + 0.15 * phase, 0.15, 0.2 - 0.1 * phase, 0.12, 0.1 + 0.05 * (phase > 0.5 ? 1 : 0), 0.08]
        if w == weeks - 3 { p[1] = 0.7 }
        var labels: [Int] = []
        var termMentions = [[String: Int]](repeating: [:], count: topics.count)
        for k in topics.indices where Double.random(in: 0..<1, using: &rng) < p[k] {
          labels.append(k)
          let term = terms[k][Int.random(in: 0..<terms[k].count, using: &rng)]
          termMentions[k][term, default: 0] += Int.random(in: 1...4, using: &rng)
        }
        let k = labels.first ?? 0
        var title = headlines[Int.random(in: 0..<headlines.count, using: &rng)]
          .replacingOccurrences(of: "%@", with: topics[k].chineseName)
        if w == weeks - 1 && i == 0 { title = "<b>粗体</b>标题 & “引号” | 竖线" }
        acc.add(
          ReportItem(
            id: "a\(w)-\(i)", date: start.adding(days: 7 * w + Int.random(in: 0...6, using: &rng)), title: title,
            labels: labels,
            scores: topics.indices.map { labels.contains($0) ? Float(0.55 + 0.4 * Double(($0 + i) % 5) / 4) : 0.1 },
            mentions: termMentions.map { $0.values.reduce(0, +) }, termMentions: termMentions,
            chars: Int.random(in: 300...3000, using: &rng)))
      }
    }
    acc.add(
      ReportItem(
        id: "gov-2024", date: date("2024"), title: "2024年政府工作报告", labels: [0], scores: [0.9, 0, 0, 0, 0, 0],
        mentions: [3, 0, 0, 0, 0, 0], termMentions: Array(repeating: [:], count: 6), chars: 20_000))
    acc.add(
      ReportItem(
        id: "undated-1", date: nil, title: "关于<script>alert(1)</script>的通知", labels: [], scores: [],
        mentions: [], termMentions: [], chars: 500))
    return TopicReport(acc)
  }
}

/// A small RFC 4180 reader for checking CSV output: quoted fields may hold commas, doubled
/// quotes and line breaks; rows end in LF or CRLF.
func parseCSV(_ text: String) -> [[String]] {
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var quoted = false
  var scalars = Array(text.unicodeScalars)[...]
  while let c = scalars.popFirst() {
    if quoted {
      if c == "\"" {
        if scalars.first == "\"" {
          field.unicodeScalars.append("\"")
          scalars = scalars.dropFirst()
        } else {
          quoted = false
        }
      } else {
        field.unicodeScalars.append(c)
      }
      continue
    }
    switch c {
    case "\"": quoted = true
    case ",":
      row.append(field)
      field = ""
    case "\r": continue
    case "\n":
      row.append(field)
      rows.append(row)
      row = []
      field = ""
    default: field.unicodeScalars.append(c)
    }
  }
  if !field.isEmpty || !row.isEmpty {
    row.append(field)
    rows.append(row)
  }
  return rows
}
