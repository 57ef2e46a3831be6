import CBLAS

/// The only place that calls the system BLAS (`libblas`, CBLAS interface).
///
/// Matrices are dense, row-major `[Float]`. Each function has a plain-loop twin
/// (`referenceDot`, `referenceGemv`, `referenceGemm`) that tests compare against.
public enum BLAS {
  /// The dot product of two vectors of equal length.
  public static func dot(_ x: [Float], _ y: [Float]) -> Float {
    precondition(x.count == y.count, "dot: lengths differ")
    guard !x.isEmpty else { return 0 }
    return x.withUnsafeBufferPointer { xp in
      y.withUnsafeBufferPointer { yp in
        cblas_sdot(Int32(x.count), xp.baseAddress, 1, yp.baseAddress, 1)
      }
    }
  }

  /// `y = A·x` for an `m`×`n` row-major matrix `A`.
  public static func gemv(_ a: [Float], rows m: Int, columns n: Int, _ x: [Float]) -> [Float] {
    precondition(a.count == m * n && x.count == n, "gemv: shapes differ")
    var y = [Float](repeating: 0, count: m)
    guard m > 0, n > 0 else { return y }
    a.withUnsafeBufferPointer { ap in
      x.withUnsafeBufferPointer { xp in
        y.withUnsafeMutableBufferPointer { yp in
          cblas_sgemv(
            CblasRowMajor, CblasNoTrans, Int32(m), Int32(n), 1, ap.baseAddress, Int32(n),
            xp.baseAddress, 1, 0, yp.baseAddress, 1)
        }
      }
    }
    return y
  }

  /// `C = A·B` for row-major `A` (`m`×`k`) and `B` (`k`×`n`); returns `C` (`m`×`n`).
  public static func gemm(_ a: [Float], _ b: [Float], m: Int, k: Int, n: Int) -> [Float] {
    precondition(a.count == m * k && b.count == k * n, "gemm: shapes differ")
    var c = [Float](repeating: 0, count: m * n)
    a.withUnsafeBufferPointer { ap in
      b.withUnsafeBufferPointer { bp in
        c.withUnsafeMutableBufferPointer { gemm(ap, bp, into: $0, m: m, k: k, n: n) }
      }
    }
    return c
  }

  /// `C = A·B` into the first `m`×`n` elements of `c`, for row-major `A` (`m`×`k`, the first
  /// elements of `a`) and `B` (`k`×`n`, rows `ldb` ≥ `n` elements apart, from the start of
  /// `b`): the form for buffers reused between calls.
  public static func gemm(
    _ a: UnsafeBufferPointer<Float>, _ b: UnsafeBufferPointer<Float>, into c: UnsafeMutableBufferPointer<Float>,
    m: Int, k: Int, n: Int, ldb: Int? = nil
  ) {
    let ldb = ldb ?? n
    precondition(ldb >= n, "gemm: ldb below n")
    precondition(a.count >= m * k && b.count >= k * ldb && c.count >= m * n, "gemm: buffers too small")
    guard m > 0, n > 0 else { return }
    guard k > 0 else {
      c.baseAddress?.update(repeating: 0, count: m * n)
      return
    }
    cblas_sgemm(
      CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1,
      a.baseAddress, Int32(k), b.baseAddress, Int32(ldb), 0, c.baseAddress, Int32(n))
  }

  /// Plain-loop dot product (the reference for tests).
  public static func referenceDot(_ x: [Float], _ y: [Float]) -> Float {
    var s: Float = 0
    for i in x.indices { s += x[i] * y[i] }
    return s
  }

  /// Plain-loop matrix–vector product (the reference for tests).
  public static func referenceGemv(_ a: [Float], rows m: Int, columns n: Int, _ x: [Float]) -> [Float] {
    (0..<m).map { r in (0..<n).reduce(Float(0)) { $0 + a[r * n + $1] * x[$1] } }
  }

  /// Plain-loop matrix product (the reference for tests).
  public static func referenceGemm(_ a: [Float], _ b: [Float], m: Int, k: Int, n: Int) -> [Float] {
    var c = [Float](repeating: 0, count: m * n)
    for i in 0..<m {
      for p in 0..<k {
        let av = a[i * k + p]
        if av == 0 { continue }
        for j in 0..<n { c[i * n + j] += av * b[p * n + j] }
      }
    }
    return c
  }
}
