#!/usr/bin/env bash
# Formats every Swift file in place, then lints strictly (the lint step is what CI checks).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.swift')
swift format format --parallel --in-place "${files[@]}"
swift format lint --strict --parallel "${files[@]}"
