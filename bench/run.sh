#!/usr/bin/env bash
# Whole-process benchmarks of dlint against its peers, in one run: writes bench/results.md and prints it.
#   bench/run.sh            # all measurements (~5-10 min on 2 quiet cores; the dockerfilelint corpus run dominates)
#   bench/run.sh --quick    # skip the per-file peer runs over the whole corpus
# Environment: DLINT_SHARED (default ../shared beside the repo), RUNS (hyperfine runs, default 10),
# PEERS (installed copy of ../shared/tools/peers; default /tmp/dlint-peers, installed there with npm ci when missing),
# JAVA25 (a JDK 25 home, default /usr/lib/jvm/temurin-25-jdk-amd64; skipped when absent).
# Needs hyperfine, GNU time (/usr/bin/time), python3; shellcheck and node/npm for the peers.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="${DLINT_SHARED:-$root/../shared}"
corpus="$shared/corpus/realworld"
runs="${RUNS:-10}"
peers="${PEERS:-/tmp/dlint-peers}"
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
quick=0
[ "${1:-}" = "--quick" ] && quick=1
file="$root/src/jmh/resources/dev/dlint/bench/typical.Dockerfile"
out="$here/results.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "bench: GNU time is required (apt-get install time)" >&2; exit 2; }
[ -d "$corpus" ] || { echo "bench: no corpus at $corpus (set DLINT_SHARED)" >&2; exit 2; }
if [ ! -x "$peers/node_modules/.bin/dockerfilelint" ] && command -v npm >/dev/null; then
  echo "bench: installing the peers into $peers" >&2
  rm -rf "$peers" && mkdir -p "$peers" && cp -r "$shared/tools/peers/." "$peers"
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi

# Build once (and make the class-data archives) outside the measurements.
"$root/dlint" check "$file" >/dev/null 2>&1 || true
if [ -x "$java25/bin/java" ]; then JAVA_HOME="$java25" "$root/dlint" check "$file" >/dev/null 2>&1 || true; fi

# The corpus file lists, from its manifest (path in repo → flattened directory).
files() { awk -F'\t' -v root="$corpus/" -v kind="$1" \
  'NR > 1 && $4 == kind { d = $1; gsub("/", "__", d); print root d "/" $3 }' "$corpus/MANIFEST.tsv"; }
files dockerfile >"$work/dockerfiles.txt"
files script >"$work/scripts.txt"

results="$here/results.tsv"   # name<TAB>median s<TAB>peak RSS KiB (kept beside results.md)
: >"$results"
# measure NAME RUNS COMMAND: hyperfine median (failures ignored: linters exit 1 on findings) + peak RSS of one more run.
measure() {
  local name="$1" n="$2" cmd="$3" json="$work/h.json"
  echo "bench: $name" >&2
  hyperfine -N --style none -w 1 -r "$n" -i --export-json "$json" "$cmd" >/dev/null 2>&1 \
    || hyperfine --style none -w 1 -r "$n" -i --export-json "$json" "$cmd" >/dev/null 2>&1
  local median rss
  median="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$json")"
  /usr/bin/time -v -o "$work/time.txt" bash -c "$cmd" >/dev/null 2>&1 || true
  rss="$(awk -F': ' '/Maximum resident/ {print $2}' "$work/time.txt")"
  printf '%s\t%s\t%s\n' "$name" "$median" "${rss:-?}" >>"$results"
}

d="$root/dlint"
measure "dlint check typical.Dockerfile (JDK 17, archive)" "$runs" "$d check --no-color $file"
measure "dlint check typical.Dockerfile (JDK 17, no archive)" "$runs" "env DLINT_CDS=0 $d check --no-color $file"
measure "dlint check --format json typical.Dockerfile (JDK 17)" "$runs" "$d check --format json $file"
if [ -x "$java25/bin/java" ]; then
  measure "dlint check typical.Dockerfile (JDK 25, AOT cache)" "$runs" "env JAVA_HOME=$java25 $d check --no-color $file"
fi
if [ -x "$peers/node_modules/.bin/dockerfilelint" ]; then
  measure "dockerfile-utils lint typical.Dockerfile" "$runs" "$peers/node_modules/.bin/dockerfile-utils lint $file"
  measure "dockerfilelint typical.Dockerfile" "$runs" "$peers/node_modules/.bin/dockerfilelint $file"
fi
if command -v shellcheck >/dev/null; then
  measure "shellcheck install.sh" "$runs" "shellcheck -f gcc ${file%/*}/install.sh"
  measure "dlint check install.sh" "$runs" "$d check --no-color ${file%/*}/install.sh"
fi

scan_runs=$(( runs < 5 ? runs : 5 ))
measure "dlint check --format json CORPUS (all $(wc -l <"$work/dockerfiles.txt") Dockerfiles + all kinds, 1 process)" \
  "$scan_runs" "$d check --format json $corpus"
measure "dlint check --jobs 1 --format json CORPUS" "$scan_runs" "$d check --jobs 1 --format json $corpus"
measure "dlint check CORPUS scripts ($(wc -l <"$work/scripts.txt") files, 1 process)" "$scan_runs" \
  "xargs -a $work/scripts.txt $d check --no-color"
if command -v shellcheck >/dev/null; then
  measure "shellcheck CORPUS scripts (1 process)" "$scan_runs" "xargs -a $work/scripts.txt shellcheck -f gcc"
fi
if [ "$quick" = 0 ] && [ -x "$peers/node_modules/.bin/dockerfilelint" ]; then
  measure "dockerfilelint per file over CORPUS Dockerfiles" 1 \
    "xargs -a $work/dockerfiles.txt -n 1 $peers/node_modules/.bin/dockerfilelint"
  measure "dockerfile-utils per file over CORPUS Dockerfiles" 1 \
    "xargs -a $work/dockerfiles.txt -n 1 $peers/node_modules/.bin/dockerfile-utils lint"
  if command -v shellcheck >/dev/null; then
    measure "shellcheck per file over CORPUS scripts" 1 "xargs -a $work/scripts.txt -n 1 shellcheck -f gcc"
  fi
fi

python3 - "$results" "$out" "$runs" <<'EOF'
import sys, subprocess, platform, datetime, os
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
by = {r[0]: float(r[1]) for r in rows}
def find(prefix):
    return next((v for k, v in by.items() if k.startswith(prefix)), None)
def sh(cmd):
    try: return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception: return "?"
lines = []
lines.append(f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC by bench/run.sh; "
             f"RUNS={sys.argv[3]} (corpus scans ≤5, per-file corpus peers 1).")
cpus, model = sh("nproc"), sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
mem, java = sh("free -g | awk '/Mem:/ {print $2}'"), sh("java -version 2>&1 | head -1")
lines.append(f"Machine: {cpus} CPUs, {model}, {mem} GiB; {platform.system()} {platform.release()}; java: {java}.")
lines.append(f"Load at the end: `{sh('uptime')}`")
lines.append("")
lines.append("| what | median | peak RSS |")
lines.append("|---|---:|---:|")
for name, median, rss in rows:
    m = float(median)
    shown = f"{m*1000:.0f} ms" if m < 10 else f"{m:.2f} s"
    rss_mb = f"{int(rss)/1024:.0f} MB" if rss.isdigit() else rss
    lines.append(f"| {name} | {shown} | {rss_mb} |")
lines.append("")
ratios = []
one = find("dlint check typical.Dockerfile (JDK 17, archive)")
for peer in ("dockerfile-utils lint typical", "dockerfilelint typical"):
    p = find(peer)
    if one and p: ratios.append(f"- cold one file: {peer.split()[0]} / dlint (JDK 17) = {p/one:.2f}×")
j25 = find("dlint check typical.Dockerfile (JDK 25")
for peer in ("dockerfile-utils lint typical", "dockerfilelint typical"):
    p = find(peer)
    if j25 and p: ratios.append(f"- cold one file: {peer.split()[0]} / dlint (JDK 25) = {p/j25:.2f}×")
scan = find("dlint check --format json CORPUS")
for peer in ("dockerfilelint per file", "dockerfile-utils per file"):
    p = find(peer)
    if scan and p: ratios.append(f"- corpus: {peer} (Dockerfiles only) / dlint scan (all kinds) = {p/scan:.1f}×")
sc, dl = find("shellcheck CORPUS scripts"), find("dlint check CORPUS scripts")
if sc and dl: ratios.append(f"- corpus scripts, one process each: dlint / shellcheck = {dl/sc:.2f}×")
scf = find("shellcheck per file")
if scf and dl: ratios.append(f"- corpus scripts: shellcheck per file / dlint one process = {scf/dl:.2f}×")
lines += ratios
text = "\n".join(lines) + "\n"
open(sys.argv[2], "w").write(text)
print(text)
EOF
