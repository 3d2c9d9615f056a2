#!/usr/bin/env bash
# Builds Lifeboat as a self-contained application: a trimmed Java runtime (jlink, JavaFX included)
# plus target/lifeboat.jar, wrapped by jpackage, with the Lambda deployment files in lib/app/lambda/.
# Default: a Linux app image in packaging/out/Lifeboat; deb and rpm by packaging/linux/build-package.sh.
# See packaging/README.md. Run from anywhere:   packaging/build-app-image.sh
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: packaging/build-app-image.sh [options]

Builds packaging/out/Lifeboat (an app image: bin/Lifeboat + its own Java runtime), then, for an
installer type, wraps that image into an installer in packaging/out/.

Options:
  --type TYPE        app-image (default) | deb | rpm | exe | msi | dmg | pkg
                     Installers are built only on their own OS: deb/rpm on Linux (deb needs
                     dpkg-deb, as on Debian and Ubuntu; rpm needs rpmbuild), exe/msi on Windows
                     (WiX 3 on PATH, run from Git Bash), dmg/pkg on macOS. app-image works on all three.
                     deb and rpm put 'lifeboat' on the PATH and a menu entry with its icons.
  --rebuild          run 'mvn package' even if target/lifeboat.jar looks up to date
  --jar PATH         package this jar instead of target/lifeboat.jar (no Maven build of the jar);
                     lifeboat-lambda.jar must be next to it
  --dest DIR         put the image in DIR instead of packaging/out (build it where it will live:
                     on JDK 17 the AppCDS archive only works at the path it was trained at)
  --no-cds           skip the AppCDS training run (installer types always skip it, see README)
  --train-args ARGS  arguments for the AppCDS training run (default: "--sandbox --exit-when-ready");
                     the app must exit on its own, with status 0, within 60 s
  -h, --help         this text

Environment: JAVA_HOME (a JDK 17+ with jlink, jpackage and jmods; default: the one javac is in),
LIFEBOAT_EXTRA_MODULES (comma-separated modules added to the runtime).
EOF
}

log() { printf '==> %s\n' "$*"; }
# Quiet Maven; 3.8's quiet mode still prints bare colour resets, which are dropped here.
mvnq() { mvn -q -B "$@" 2>&1 | sed $'s/\e\\[0m//g'; }
die() { printf 'build-app-image: %s\n' "$*" >&2; exit 1; }

type=app-image
rebuild=0
cds=1
jar_override=""
dest=""
train_args="--sandbox --exit-when-ready"
train_timeout=60
while (($#)); do
  case "$1" in
    --type) [[ $# -ge 2 ]] || die "--type needs a value"; type="$2"; shift 2 ;;
    --type=*) type="${1#*=}"; shift ;;
    --rebuild) rebuild=1; shift ;;
    --jar) [[ $# -ge 2 ]] || die "--jar needs a path"; jar_override="$2"; shift 2 ;;
    --jar=*) jar_override="${1#*=}"; shift ;;
    --no-cds) cds=0; shift ;;
    --dest) [[ $# -ge 2 ]] || die "--dest needs a directory"; dest="$2"; shift 2 ;;
    --dest=*) dest="${1#*=}"; shift ;;
    --train-args) [[ $# -ge 2 ]] || die "--train-args needs a value"; train_args="$2"; shift 2 ;;
    --train-args=*) train_args="${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done
# Resolve --jar before changing directory.
if [[ -n "$jar_override" ]]; then
  [[ -f "$jar_override" ]] || die "--jar: no such file: $jar_override"
  jar_override="$(cd "$(dirname "$jar_override")" && pwd)/$(basename "$jar_override")"
fi
if [[ -n "$dest" ]]; then
  mkdir -p "$dest" || die "--dest: cannot create $dest"
  dest="$(cd "$dest" && pwd)"
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# ---- platform, installer type, icon -------------------------------------------------------------
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) die "unsupported OS: $(uname -s)" ;;
esac
case "$type" in
  app-image) ;;
  deb|rpm) [[ $os == linux ]] || die "--type $type can only be built on Linux" ;;
  exe|msi) [[ $os == windows ]] || die "--type $type can only be built on Windows" ;;
  dmg|pkg) [[ $os == mac ]] || die "--type $type can only be built on macOS" ;;
  *) die "unknown --type '$type' (app-image|deb|rpm|exe|msi|dmg|pkg)" ;;
esac
case "$os" in
  linux) icon="$root/icons/png/lifeboat-512.png" ;;
  windows) icon="$root/icons/lifeboat.ico" ;;
  mac) icon="$root/icons/lifeboat.icns" ;;
esac
[[ -f "$icon" ]] || die "icon missing: $icon (run icons/render.sh)"

# ---- JDK ----------------------------------------------------------------------------------------
if [[ -z "${JAVA_HOME:-}" ]]; then
  javac_path="$(command -v javac || true)"
  [[ -n "$javac_path" ]] || die "set JAVA_HOME to a JDK 17+ (no javac on PATH)"
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$javac_path" 2>/dev/null || echo "$javac_path")")")"
fi
exe=""; [[ $os == windows ]] && exe=".exe"
jlink="$JAVA_HOME/bin/jlink$exe"
jpackage="$JAVA_HOME/bin/jpackage$exe"
[[ -x "$jlink" ]] || die "no jlink in $JAVA_HOME/bin (need a full JDK 17+, not a JRE)"
[[ -x "$jpackage" ]] || die "no jpackage in $JAVA_HOME/bin (need JDK 17+)"
[[ -d "$JAVA_HOME/jmods" ]] || die "no $JAVA_HOME/jmods (on Debian: apt-get install openjdk-17-jdk)"
command -v mvn >/dev/null 2>&1 || die "mvn not on PATH"

# ---- version (jpackage wants plain numbers: 0.1.0-SNAPSHOT -> 0.1.0) ------------------------------
pom_version="$(awk '/<artifactId>lifeboat<\/artifactId>/ {seen=1; next}
                    seen && /<version>/ {sub(/.*<version>/, ""); sub(/<\/version>.*/, ""); print; exit}' pom.xml)"
[[ -n "$pom_version" ]] || die "could not read the project version from pom.xml"
app_version="${pom_version%%-*}"
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "version '$pom_version' does not give a numeric app version"

work="$root/target/app-image"
out="${dest:-$root/packaging/out}"
mkdir -p "$work" "$out"

# ---- 1. the application jar ----------------------------------------------------------------------
if [[ -n "$jar_override" ]]; then
  app_jar="$jar_override"
  log "using $app_jar"
else
  app_jar="$root/target/lifeboat.jar"
  reason=""
  if ((rebuild)); then reason="--rebuild"
  elif [[ ! -f "$app_jar" ]]; then reason="target/lifeboat.jar is missing"
  elif [[ ! -f "$root/target/lifeboat-lambda.jar" ]]; then reason="target/lifeboat-lambda.jar is missing"
  elif [[ -n "$(find src pom.xml -newer "$app_jar" -print -quit)" ]]; then reason="sources are newer than target/lifeboat.jar"
  fi
  if [[ -n "$reason" ]]; then
    log "mvn package ($reason)"
    mvnq -DskipTests package
  else
    log "target/lifeboat.jar is up to date"
  fi
  [[ -f "$app_jar" ]] || die "mvn package did not produce $app_jar"
fi
lambda_jar="$(dirname "$app_jar")/lifeboat-lambda.jar"
[[ -f "$lambda_jar" ]] || die "no lifeboat-lambda.jar next to $app_jar (mvn package builds both)"

# ---- 2. the JavaFX platform jars (modules with natives) from the local Maven repository ----------
fxdir="$work/javafx"
log "locating the JavaFX platform jars (maven-dependency-plugin)"
rm -rf "$fxdir"
mvnq org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DincludeGroupIds=org.openjfx -DincludeScope=runtime -DoutputDirectory="$fxdir"
# Only the classifier jars (javafx-graphics-21.0.12-linux.jar) are modules; the plain ones are empty.
fx_jars=()
for j in "$fxdir"/javafx-*.jar; do
  [[ "$(basename "$j")" =~ ^javafx-[a-z]+-[0-9][0-9.]*-[a-z0-9-]+\.jar$ ]] && fx_jars+=("$j")
done
((${#fx_jars[@]} >= 4)) || die "expected the JavaFX platform jars in $fxdir, found: $(ls "$fxdir")"
for j in "$fxdir"/javafx-*.jar; do
  [[ " ${fx_jars[*]} " == *" $j "* ]] || rm -f "$j"
done

# ---- 3. the runtime (jlink) -------------------------------------------------------------------------
# The app stays on the class path (the AWS SDK jars are automatic modules, which jlink refuses);
# the runtime carries the JDK modules it needs plus JavaFX as real modules. jdeps misses java.sql
# (sqlite-jdbc); jdk.crypto.ec is needed for TLS to AWS.
modules="java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting,java.sql,java.logging,jdk.net,jdk.crypto.ec,jdk.unsupported,javafx.controls,javafx.fxml"
[[ -n "${LIFEBOAT_EXTRA_MODULES:-}" ]] && modules="$modules,$LIFEBOAT_EXTRA_MODULES"
runtime="$work/runtime"
java_version="$("$JAVA_HOME/bin/java$exe" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {print $2}')"
stamp="$java_version|$modules|$(cd "$fxdir" && ls)"
stamp_file="$work/runtime.stamp"   # what the runtime was made from: reused while that is unchanged
if [[ -d "$runtime" && -f "$stamp_file" && "$(cat "$stamp_file")" == "$stamp" ]]; then
  log "runtime is up to date ($runtime)"
else
  log "jlink runtime (JDK $java_version + JavaFX)"
  rm -rf "$runtime" "$stamp_file"
  sep=":"; [[ $os == windows ]] && sep=";"
  module_path="$JAVA_HOME/jmods"
  for j in "${fx_jars[@]}"; do module_path+="$sep$j"; done
  # --generate-cds-archive: the default CDS archive, which a dynamic AppCDS archive is built on.
  "$jlink" --module-path "$module_path" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
    --output "$runtime"
  # The launcher caps the heap at 1 GiB, so the JVM always uses compressed oops and never reads the
  # archive made for the other case: 11 MB saved.
  rm -f "$runtime/lib/server/classes_nocoops.jsa"
  printf '%s' "$stamp" > "$stamp_file"
fi

# ---- 4. the app image (jpackage) ------------------------------------------------------------------
input="$work/input"
rm -rf "$input"; mkdir -p "$input"
cp -p "$app_jar" "$input/lifeboat.jar"      # the input directory holds only the jar

case "$os" in
  linux) image="$out/Lifeboat"; launcher="$image/bin/Lifeboat"; appdir="$image/lib/app" ;;
  windows) image="$out/Lifeboat"; launcher="$image/Lifeboat.exe"; appdir="$image/app" ;;
  mac) image="$out/Lifeboat.app"; launcher="$image/Contents/MacOS/Lifeboat"; appdir="$image/Contents/app" ;;
esac
rm -rf "$image"
log "jpackage app image $pom_version -> ${image#"$root"/}"
# Heap: 1 GiB is plenty for large fleets; start small so an idle console stays light.
# Nothing display-specific (no prism.* options): JavaFX picks its pipeline on the user's machine.
"$jpackage" --type app-image --dest "$out" --name Lifeboat \
  --input "$input" --main-jar lifeboat.jar --main-class io.lifeboat.Launcher \
  --runtime-image "$runtime" --icon "$icon" --app-version "$app_version" \
  --vendor "Lifeboat" --description "Desktop console for AWS operations" \
  --copyright "Lifeboat contributors" \
  --java-options "-Xms64m" --java-options "-Xmx1g" \
  --java-options "-Dfile.encoding=UTF-8" \
  --java-options "-Dlifeboat.packaged=true"
cfg="$appdir/Lifeboat.cfg"
[[ -x "$launcher" && -f "$cfg" ]] || die "jpackage did not produce $launcher and $cfg"

# ---- 4b. what deploying the backup Lambda needs, next to lifeboat.jar --------------------------------
# "Schedule in AWS" and the README's commands use these (io.lifeboat.app.LambdaFiles finds them next
# to the running jar). Added after jpackage, so lambda/ is not on the launcher's class path.
mkdir -p "$appdir/lambda"
cp "$root/packaging/lambda/backup-stack.yaml" "$root/packaging/lambda/README.md" "$appdir/lambda/"
cp "$lambda_jar" "$appdir/lambda/lifeboat-lambda.jar"
log "Lambda files: ${appdir#"$root"/}/lambda (backup-stack.yaml, lifeboat-lambda.jar, README.md)"

# ---- 5. AppCDS: one training run, then the launcher maps the archive ------------------------------
# The app is started once with -XX:ArchiveClassesAtExit (through JAVA_TOOL_OPTIONS, which the
# JVM reads whatever launcher starts it). It must reach its main window and exit by itself
# (--exit-when-ready); if it does not within 60 s, or exits non-zero, no archive is kept and the
# image works as before, just without it. The run gets a throw-away HOME and no AWS settings.
jsa="$appdir/lifeboat.jsa"
train() {
  local tmp rc=0 pid i
  tmp="$(mktemp -d)"
  local cmd=("$launcher")
  # shellcheck disable=SC2206  # --train-args is a word list by design
  local args=($train_args)
  if [[ $os == linux && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    if command -v xvfb-run >/dev/null 2>&1; then
      cmd=(xvfb-run -a -s "-screen 0 1280x800x24" "$launcher")
    else
      log "AppCDS skipped: no display and no xvfb-run (apt-get install -y xvfb)"; rm -rf "$tmp"; return 0
    fi
  fi
  log "AppCDS training run: ${cmd[*]##*/} ${args[*]} (up to ${train_timeout}s)"
  rm -f "$jsa"
  set -m   # own process group, so a hung run can be stopped with everything it started
  env -u AWS_PROFILE -u AWS_DEFAULT_PROFILE -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY \
      -u AWS_SESSION_TOKEN -u AWS_REGION -u AWS_DEFAULT_REGION \
      HOME="$tmp" XDG_CONFIG_HOME="$tmp/.config" XDG_DATA_HOME="$tmp/.local/share" \
      XDG_CACHE_HOME="$tmp/.cache" AWS_CONFIG_FILE="$tmp/no-aws-config" \
      AWS_SHARED_CREDENTIALS_FILE="$tmp/no-aws-credentials" \
      JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$jsa" \
      "${cmd[@]}" "${args[@]}" >"$work/cds-training.log" 2>&1 </dev/null &
  pid=$!
  set +m
  for ((i = 0; i < train_timeout * 4; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    sleep 2
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -f "$jsa"
    log "AppCDS skipped: the app did not exit on its own within ${train_timeout}s" \
        "(it needs --exit-when-ready); the image works without the archive"
  else
    wait "$pid" || rc=$?
    if ((rc != 0)); then
      rm -f "$jsa"
      log "AppCDS skipped: the training run exited with status $rc (see target/app-image/cds-training.log)"
    elif [[ ! -s "$jsa" ]]; then
      log "AppCDS skipped: the training run wrote no archive (see target/app-image/cds-training.log)"
    fi
  fi
  rm -rf "$tmp"
}
if ((!cds)); then
  log "AppCDS skipped (--no-cds)"
elif [[ $type != app-image ]]; then
  cds=0
  log "AppCDS skipped for --type $type: on JDK 17 an archive only works at the path it was trained at," \
      "and the installed path differs (JDK 19+ relaxes this)"
fi
if ((cds)); then
  train
  if [[ -s "$jsa" ]]; then
    # Add the archive to the launcher's JVM options, right after the last existing one.
    # -Xshare:auto: should the archive not match (the image was moved, the jar changed), the app
    # starts without it; -Xlog:cds...=off keeps the JVM from saying so on stdout at every start.
    awk '{ lines[NR] = $0 } /^java-options=/ { last = NR }
      END { for (i = 1; i <= NR; i++) { print lines[i]; if (i == last) {
              print "java-options=-XX:SharedArchiveFile=$APPDIR/lifeboat.jsa"
              print "java-options=-Xshare:auto"
              print "java-options=-Xlog:cds=off,cds+dynamic=off" } } }' \
      "$cfg" > "$cfg.new" && mv "$cfg.new" "$cfg"
    grep -q 'SharedArchiveFile' "$cfg" || die "could not add the AppCDS options to $cfg"
    log "AppCDS archive: ${jsa#"$root"/} ($(du -k "$jsa" | cut -f1) KiB)"
  fi
fi

# ---- 6. an installer around the image, when asked --------------------------------------------------
# deb and rpm are made by packaging/linux/build-package.sh: jpackage's own put neither a command on the
# PATH nor the icon at every size, and created the menu entry from a script instead of owning it.
if [[ $type == deb || $type == rpm ]]; then
  "$root/packaging/linux/build-package.sh" --type "$type" --image "$image" --out "$out" \
    --version "$pom_version" --work "$work"
elif [[ $type != app-image ]]; then
  extra=()
  case "$type" in
    exe|msi) extra=(--win-menu --win-menu-group Lifeboat --win-shortcut --win-dir-chooser
                    --win-upgrade-uuid 5b0c1f3e-6a53-4c2e-9a0e-2f6f6c1d7e41) ;;
    dmg|pkg) extra=(--mac-package-name Lifeboat) ;;
  esac
  log "jpackage --type $type"
  before="$(ls "$out")"
  "$jpackage" --type "$type" --app-image "$image" --dest "$out" --name Lifeboat \
    --app-version "$app_version" --vendor "Lifeboat" --description "Desktop console for AWS operations" \
    --icon "$icon" "${extra[@]}"
  for f in "$out"/*; do
    [[ -f "$f" ]] && ! grep -qxF "$(basename "$f")" <<<"$before" && log "installer: ${f#"$root"/} ($(du -h "$f" | cut -f1))"
  done
fi

size="$(du -sh "$image" | cut -f1)"
log "done: ${image#"$root"/} ($size); run: ${launcher#"$root"/}"
