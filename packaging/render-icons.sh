#!/usr/bin/env bash
# Regenerates the PNG icons in packaging/icons/hicolor from the SVGs (needs rsvg-convert,
# Debian: librsvg2-bin). The PNGs are committed, so building the package does not need this.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
cp ../resources/icons/tarmac.svg icons/hicolor/scalable/apps/tarmac.svg
for n in 16 32 48 64 128 256; do
    mkdir -p "icons/hicolor/${n}x${n}/apps"
    rsvg-convert -w "$n" -h "$n" icons/hicolor/scalable/apps/tarmac.svg -o "icons/hicolor/${n}x${n}/apps/tarmac.png"
done
mkdir -p icons/hicolor/48x48/mimetypes
rsvg-convert -w 48 -h 48 icons/hicolor/scalable/mimetypes/application-x-tarmac.svg \
    -o icons/hicolor/48x48/mimetypes/application-x-tarmac.png
