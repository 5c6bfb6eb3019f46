#!/bin/sh
# A typical install script run from a Dockerfile: packages, a download with a checksum, a venv.
set -eu

VERSION="${VERSION:-1.4.2}"
PREFIX=/opt/tool

apt-get update
apt-get install -y --no-install-recommends ca-certificates curl unzip
rm -rf /var/lib/apt/lists/*

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
curl -fsSL "https://example.org/tool-${VERSION}.zip" -o "$tmp/tool.zip"
echo "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef  $tmp/tool.zip" | sha256sum -c -
unzip -q "$tmp/tool.zip" -d "$PREFIX"

for f in "$PREFIX"/bin/*; do
    case "$f" in
        *.sh) chmod +x "$f" ;;
        *) ;;
    esac
done

python3 -m venv /opt/venv
/opt/venv/bin/pip install --no-cache-dir -r /tmp/requirements.txt
if command -v tool >/dev/null 2>&1; then
    tool --version
fi
