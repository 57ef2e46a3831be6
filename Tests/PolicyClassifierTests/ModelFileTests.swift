import Foundation
import PolicyFeatures
import Testing
import _PolicyTestSupport

@testable import PolicyClassifier

@Suite("Model files")
struct ModelFileTests {
  // swift-format-ignore: NeverUseForceTry
  static let model: TopicModel = try! Fixtures.trainedModel()

  // swift-format-ignore: NeverUseForceTry
  func decode(_ bytes: [UInt8], lexicons: LexiconSet? = nil) throws(ClassifierError) -> TopicModel {
    try ModelFile.decode(bytes, lexicons: lexicons ?? (try! Fixtures.lexicons()), file: "m.ptmodel")
  }

  func expectSame(_ a: TopicModel, _ b: TopicModel) {
    #expect(a.metadata == b.metadata)
    #expect(a.weighting == b.weighting)
    #expect(a.features.ngrams.keys == b.features.ngrams.keys)
    #expect(a.features.termCount == b.features.termCount)
    #expect(a.features.titleWeight == b.features.titleWeight)
    #expect(a.features.maxNGramLength == b.features.maxNGramLength)
    #expect(a.nbWeights == b.nbWeights)
    #expect(a.nbBias == b.nbBias)
    #expect(a.prototypes == b.prototypes)
    #expect(a.positiveMass == b.positiveMass)
    #expect(a.negativeMass == b.negativeMass)
  }

  @Test func roundTrip() throws {
    let model = Self.model
    #expect(model.features.ngrams.count > 0)
    let bytes = try ModelFile.encode(model)
    #expect(Array(bytes.prefix(8)) == Array("PTMODEL\n".utf8))
    let back = try decode(bytes)
    expectSame(model, back)
    #expect(try ModelFile.encode(back) == bytes)
    // The decoded model tags exactly like the original.
    var s1 = Tagger.Scratch()
    var s2 = Tagger.Scratch()
    let input = [("光伏与储能", "风电和环保并重，营商环境改善。")]
    #expect(
      Tagger(model: model).tag(input, scratch: &s1)[0].scores == Tagger(model: back).tag(input, scratch: &s2)[0].scores)
  }

  @Test func zeroShotRoundTrip() throws {
    let model = try Trainer(lexicons: try Fixtures.lexicons()).zeroShotModel()
    expectSame(model, try decode(try ModelFile.encode(model)))
  }

  @Test func wrongMagic() throws {
    var bytes = try ModelFile.encode(Self.model)
    bytes[0] = UInt8(ascii: "X")
    #expect(throws: ClassifierError.notAModel(file: "m.ptmodel")) { try decode(bytes) }
    #expect(throws: ClassifierError.notAModel(file: "m.ptmodel")) { try decode(Array("hello".utf8)) }
    #expect(throws: ClassifierError.notAModel(file: "m.ptmodel")) { try decode([]) }
  }

  @Test func newerVersion() throws {
    var bytes = try ModelFile.encode(Self.model)
    bytes.replaceSubrange(8..<12, with: [99, 0, 0, 0])
    #expect(throws: ClassifierError.unsupportedVersion(file: "m.ptmodel", found: 99, supported: ModelFile.version)) {
      try decode(bytes)
    }
  }

  @Test func olderVersion() throws {
    var bytes = try ModelFile.encode(Self.model)
    bytes.replaceSubrange(8..<12, with: [1, 0, 0, 0])
    let error = #expect(
      throws: ClassifierError.outdatedVersion(file: "m.ptmodel", found: 1, current: ModelFile.version)
    ) {
      try decode(bytes)
    }
    #expect(error.map { "\($0)" }?.contains("retrain") == true)
  }

  /// Cut anywhere, even right after its magic bytes (8, 10: once "not a policy-topics model
  /// file"), a model is reported as truncated.
  @Test(arguments: [8, 10, 12, 20, 100, 1000, -1, -8, -9])
  func truncated(length: Int) throws {
    let bytes = try ModelFile.encode(Self.model)
    let cut = Array(bytes.prefix(length > 0 ? length : bytes.count + length))
    let error = #expect(throws: ClassifierError.self) { try decode(cut) }
    guard case .corrupt(file: "m.ptmodel", _) = error else {
      Issue.record("expected .corrupt, got \(String(describing: error))")
      return
    }
  }

  /// The fixture model with its n-gram vocabulary replaced by `keys` (weights all zero).
  static func withNGrams(_ keys: [UInt64]) -> TopicModel {
    let base = Self.model
    let space = base.features
    let features = space.termCount + keys.count
    let t = base.topicCount
    let ngrams = NGramVocabulary(keys: keys)
    return TopicModel(
      metadata: base.metadata,
      features: FeatureSpace(
        matcher: space.matcher, ngrams: ngrams, titleWeight: space.titleWeight, maxNGramLength: space.maxNGramLength),
      weighting: TFIDFWeighting(
        termFrequency: base.weighting.termFrequency, idf: [Float](repeating: 1, count: features)),
      nbWeights: [Float](repeating: 0, count: features * t), nbBias: base.nbBias,
      prototypes: [Float](repeating: 0, count: features * t),
      positiveMass: [Float](repeating: 0, count: features * t), negativeMass: [Float](repeating: 0, count: features * t)
    )
  }

  @Test("a model with more n-grams than training allows is refused, not trusted")
  func tooManyNGrams() throws {
    // Bigrams over 200 ideographs: distinct keys, few characters.
    var keys: [UInt64] = []
    for i in 0...Trainer.maxNGrams {
      let first = UInt64(0x4E00 + i % 200)
      let second = UInt64(0x4E00 + i / 200)
      keys.append(first | second << 21)
    }
    let bytes = try ModelFile.encode(Self.withNGrams(keys))
    let error = #expect(throws: ClassifierError.self) { try decode(bytes) }
    guard case .corrupt(file: "m.ptmodel", let reason) = error else {
      Issue.record("expected .corrupt, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("n-grams"))
    // At the limit it loads.
    #expect(throws: Never.self) { try decode(try ModelFile.encode(Self.withNGrams(Array(keys.dropLast())))) }
  }

  @Test("a model whose n-gram keys repeat is refused") func repeatedNGramKeys() throws {
    var bytes = try ModelFile.encode(Self.withNGrams([0x4E00, 0x4E01, 0x4E00 | 0x4E01 << 21]))
    // The keys follow the header; make the second a copy of the first, then re-seal the file.
    let headerLength = Int(bytes[12]) | Int(bytes[13]) << 8 | Int(bytes[14]) << 16 | Int(bytes[15]) << 24
    let keys = 16 + headerLength
    for k in 0..<8 { bytes[keys + 8 + k] = bytes[keys + k] }
    let sum = ModelFile.checksum(bytes[0..<(bytes.count - 8)])
    for k in 0..<8 { bytes[bytes.count - 8 + k] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(k))) }
    let error = #expect(throws: ClassifierError.self) { try decode(bytes) }
    guard case .corrupt(file: "m.ptmodel", let reason) = error else {
      Issue.record("expected .corrupt, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("repeats"))
  }

  @Test func flippedByteFailsChecksum() throws {
    let bytes = try ModelFile.encode(Self.model)
    // One byte in the header JSON, one in the parameters, one in the checksum itself.
    for position in [20, bytes.count / 2, bytes.count - 100, bytes.count - 1] {
      var bad = bytes
      bad[position] ^= 0x01
      let error = #expect(throws: ClassifierError.self) { try decode(bad) }
      guard case .corrupt(_, let reason) = error else {
        Issue.record("byte \(position): expected .corrupt, got \(String(describing: error))")
        continue
      }
      #expect(reason.contains("checksum"))
    }
  }

  @Test("any single flipped bit, and two flips in one bit column, fail the checksum")
  func checksumCatchesBitFlips() throws {
    let bytes = try ModelFile.encode(Self.model)
    let body = bytes.dropLast(8)
    let good = ModelFile.checksum(body)
    var rng = SplitMix64(seed: 0xC4EC)
    for _ in 0..<2000 {
      var bad = Array(body)
      let position = Int.random(in: 0..<bad.count, using: &rng)
      let bit = UInt8(1) << UInt8.random(in: 0..<8, using: &rng)
      bad[position] ^= bit
      #expect(ModelFile.checksum(bad[...]) != good, "byte \(position)")
      // The same bit of another word: plain word-wise FNV would cancel these for the top bit.
      let other = (position + 8 * Int.random(in: 1...16, using: &rng)) % bad.count
      if other != position {
        bad[other] ^= bit
        #expect(ModelFile.checksum(bad[...]) != good, "bytes \(position) and \(other)")
      }
    }
    // Appending zero bytes changes it too (the length is part of it).
    #expect(ModelFile.checksum((Array(body) + [0])[...]) != good)
  }

  @Test func otherLexiconsAreRefused() throws {
    let bytes = try ModelFile.encode(Self.model)
    let other = try Fixtures.lexicons(energyWeightOfPV: 3)
    #expect(other.fingerprint != (try Fixtures.lexicons()).fingerprint)
    let error = #expect(throws: ClassifierError.self) { try decode(bytes, lexicons: other) }
    guard case .lexiconMismatch(file: "m.ptmodel", let model, let current) = error else {
      Issue.record("expected .lexiconMismatch, got \(String(describing: error))")
      return
    }
    #expect(model == Self.model.metadata.lexiconFingerprint)
    #expect(current == other.fingerprint)
  }

  @Test("files that are not models are refused from their first bytes; a missing one is an I/O error")
  func readingFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ptmodel-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let corpus = dir.appendingPathComponent("corpus.jsonl")
    try Data(String(repeating: #"{"title":"标题","text":"正文"}"# + "\n", count: 20_000).utf8).write(to: corpus)
    #expect(throws: ClassifierError.notAModel(file: corpus.path)) { try ModelFile.contents(of: corpus) }
    let empty = dir.appendingPathComponent("empty.ptmodel")
    try Data().write(to: empty)
    #expect(throws: ClassifierError.notAModel(file: empty.path)) { try ModelFile.contents(of: empty) }
    let good = dir.appendingPathComponent("m.ptmodel")
    try ModelFile.save(Self.model, to: good)
    expectSame(Self.model, try ModelFile.bind(try ModelFile.contents(of: good), lexicons: try Fixtures.lexicons()))
    let error = #expect(throws: ClassifierError.self) {
      try ModelFile.contents(of: dir.appendingPathComponent("missing.ptmodel"))
    }
    guard case .io = error else {
      Issue.record("expected .io, got \(String(describing: error))")
      return
    }
  }

  @Test func saveIsAtomicAndLoads() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ptmodel-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("m.ptmodel")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    // Overwrites an existing file.
    try Data("old".utf8).write(to: url)
    try ModelFile.save(Self.model, to: url)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["m.ptmodel"])
    expectSame(Self.model, try ModelFile.load(url, lexicons: try Fixtures.lexicons()))
    #expect(try Data(contentsOf: url) == Data(try ModelFile.encode(Self.model)))

    let missing = dir.appendingPathComponent("nope/m.ptmodel")
    let error = #expect(throws: ClassifierError.self) { try ModelFile.save(Self.model, to: missing) }
    guard case .io = error else {
      Issue.record("expected .io, got \(String(describing: error))")
      return
    }
    #expect(throws: ClassifierError.self) { try ModelFile.load(missing, lexicons: try Fixtures.lexicons()) }
  }
}
