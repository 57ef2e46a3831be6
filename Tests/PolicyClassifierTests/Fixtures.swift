import Foundation
import PolicyFeatures
import _PolicyTestSupport

@testable import PolicyClassifier

/// Small in-code lexicons and labelled articles shared by the classifier tests.
enum Fixtures {
  /// Two topics: `energy` (columns 0...3) and `green` (columns 4...7, exclusion 营商环境).
  static func lexicons(energyWeightOfPV: Double = 2) throws -> LexiconSet {
    let energy = TopicLexicon(
      id: "energy", chineseName: "能源", englishName: "Energy",
      terms: [
        LexiconTerm(text: "光伏", weight: energyWeightOfPV), LexiconTerm(text: "风电"),
        LexiconTerm(text: "储能"), LexiconTerm(text: "新能源汽车", weight: 2),
      ])
    let green = TopicLexicon(
      id: "green", chineseName: "环保", englishName: "Green",
      terms: [
        LexiconTerm(text: "环保", weight: 2), LexiconTerm(text: "污染防治"),
        LexiconTerm(text: "生态文明"), LexiconTerm(text: "环境", weight: 0.5),
      ],
      exclusions: [LexiconTerm(text: "营商环境")])
    return try LexiconSet([green, energy])
  }

  /// Twelve labelled articles.
  static let articles: [LabelledArticle] = [
    LabelledArticle(id: "a01", title: "光伏电站并网", text: "光伏发电和储能项目加快建设。", labels: ["energy"]),
    LabelledArticle(id: "a02", title: "风电装机增长", text: "风电和光伏装机容量继续增长，储能配套完善。", labels: ["energy"]),
    LabelledArticle(id: "a03", title: "新能源汽车销量", text: "新能源汽车产销两旺，充电设施加快布局。", labels: ["energy"]),
    LabelledArticle(id: "a04", title: "储能产业发展", text: "新型储能与风电协同发展。", labels: ["energy"]),
    LabelledArticle(id: "a05", title: "污染防治攻坚", text: "深入打好污染防治攻坚战，改善环境质量。", labels: ["green"]),
    LabelledArticle(id: "a06", title: "生态文明建设", text: "推进生态文明建设，加强环保督察。", labels: ["green"]),
    LabelledArticle(id: "a07", title: "环保督察通报", text: "环保部门通报环境违法案件。", labels: ["green"]),
    LabelledArticle(id: "a08", title: "绿色能源与环保", text: "光伏治沙兼顾生态文明和环保。", labels: ["energy", "green"]),
    LabelledArticle(id: "a09", title: "优化营商环境", text: "持续优化营商环境，便利企业办事。", labels: []),
    LabelledArticle(id: "a10", title: "春耕生产", text: "各地抓紧春耕备耕，保障粮食安全。", labels: []),
    LabelledArticle(id: "a11", title: "教育改革", text: "深化教育综合改革，提升教学质量。", labels: []),
    LabelledArticle(id: "a12", title: "文化旅游", text: "文化和旅游市场持续回暖。", labels: []),
  ]

  /// Settings with lexicon terms only as features.
  static func termsOnlyConfig() -> ModelConfig {
    var c = ModelConfig()
    c.maxNGrams = 0
    return c
  }

  static func trainedModel(config: ModelConfig = ModelConfig()) throws -> TopicModel {
    try Trainer(lexicons: lexicons(), config: config).train(articles, estimateAccuracy: false)
  }
}

/// `|a − b| <= tol · max(1, |a|, |b|)`.
func close(_ a: Float, _ b: Float, _ tol: Float = 1e-4) -> Bool {
  abs(a - b) <= tol * max(1, abs(a), abs(b))
}

func close(_ a: Double, _ b: Double, _ tol: Double = 1e-9) -> Bool {
  abs(a - b) <= tol * max(1, abs(a), abs(b))
}

extension SplitMix64 {
  mutating func floats(_ n: Int) -> [Float] { (0..<n).map { _ in Float.random(in: -1...1, using: &self) } }
}
