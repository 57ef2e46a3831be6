import Foundation
import PolicyFeatures
import Testing

/// The seed page the project started from, in `shared/` beside the package (third-party text:
/// read at test time, never copied into the repository).
private let seedPath = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent()  // PolicyFeaturesTests
  .deletingLastPathComponent()  // Tests
  .deletingLastPathComponent()  // package root
  .appendingPathComponent("../shared/seed/000_0021d8f3fb80396f.txt").standardizedFileURL.path

@Suite("Seed page")
struct SeedPageTests {
  // Skipped, not failed, on machines without shared/ (a plain clone of the package).
  @Test(
    "the seed page splits into its four articles",
    .enabled(
      if: FileManager.default.fileExists(atPath: seedPath),
      "shared/seed/000_0021d8f3fb80396f.txt is not present beside the package"))
  func seed() throws {
    let page = try String(contentsOfFile: seedPath, encoding: .utf8)
    let articles = BulletinSplitter().split(page)
    #expect(
      articles.map(\.title) == [
        "区委常委会召开会议",
        "乔俊杰主持召开 区委深改委第二十四次会议",
        "武进(上海)国际创新中心启航",
        "武进(上海)新能源汽车及核心零部件产业专题推介会在沪举行",
      ])
    try #require(articles.count == 4)
    #expect(articles[0].byline == "记者 张可馨")

    // Words cut by print breaks come back whole.
    #expect(articles[0].body.contains("市场化"))
    #expect(articles[0].body.contains("工作要点"))
    #expect(articles[1].body.contains("联动"))
    #expect(articles[2].body.contains("头部机构"))
    #expect(articles[3].body.contains("转向系统"))

    // Only an article's last paragraph may end without sentence-final punctuation.
    let enders: Set<Character> = ["。", "！", "？", "；", "…", "”", "」", "』", "）", ")", ":", "》"]
    for article in articles {
      let paragraphs = article.body.split(separator: "\n")
      #expect(!paragraphs.isEmpty)
      for paragraph in paragraphs.dropLast() {
        #expect(
          paragraph.last.map(enders.contains) == true,
          "\(article.title): paragraph ends mid-sentence: …\(paragraph.suffix(8))")
      }
      #expect(!article.body.contains("本报讯"))
    }
  }
}
