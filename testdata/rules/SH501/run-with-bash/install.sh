set -e
curl -fsSL https://example.com/a.tgz | tar -xz -C /opt
# expect: SH501 2:38
