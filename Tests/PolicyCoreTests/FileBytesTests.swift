import Foundation
import PolicyCore
import Testing
import _PolicyTestSupport

@Suite("FileBytes")
struct FileBytesTests {
  /// A scratch file holding `bytes`, removed after `body`.
  func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("filebytes-\(UUID().uuidString)")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
  }

  /// Sizes around the first read's chunk (64 KiB) and one well past it.
  @Test(arguments: [0, 1, 7, 65_535, 65_536, 65_537, 300_001])
  func readsEveryByte(size: Int) throws {
    var random = SplitMix64(seed: UInt64(size))
    let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
    #expect(try withFile(bytes) { FileBytes.read(path: $0) } == .success(bytes))
  }

  @Test func checksTheStartFirst() throws {
    let bytes = Array("PTMODEL\u{0}rest of the file".utf8)
    #expect(try withFile(bytes) { FileBytes.read(path: $0, start: Array("PTMODEL".utf8)) } == .success(bytes))
    #expect(try withFile(bytes) { FileBytes.read(path: $0, start: Array("JSONL".utf8)) } == .failure(.unexpectedStart))
    // Shorter than the start it should begin with, or empty.
    let magic = Array("PTMODEL".utf8)
    #expect(try withFile(Array("PT".utf8)) { FileBytes.read(path: $0, start: magic) } == .failure(.unexpectedStart))
    #expect(try withFile([]) { FileBytes.read(path: $0, start: magic) } == .failure(.unexpectedStart))
  }

  @Test func namesTheSystemError() {
    #expect(FileBytes.read(path: "/nonexistent/file") == .failure(.system(reason: "No such file or directory")))
    // A directory opens but cannot be read.
    #expect(FileBytes.read(path: "/") == .failure(.system(reason: "Is a directory")))
  }
}
