#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Jingdu needs beyond Python itself:
# the libraries PySide6's Qt loads, a CJK font with TrueType outlines (for the
# reader and for PDF export), fonts the PDF borrows glyphs from when that font
# lacks them (Symbola: emoji and symbols; Hanazono: rare ideographs such as 𠮷),
# free TrueType faces that stand in for 宋体, 楷体 and 黑体 in the official (公文)
# layout's PDF (AR PL SungtiL GB, AR PL KaitiM GB, WenQuanYi Zen Hei),
# poppler-utils with poppler-data (tests read exported PDFs, whose fallback CID
# font needs poppler-data's character maps), Xvfb (screenshots on a machine
# without a screen), and the tools that make the Debian package (make deb):
# librsvg2-bin draws the icon's PNGs from its SVG, desktop-file-utils and
# appstream check the desktop entry and the AppStream metainfo (dpkg-deb is
# Debian's own). Installs only what is missing.
set -euo pipefail

packages=(
  python3-venv
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  fontconfig fonts-wqy-microhei fonts-dejavu-core fonts-symbola fonts-hanazono
  fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei
  poppler-utils poppler-data xvfb xauth
  librsvg2-bin desktop-file-utils appstream
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "debian-deps: not a Debian-like system; install Qt's runtime libraries and a CJK font yourself." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "debian-deps: need root to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "debian-deps: installing ${missing[*]}" >&2
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
