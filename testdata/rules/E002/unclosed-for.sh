#!/bin/sh
set -e
for f in a b; do
  echo "$f"
# expect: E002 6:1
