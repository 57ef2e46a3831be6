import Foundation

/// L2-regularised logistic regression for a handful of inputs, fitted by Newton's method.
///
/// Used as the ensemble's per-topic combiner over out-of-fold scores. Minimises
/// `−Σ [y ln p + (1−y) ln(1−p)] + (λ/2)·|w|²` (bias not penalised).
enum LogisticCombiner {
  /// Returns `[bias, w1, …, wd]`.
  static func fit(_ x: [[Float]], _ y: [Bool], l2: Double = 1, iterations: Int = 30) -> [Float] {
    guard let d = x.first?.count else { return [] }
    let n = d + 1
    var w = [Double](repeating: 0, count: n)
    let rows = x.map { [1.0] + $0.map(Double.init) }
    for _ in 0..<iterations {
      var gradient = [Double](repeating: 0, count: n)
      var hessian = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
      for (row, label) in zip(rows, y) {
        var z = 0.0
        for j in 0..<n { z += w[j] * row[j] }
        let p = 1 / (1 + exp(-z))
        let r = p - (label ? 1 : 0)
        let s = max(p * (1 - p), 1e-9)
        for j in 0..<n {
          gradient[j] += r * row[j]
          for k in 0..<n { hessian[j][k] += s * row[j] * row[k] }
        }
      }
      for j in 1..<n {
        gradient[j] += l2 * w[j]
        hessian[j][j] += l2
      }
      hessian[0][0] += 1e-6
      guard let step = solve(hessian, gradient) else { break }
      var size = 0.0
      for j in 0..<n {
        w[j] -= step[j]
        size += abs(step[j])
      }
      if size < 1e-7 { break }
    }
    return w.map { Float($0) }
  }

  /// Solves `a·x = b` by Gaussian elimination with partial pivoting.
  static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
    var m = a
    var v = b
    let n = v.count
    for col in 0..<n {
      guard let pivot = (col..<n).max(by: { abs(m[$0][col]) < abs(m[$1][col]) }), abs(m[pivot][col]) > 1e-12 else {
        return nil
      }
      m.swapAt(col, pivot)
      v.swapAt(col, pivot)
      for r in (col + 1)..<n {
        let f = m[r][col] / m[col][col]
        if f == 0 { continue }
        for c in col..<n { m[r][c] -= f * m[col][c] }
        v[r] -= f * v[col]
      }
    }
    var x = [Double](repeating: 0, count: n)
    for r in stride(from: n - 1, through: 0, by: -1) {
      var s = v[r]
      for c in (r + 1)..<n { s -= m[r][c] * x[c] }
      x[r] = s / m[r][r]
    }
    return x
  }
}
