#!/usr/bin/env bash
set -euo pipefail
main() {
  local x=${1:-default}
  [[ -n "$x" ]] && echo "$x" | tr a-z A-Z
}
main "$@"
