import Foundation
import PolicyFuzzing
import Testing

/// Every saved fuzz input (`Fuzz/Corpus/<target>/`: seeds written for this repository and the
/// inputs that once crashed a parser) still runs through its target without a crash.
@Suite("Fuzz corpus", .serialized)
struct CorpusReplayTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus")

  @Test("saved inputs replay without a crash", arguments: FuzzTargets.names)
  func replay(target: String) throws {
    let folder = Self.corpus.appendingPathComponent(target)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(!files.isEmpty, "no saved inputs for \(target)")
    for file in files {
      let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
      let known = bytes.withUnsafeBufferPointer { FuzzTargets.run(target, $0) }
      #expect(known)
    }
  }

  @Test("the gzip target leaves no file behind")
  func gzipTargetCleansUp() {
    let written = FileManager.default.temporaryDirectory
      .appendingPathComponent("policy-fuzz-\(ProcessInfo.processInfo.processIdentifier).jsonl.gz").path
    let truncatedHeader: [UInt8] = [0x1f, 0x8b, 0x08, 0x00]
    #expect(truncatedHeader.withUnsafeBufferPointer { FuzzTargets.run("gzip", $0) })
    #expect(!FileManager.default.fileExists(atPath: written))
  }

  @Test func unknownTarget() {
    #expect(!FuzzTargets.run("no-such-parser", UnsafeBufferPointer(start: nil, count: 0)))
  }
}
