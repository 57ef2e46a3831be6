import PolicyFuzzing

#if FUZZING
  import Foundation

  /// The target libFuzzer drives, from `POLICY_FUZZ_TARGET` (see `Scripts/fuzz.sh`).
  let fuzzTarget: String = {
    let name = ProcessInfo.processInfo.environment["POLICY_FUZZ_TARGET"] ?? ""
    guard FuzzTargets.names.contains(name) else {
      fatalError("set POLICY_FUZZ_TARGET to one of \(FuzzTargets.names.joined(separator: ", "))")
    }
    return name
  }()

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.run(fuzzTarget, UnsafeBufferPointer(start: data, count: size))
    return 0
  }

  /// libFuzzer's driver, for a program with its own `main` (SwiftPM names the executable's
  /// entry point, so libFuzzer's `main` is not the one that runs).
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  @main
  struct Fuzz {
    static func main() {
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(runFuzzerDriver(&argc, &argv, fuzzOne))
    }
  }
#else
  import Foundation

  /// Replays saved inputs through a fuzz target: `policy-fuzz TARGET FILE|DIR…`. A crash
  /// reproduces; a clean run prints how many inputs passed.
  @main
  struct Replay {
    static func main() throws {
      let arguments = CommandLine.arguments.dropFirst()
      guard let target = arguments.first, FuzzTargets.names.contains(target) else {
        print("usage: policy-fuzz TARGET FILE|DIR...  (targets: \(FuzzTargets.names.joined(separator: ", ")))")
        exit(64)
      }
      var count = 0
      for path in arguments.dropFirst() {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
          print("\(path): no such file or directory")
          exit(1)
        }
        let files =
          isDirectory.boolValue
          ? try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { path + "/" + $0 } : [path]
        for file in files {
          let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
          bytes.withUnsafeBufferPointer { _ = FuzzTargets.run(target, $0) }
          count += 1
        }
      }
      print("\(target): \(count) input(s) replayed without a crash")
    }
  }
#endif
