#!/usr/bin/env bash
set -e
git ls-remote --tags https://example.com/repo.git | sort -V > /tmp/tags
# expect: SH501 3:51
