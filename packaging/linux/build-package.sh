#!/usr/bin/env bash
# Wraps the Linux app image into a deb or an rpm that installs Lifeboat as a tool:
#
#   /opt/lifeboat/                               the app image (bin/Lifeboat, its own Java runtime),
#   /opt/lifeboat/lib/app/lambda/                with the Lambda template, jar and README
#   /usr/bin/lifeboat -> /opt/lifeboat/bin/Lifeboat
#   /usr/share/applications/lifeboat.desktop     the menu entry "Lifeboat"
#   /usr/share/icons/hicolor/NxN/apps/lifeboat.png   every size in icons/png/, and scalable/ the SVG
#
# Every one of these files belongs to the package, so removing it removes them all. There are no
# maintainer scripts: the menu and the icon cache are refreshed by the file triggers of
# desktop-file-utils and hicolor-icon-theme (Debian) and their RPM equivalents.
#
# Called by build-app-image.sh --type deb|rpm (see packaging/README.md), after the image is built:
#   packaging/linux/build-package.sh --type deb --image packaging/out/Lifeboat --out packaging/out \
#     --version 0.1.0-SNAPSHOT [--work target/app-image]
set -euo pipefail

log() { printf '==> %s\n' "$*"; }
die() { printf 'build-package: %s\n' "$*" >&2; exit 1; }

type="" image="" out="" pom_version="" work=""
while (($#)); do
  case "$1" in
    --type) type="$2"; shift 2 ;;
    --image) image="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --version) pom_version="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) die "unknown option: $1" ;;
  esac
done
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[[ $type == deb || $type == rpm ]] || die "--type deb|rpm"
[[ -x "$image/bin/Lifeboat" ]] || die "--image: no app image at '$image' (bin/Lifeboat)"
[[ -n $out && -n $pom_version ]] || die "--out and --version are required"
image="$(cd "$image" && pwd)"
mkdir -p "$out"; out="$(cd "$out" && pwd)"
work="${work:-$root/target/app-image}"; mkdir -p "$work"

# ---- the package version ------------------------------------------------------------------------
# Releases keep the pom's version (0.2.0). A qualifier is a pre-release: '~' sorts it before the
# release in both dpkg and rpm (0.2.0~rc.1 < 0.2.0). Snapshots also get the UTC time of the commit
# they were built from, so each new snapshot package upgrades the last one and a rebuild of the same
# commit keeps its version: 0.1.0-SNAPSHOT -> 0.1.0~SNAPSHOT.20250301120000. SOURCE_DATE_EPOCH, when
# set, replaces the commit time.
package_version() {
  local base="${1%%-*}" qualifier="" epoch
  [[ $1 == *-* ]] && qualifier="${1#*-}"
  [[ $base =~ ^[0-9]+(\.[0-9]+)*$ ]] || die "version '$1' does not start with numbers"
  if [[ -z $qualifier ]]; then printf '%s' "$base"; return; fi
  qualifier="${qualifier//-/.}"
  if [[ $qualifier == *SNAPSHOT* ]]; then
    epoch="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || true)}"
    qualifier+=".$(date -u -d "@${epoch:-$(date +%s)}" +%Y%m%d%H%M%S)"
  fi
  printf '%s~%s' "$base" "$qualifier"
}
version="$(package_version "$pom_version")"

# ---- the tree both package types are made from -----------------------------------------------------
stage="$work/pkgroot"
rm -rf "$stage"
mkdir -p "$stage/opt" "$stage/usr/bin"
# Hard links: the image is 140 MB and stays as it is.
cp -al "$image" "$stage/opt/lifeboat" 2>/dev/null || cp -a "$image" "$stage/opt/lifeboat"
ln -s /opt/lifeboat/bin/Lifeboat "$stage/usr/bin/lifeboat"
install -D -m 0644 "$root/packaging/linux/lifeboat.desktop" "$stage/usr/share/applications/lifeboat.desktop"
shopt -s nullglob
pngs=("$root"/icons/png/lifeboat-*.png)
((${#pngs[@]})) || die "no icons in icons/png (run icons/render.sh)"
for png in "${pngs[@]}"; do
  size="${png##*-}"; size="${size%.png}"
  install -D -m 0644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/lifeboat.png"
done
install -D -m 0644 "$root/icons/lifeboat.svg" "$stage/usr/share/icons/hicolor/scalable/apps/lifeboat.svg"
for f in "$stage/opt/lifeboat/lib/app/lambda/backup-stack.yaml" "$stage/opt/lifeboat/lib/app/lambda/lifeboat-lambda.jar"; do
  [[ -f $f ]] || die "the image lacks ${f#"$stage"} (build-app-image.sh ships it)"
done

description="Desktop console for AWS operations"
long_description="Every EBS volume with the backup policy its tags give it; backups that run (from
the desktop, from cron with the lifeboat command, or as an AWS Lambda whose template
and jar ship in /opt/lifeboat/lib/app/lambda); snapshots; the fleet as Systems
Manager sees it; Aurora restore windows. With no AWS profile it opens on an
embedded sandbox account. Brings its own Java runtime."

# ---- deb --------------------------------------------------------------------------------------------
# The libraries the image's binaries link (ldd follows them through), as Debian packages, plus GTK 3,
# which JavaFX opens at run time. This is what jpackage computes too, minus xdg-utils, not needed here.
deb_depends() {
  local lib pkg
  declare -A pkgs=([libgtk-3-0]=1)
  while read -r lib; do
    # "libc6:amd64: /lib/x86_64-linux-gnu/libc.so.6"; diversions and shared paths have other lines.
    pkg="$({ dpkg-query -S "$lib" || dpkg-query -S "$(readlink -f "$lib")"; } 2>/dev/null \
           | grep -v '^diversion ' | head -1 | cut -d: -f1 | cut -d, -f1)"
    if [[ -n $pkg ]]; then pkgs[$pkg]=1; else printf 'build-package: warning: no package owns %s\n' "$lib" >&2; fi
  done < <(find "$image" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
             | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$image/" | sort -u)
  printf '%s\n' "${!pkgs[@]}" | sort | paste -sd, - | sed 's/,/, /g'
}

build_deb() {
  command -v dpkg-deb >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1 \
    || die "--type deb needs dpkg-deb and dpkg-query (Debian, Ubuntu)"
  local arch depends size deb
  arch="$(dpkg --print-architecture)"
  depends="$(deb_depends)"
  size="$(du -sk "$stage" | cut -f1)"
  mkdir -m 0755 "$stage/DEBIAN"
  {
    printf 'Package: lifeboat\nVersion: %s-1\nSection: admin\nPriority: optional\nArchitecture: %s\n' "$version" "$arch"
    printf 'Maintainer: Lifeboat <lifeboat@localhost>\nInstalled-Size: %s\nDepends: %s\n' "$size" "$depends"
    printf 'Description: %s\n' "$description"
    sed 's/^/ /' <<<"$long_description"
  } > "$stage/DEBIAN/control"
  (cd "$stage" && find opt usr -type f -print0 | sort -z | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
  deb="$out/lifeboat_${version}-1_${arch}.deb"
  log "dpkg-deb --build -> ${deb#"$root"/}"
  # --root-owner-group: files owned by root in the package without fakeroot (dpkg 1.19+).
  # gzip, not dpkg's default xz: the payload is mostly jars, compressed already; xz made the package
  # 8% smaller (128 MB instead of 138 MB) and took ten times as long (100 s instead of 11 s here).
  dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null
  log "installer: ${deb#"$root"/} ($(du -h "$deb" | cut -f1))"
}

# ---- rpm --------------------------------------------------------------------------------------------
# rpm's own generator turns the ELF files' needs into sonames (libX11.so.6()(64bit)...), which any
# RPM distribution resolves; the runtime's own libraries are left out of both requires and provides.
build_rpm() {
  command -v rpmbuild >/dev/null 2>&1 || die "--type rpm needs rpmbuild (Fedora: dnf install rpm-build; Debian: apt-get install rpm)"
  local top="$work/rpmbuild" bundled rpm
  rm -rf "$top"; mkdir -p "$top/SPECS" "$top/RPMS"
  bundled="$(find "$stage/opt/lifeboat" -name '*.so*' -printf '%f\n' | sort -u | sed 's/[.+]/\\\\&/g' | paste -sd'|' -)"
  cat > "$top/SPECS/lifeboat.spec" <<EOF
Name:      lifeboat
Version:   $version
Release:   1
Summary:   $description
License:   Unknown
Requires:  gtk3
AutoProv:  no
%global __requires_exclude ^($bundled)
%global _build_id_links none
%global debug_package %{nil}
%global __os_install_post %{nil}

%description
$long_description

%install
mkdir -p %{buildroot}
cp -a "$stage/opt" "$stage/usr" %{buildroot}/

%files
/opt/lifeboat
/usr/bin/lifeboat
/usr/share/applications/lifeboat.desktop
/usr/share/icons/hicolor/*/apps/lifeboat.*
EOF
  log "rpmbuild"
  rpmbuild --quiet -bb --define "_topdir $top" "$top/SPECS/lifeboat.spec" >/dev/null
  for rpm in "$top"/RPMS/*/lifeboat-*.rpm; do
    mv "$rpm" "$out/"
    log "installer: ${out#"$root"/}/$(basename "$rpm") ($(du -h "$out/$(basename "$rpm")" | cut -f1))"
  done
}

log "package version $version (from $pom_version)"
"build_$type"
