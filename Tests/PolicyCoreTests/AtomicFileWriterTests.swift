import Foundation
import PolicyCore
import Testing

@Suite("AtomicFileWriter")
struct AtomicFileWriterTests {
  /// A scratch directory, removed after `body`.
  func withDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
  }

  func names(in directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  @Test func replacesTheTargetOnlyOnCommit() throws {
    try withDirectory { dir in
      let target = dir.appendingPathComponent("model.bin")
      try Data("old".utf8).write(to: target)
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
      let file = try AtomicFileWriter(replacing: target.path)
      try file.write(Array("new ".utf8))
      try file.write(Array("contents".utf8))
      #expect(try String(contentsOf: target, encoding: .utf8) == "old")
      try file.commit()
      #expect(try String(contentsOf: target, encoding: .utf8) == "new contents")
      #expect(try names(in: dir) == ["model.bin"])
      // The replaced file's permissions carry over.
      let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
      #expect(mode == 0o600)
    }
  }

  @Test func createsANewFile() throws {
    try withDirectory { dir in
      let target = dir.appendingPathComponent("out.jsonl")
      let file = try AtomicFileWriter(replacing: target.path)
      try file.write([])
      try file.commit()
      #expect(try Data(contentsOf: target).isEmpty)
      #expect(try names(in: dir) == ["out.jsonl"])
    }
  }

  /// Abandoned (a failed command) or released unfinished (a thrown error): the target keeps
  /// its contents and nothing else is left in its directory.
  @Test func abandonedWritesLeaveNothing() throws {
    try withDirectory { dir in
      let target = dir.appendingPathComponent("report.md")
      try Data("kept".utf8).write(to: target)
      let file = try AtomicFileWriter(replacing: target.path)
      try file.write(Array("lost".utf8))
      file.abandon()
      file.abandon()
      do {
        let released = try AtomicFileWriter(replacing: target.path)
        try released.write(Array("lost too".utf8))
      }
      #expect(try String(contentsOf: target, encoding: .utf8) == "kept")
      #expect(try names(in: dir) == ["report.md"])
    }
  }

  /// On Linux the data has no name until commit, so a process killed while writing leaves no
  /// temporary file (a named `.NAME.tmp-PID` sibling used to stay behind).
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd"), "needs Linux's /proc"))
  func unnamedWhileWriting() throws {
    try withDirectory { dir in
      let file = try AtomicFileWriter(replacing: dir.appendingPathComponent("big.jsonl").path)
      try file.write([UInt8](repeating: 65, count: 100_000))
      #expect(try names(in: dir) == [])
      try file.commit()
      #expect(try names(in: dir) == ["big.jsonl"])
    }
  }

  @Test func aMissingDirectoryIsACreateError() throws {
    try withDirectory { dir in
      let target = dir.appendingPathComponent("missing/model.bin").path
      #expect(throws: AtomicFileWriter.Failure.create(ENOENT)) { try AtomicFileWriter(replacing: target) }
      #expect("\(AtomicFileWriter.Failure.create(ENOENT))" == "cannot create it: No such file or directory")
    }
  }
}
