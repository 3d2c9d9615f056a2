#!/usr/bin/env bash
# The packaging check (.ci/run runs it after `mvn verify`): builds the deb, then, without installing
# it, checks what it would lay down (dpkg-deb --info/--contents) and runs the packaged launcher from
# an extracted copy (dpkg-deb -x). Exits 1, listing every problem, when something is missing or wrong.
#
#   packaging/check-deb.sh              build target/package-check/lifeboat_*.deb from target/*.jar, check it
#   packaging/check-deb.sh FILE.deb     check an existing package (no build)
#
# Needs what build-app-image.sh needs for --type deb (JDK 17 with jmods, Maven, dpkg-deb), and uses
# desktop-file-validate (desktop-file-utils) and xvfb-run + GTK 3 when they are installed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

problems=0
fail() { printf '  FAIL  %s\n' "$*"; problems=$((problems + 1)); }
ok() { printf '  ok    %s\n' "$*"; }
note() { printf '  --    %s\n' "$*"; }
section() { printf '\n--- %s\n' "$*"; }
started=$SECONDS
phase_started=$SECONDS
took() { printf '  (%ss)\n' "$((SECONDS - phase_started))"; phase_started=$SECONDS; }

# What the package must hold, whatever the build script says: a change there that drops one fails here.
icon_sizes=(16 24 32 48 64 128 256 512)
for png in icons/png/lifeboat-*.png; do        # and every size icons/ has
  size="${png##*-}"; size="${size%.png}"
  [[ " ${icon_sizes[*]} " == *" $size "* ]] || icon_sizes+=("$size")
done
usr_files=(./usr/share/applications/lifeboat.desktop ./usr/share/icons/hicolor/scalable/apps/lifeboat.svg)
for size in "${icon_sizes[@]}"; do usr_files+=("./usr/share/icons/hicolor/${size}x${size}/apps/lifeboat.png"); done
opt_files=(./opt/lifeboat/bin/Lifeboat ./opt/lifeboat/lib/app/lifeboat.jar ./opt/lifeboat/lib/app/Lifeboat.cfg
           ./opt/lifeboat/lib/app/lambda/backup-stack.yaml ./opt/lifeboat/lib/app/lambda/lifeboat-lambda.jar
           ./opt/lifeboat/lib/app/lambda/README.md ./opt/lifeboat/lib/runtime/lib/server/libjvm.so)

pom_version="$(awk '/<artifactId>lifeboat<\/artifactId>/ {seen=1; next}
                    seen && /<version>/ {sub(/.*<version>/, ""); sub(/<\/version>.*/, ""); print; exit}' pom.xml)"

# ---- build ------------------------------------------------------------------------------------------
if (($#)); then
  deb="$1"
  [[ -f $deb ]] || { echo "check-deb: no such file: $deb" >&2; exit 2; }
  built_here=0
else
  section "build: packaging/build-app-image.sh --type deb --dest target/package-check"
  dest="$root/target/package-check"
  rm -rf "$dest"
  packaging/build-app-image.sh --type deb --dest "$dest" | sed 's/^/  /'
  debs=("$dest"/lifeboat_*.deb)
  [[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "check-deb: FAILED: the build made no deb in $dest" >&2; exit 1; }
  deb="${debs[0]}"
  built_here=1
  took
fi
printf '\npackage: %s (%s)\n' "${deb#"$root"/}" "$(du -h "$deb" | cut -f1)"

# ---- dpkg-deb --info --------------------------------------------------------------------------------
section "dpkg-deb --info"
field() { dpkg-deb --field "$deb" "$1"; }
[[ "$(field Package)" == lifeboat ]] && ok "Package: lifeboat" || fail "Package is '$(field Package)', not lifeboat"
version="$(field Version)"
base="${pom_version%%-*}"
if [[ $pom_version == *-* ]]; then qualifier="${pom_version#*-}"; expected="$base~${qualifier//-/.}"; else expected="$base"; fi
if [[ $version == "$expected-1" || ($pom_version == *SNAPSHOT* && $version =~ ^"$expected"\.[0-9]{14}-1$) ]]; then
  ok "Version: $version (pom $pom_version)"
else
  fail "Version '$version' does not follow the pom's $pom_version (expected $expected...-1)"
fi
depends="$(field Depends)"
[[ ", $depends," == *", libgtk-3-0,"* ]] && ok "Depends on libgtk-3-0 (JavaFX loads it at run time)" \
  || fail "Depends lacks libgtk-3-0: $depends"
control_members="$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | sed 's|^\./||' | grep -v '^$' | sort | paste -sd' ' -)"
[[ $control_members == "control md5sums" ]] \
  && ok "no maintainer scripts: every installed file belongs to the package (clean removal)" \
  || fail "control members are '$control_members', expected 'control md5sums' only"
took

# ---- dpkg-deb --contents ----------------------------------------------------------------------------
section "dpkg-deb --contents"
contents="$(dpkg-deb --contents "$deb")"
entry() { awk -v p="$1" '$6 == p' <<<"$contents"; }
for f in "${opt_files[@]}" "${usr_files[@]}"; do
  line="$(entry "$f")"
  if [[ -z $line ]]; then fail "missing: ${f#.}"; elif [[ $line != -* ]]; then fail "not a file: ${f#.}"; else ok "${f#.}"; fi
done
[[ "$(entry ./opt/lifeboat/bin/Lifeboat)" == -rwxr-xr-x* ]] || fail "/opt/lifeboat/bin/Lifeboat is not executable"
link="$(entry ./usr/bin/lifeboat)"
if [[ $link == l* && $link == *"./usr/bin/lifeboat -> /opt/lifeboat/bin/Lifeboat" ]]; then
  ok "/usr/bin/lifeboat -> /opt/lifeboat/bin/Lifeboat (the PATH entry)"
else
  fail "/usr/bin/lifeboat is not a link to /opt/lifeboat/bin/Lifeboat: '${link:-missing}'"
fi
# Outside /opt/lifeboat, exactly the PATH entry, the menu entry and the icons: nothing else to leave behind.
expected_outside="$(printf '%s\n' ./usr/bin/lifeboat "${usr_files[@]}" | sort)"
actual_outside="$(awk '$1 !~ /^d/ && $6 !~ /^\.\/opt\/lifeboat\// {print $6}' <<<"$contents" | sort)"
if [[ $actual_outside == "$expected_outside" ]]; then
  ok "outside /opt/lifeboat: only the PATH entry, the menu entry and its ${#icon_sizes[@]} + 1 icons"
else
  fail "files outside /opt/lifeboat differ from the expected ones:"$'\n'"$(diff <(echo "$expected_outside") <(echo "$actual_outside") | sed 's/^/        /')"
fi
took

# ---- dpkg-deb -x: the files themselves --------------------------------------------------------------
section "dpkg-deb -x (extracted, not installed)"
x="$(mktemp -d)"
trap 'rm -rf "$x"' EXIT
dpkg-deb -x "$deb" "$x/root"
tree="$x/root"
desktop="$tree/usr/share/applications/lifeboat.desktop"
if [[ -f $desktop ]]; then
  key() { sed -n "s/^$1=//p" "$desktop" | head -1; }
  [[ "$(key Name)" == Lifeboat ]] && ok "menu entry Name=Lifeboat" || fail "menu entry Name is '$(key Name)'"
  exec_path="$(key Exec | awk '{print $1}')"
  [[ $exec_path == /* && -x "$tree$exec_path" ]] && ok "Exec=$exec_path is in the package" \
    || fail "Exec '$(key Exec)' is not an executable of the package"
  icon="$(key Icon)"
  [[ $icon == lifeboat ]] && ok "Icon=lifeboat (the hicolor theme's lifeboat.png/.svg above)" || fail "Icon is '$icon', not lifeboat"
  if command -v desktop-file-validate >/dev/null 2>&1; then
    if report="$(desktop-file-validate "$desktop" 2>&1)" && [[ -z $report ]]; then
      ok "desktop-file-validate: no errors, no warnings"
    else
      fail "desktop-file-validate: $report"
    fi
  else
    note "desktop-file-validate not installed (apt-get install desktop-file-utils): not validated"
  fi
fi
# Each PNG is the size its directory says (width and height from the IHDR chunk).
for size in "${icon_sizes[@]}"; do
  png="$tree/usr/share/icons/hicolor/${size}x${size}/apps/lifeboat.png"
  [[ -f $png ]] || continue
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [[ "$w" == "$size" && "$h" == "$size" ]] || fail "${size}x${size}/apps/lifeboat.png is ${w}x${h}"
done
ok "each icon is the size its directory names"
lambda="$tree/opt/lifeboat/lib/app/lambda"
if [[ -f $lambda/backup-stack.yaml ]]; then
  cmp -s "$lambda/backup-stack.yaml" packaging/lambda/backup-stack.yaml \
    && ok "the template is packaging/lambda/backup-stack.yaml" || fail "the packaged template differs from packaging/lambda/backup-stack.yaml"
fi
if [[ -f $lambda/lifeboat-lambda.jar ]]; then
  if ((built_here)); then
    cmp -s "$lambda/lifeboat-lambda.jar" target/lifeboat-lambda.jar \
      && ok "the Lambda jar is target/lifeboat-lambda.jar" || fail "the packaged Lambda jar differs from target/lifeboat-lambda.jar"
  fi
  "${JAVA_HOME:+$JAVA_HOME/bin/}jar" tf "$lambda/lifeboat-lambda.jar" | grep -qx 'io/lifeboat/lambda/BackupHandler.class' \
    && ok "the Lambda jar holds io.lifeboat.lambda.BackupHandler" || fail "the Lambda jar lacks io.lifeboat.lambda.BackupHandler"
fi
took

# ---- the packaged launcher, run from the extracted tree ------------------------------------------------
section "the packaged launcher (clean environment, throw-away HOME, no AWS settings)"
launcher="$tree/opt/lifeboat/bin/Lifeboat"
mkdir -p "$x/home"
# Java takes user.home from the password database, not $HOME: LIFEBOAT_HOME keeps the data directory
# in the throw-away one too.
clean_env=(env -i HOME="$x/home" LIFEBOAT_HOME="$x/home/data" PATH=/usr/bin:/bin LANG=C.UTF-8)
run() {  # run ARGS...: stdout+stderr in $x/out, status in $status
  status=0
  "${clean_env[@]}" timeout 120 "$launcher" "$@" >"$x/out" 2>&1 || status=$?
}
if [[ -x $launcher ]]; then
  run whoami --sandbox
  if ((status == 0)) && grep -Eq '^account: +111122223333$' "$x/out" && grep -Eq '^mode: +SANDBOX$' "$x/out"; then
    ok "lifeboat whoami --sandbox:"; sed 's/^/          /' "$x/out"
  else
    fail "lifeboat whoami --sandbox exited $status:"$'\n'"$(sed 's/^/        /' "$x/out")"
  fi
  run --version
  if ((status == 0)) && [[ "$(head -1 "$x/out")" == "Lifeboat $pom_version" ]] \
     && grep -qxF "Lambda:   $lambda" "$x/out" && grep -qxF "Program:  $tree/opt/lifeboat/lib/app/lifeboat.jar" "$x/out"; then
    ok "lifeboat --version: the pom's version, and the shipped Lambda files (what Schedule in AWS deploys):"
    sed 's/^/          /' "$x/out"
  else
    fail "lifeboat --version exited $status or does not name version $pom_version and $lambda:"$'\n'"$(sed 's/^/        /' "$x/out")"
  fi
  run volumes --sandbox --status sideways
  ((status == 2)) && ok "exit codes pass through the launcher (bad usage: 2)" || fail "bad usage exited $status, not 2"
  # The desktop, when a display can be had: xvfb-run and GTK 3 (CI machines may have neither).
  if command -v xvfb-run >/dev/null 2>&1 && { ldconfig -p || /sbin/ldconfig -p; } 2>/dev/null | grep -q 'libgtk-3\.so\.0'; then
    status=0
    "${clean_env[@]}" timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' "$launcher" --sandbox --exit-when-ready >"$x/out" 2>&1 || status=$?
    ((status == 0)) && ok "the desktop opened on the sandbox, showed data and closed (xvfb-run, --exit-when-ready)" \
      || fail "the desktop did not open and close cleanly (status $status):"$'\n'"$(tail -20 "$x/out" | sed 's/^/        /')"
  else
    note "the desktop start is not tried: no xvfb-run or no GTK 3 here"
  fi
fi
took

section "the menu entry, as packaged (usr/share/applications/lifeboat.desktop)"
[[ -f $desktop ]] && sed 's/^/  /' "$desktop"

printf '\npackaging check: %d problem(s), %ss in all\n' "$problems" "$((SECONDS - started))"
((problems == 0)) || { echo "check-deb: FAILED" >&2; exit 1; }
