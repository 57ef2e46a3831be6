import Foundation

/// `gzip(1)` failed to compress test data.
public struct GzipToolError: Error, CustomStringConvertible {
  /// Its exit status.
  public var status: Int32
  public var description: String { "gzip exited with status \(status)" }
}

/// `bytes` compressed by `gzip -c` at `level`: real gzip files, made by the tool users make
/// them with, not by the code under test.
public func gzipped(_ bytes: [UInt8], level: Int = 6) throws -> [UInt8] {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gzip-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  let plain = dir.appendingPathComponent("plain")
  try Data(bytes).write(to: plain)
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
  process.arguments = ["-\(level)", "-c", plain.path]
  let output = Pipe()
  process.standardOutput = output
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0 else { throw GzipToolError(status: process.terminationStatus) }
  return [UInt8](data)
}
