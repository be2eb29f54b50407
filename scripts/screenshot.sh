#!/usr/bin/env bash
# Screenshots of built pages in headless Chromium, to look at what a reader sees.
#
#   scripts/screenshot.sh [BUILD_DIR] [OUT_DIR] [LOCALE...]
#
# Builds the sample project into BUILD_DIR (default: a temporary folder) and writes
# OUT_DIR/<locale>.png (default OUT_DIR: ./screenshots) for each LOCALE (default: ja ar)
# plus OUT_DIR/index.png. Needs Debian's chromium and fonts for CJK and Arabic:
#   apt-get install -y chromium fonts-noto-core fonts-noto-cjk
# (installed here when missing and running as root).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-$(mktemp -d)}
out_dir=${2:-screenshots}
shift $(( $# > 2 ? 2 : $# ))
locales=("$@")
[ ${#locales[@]} -gt 0 ] || locales=(ja ar)

if ! command -v chromium >/dev/null 2>&1 || ! fc-list | grep -qi "Noto Sans CJK"; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-noto-cjk
  else
    echo "screenshot.sh: needs chromium, fonts-noto-core and fonts-noto-cjk" >&2
    exit 2
  fi
fi

communique build -o "$build_dir" --format json >/dev/null
mkdir -p "$out_dir"

shoot() {  # shoot PAGE PNG
  local profile
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --window-size=1200,1600 \
    --screenshot="$2" "file://$(realpath "$1")" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$2"
}

id=$(basename "$(ls releases/*.xml | head -n 1)" .xml)
for locale in "${locales[@]}"; do
  shoot "$build_dir/$locale/$id.html" "$out_dir/$locale.png"
done
shoot "$build_dir/index.html" "$out_dir/index.png"
