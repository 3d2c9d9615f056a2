#!/usr/bin/env bash
# Regenerates every raster form of the Lifeboat icon from the hand-written master icons/lifeboat.svg:
#   icons/png/lifeboat-<size>.png    16 24 32 48 64 128 256 512
#   src/main/resources/icons/...     the same PNGs, loaded by the app from the class path
#   icons/lifeboat.ico               Windows, multi-size (16..256)
#   icons/lifeboat.icns              macOS (16 32 48 128 256 512), when png2icns is installed
#                                    (libicns stores 256/512 as JPEG 2000, which macOS reads; on a Mac,
#                                    `iconutil -c icns` on an .iconset of these PNGs gives Apple's own form)
# Needs rsvg-convert (librsvg2-bin) and ImageMagick; png2icns (icnsutils) for the .icns.
#   apt-get install -y librsvg2-bin imagemagick icnsutils
# Usage: icons/render.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
svg="$here/lifeboat.svg"
out="$here/png"
res="$root/src/main/resources/icons"
sizes=(16 24 32 48 64 128 256 512)

need() { command -v "$1" >/dev/null 2>&1 || { echo "render.sh: '$1' not found ($2)" >&2; exit 1; }; }
need rsvg-convert "apt-get install -y librsvg2-bin"
# /usr/local/bin/convert may be a stand-in that only converts to PPM: use ImageMagick's own binary.
magick=""
for c in /usr/bin/convert-im6.q16 /usr/bin/convert magick convert; do
  if command -v "$c" >/dev/null 2>&1 && "$c" -version 2>/dev/null | grep -q ImageMagick; then magick="$c"; break; fi
done
[[ -n "$magick" ]] || { echo "render.sh: ImageMagick not found (apt-get install -y imagemagick)" >&2; exit 1; }

mkdir -p "$out" "$res"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

# At 16 and 24 px the tile's transparent margin is a blurry half pixel: render those full-bleed
# (the same artwork with the viewBox cropped to the tile), which also makes the ring a little larger.
sed 's/viewBox="0 0 512 512"/viewBox="16 16 480 480"/' "$svg" > "$tmp/full-bleed.svg"

for s in "${sizes[@]}"; do
  src="$svg"; (( s <= 24 )) && src="$tmp/full-bleed.svg"
  rsvg-convert -w "$s" -h "$s" "$src" -o "$tmp/raw.png"
  # Strip metadata (timestamps) so re-rendering the same SVG gives byte-identical files.
  "$magick" "$tmp/raw.png" -strip -define png:color-type=6 "PNG32:$out/lifeboat-$s.png"
  cp "$out/lifeboat-$s.png" "$res/lifeboat-$s.png"
done

ico_in=()
for s in 16 24 32 48 64 128 256; do ico_in+=("$out/lifeboat-$s.png"); done
"$magick" "${ico_in[@]}" "$here/lifeboat.ico"

if command -v png2icns >/dev/null 2>&1; then
  png2icns "$here/lifeboat.icns" "$out"/lifeboat-{16,32,48,128,256,512}.png >/dev/null
else
  echo "render.sh: png2icns not found (apt-get install -y icnsutils); $here/lifeboat.icns not refreshed" >&2
fi

echo "icons rendered: ${sizes[*]} px -> $out, $res; $here/lifeboat.ico$( [[ -f $here/lifeboat.icns ]] && echo ", $here/lifeboat.icns")"
