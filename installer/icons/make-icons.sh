#!/usr/bin/env bash
# Renders the installer icons from partner-contacts.svg. The outputs are committed, so a package
# build needs none of this; run it again only after changing the SVG.
# Needs ImageMagick (convert) and python3 (ImageMagick cannot write ICNS).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One large rendering, scaled down for every size: sharper small sizes than rendering each.
convert -background none -density 192 partner-contacts.svg -resize 1024x1024 "$work/1024.png"
for size in 16 24 32 48 64 128 256 512; do
  convert "$work/1024.png" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:$work/$size.png"
done

# Linux: jpackage --icon and the desktop entry take a PNG.
cp "$work/256.png" partner-contacts-256.png
cp "$work/512.png" partner-contacts.png
# Windows: one ICO holding the sizes Explorer and the Start menu ask for.
convert "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" \
        "$work/128.png" "$work/256.png" partner-contacts.ico
# macOS: an ICNS is the magic 'icns', the total length, then (type, length, PNG) chunks.
python3 - "$work" partner-contacts.icns <<'PY'
import struct, sys
work, out = sys.argv[1], sys.argv[2]
# ic11/ic12/ic13/ic14/ic10 are the @2x (Retina) variants of 16/32/128/256/512.
chunks = [(b"ic11", 32), (b"ic12", 64), (b"ic07", 128), (b"ic13", 256), (b"ic08", 256),
          (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024)]
body = b""
for kind, size in chunks:
    with open(f"{work}/{size}.png", "rb") as f:
        png = f.read()
    body += kind + struct.pack(">I", len(png) + 8) + png
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
ls -l partner-contacts.png partner-contacts-256.png partner-contacts.ico partner-contacts.icns
