#!/usr/bin/env bash
# Builds the installers for the OS it runs on, from a packaged build (target/wirewise.jar,
# target/lib, target/headless): a jlink runtime with a class-data-sharing archive, a jpackage
# app-image, and the OS's installers (Linux: .deb, .rpm when rpmbuild exists, a portable
# .tar.gz; Windows: .msi and .exe, which need the WiX Toolset; macOS: .dmg).
#
# Usage: packaging/build-installer.sh VERSION     (./mvnw -Pinstaller package runs it)
# Needs: a JDK 17+ (JAVA_HOME or java on the PATH); on Linux objcopy (binutils) and fakeroot.
set -euo pipefail

# jpackage takes numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0.
version="${1:?usage: build-installer.sh VERSION (e.g. 0.1.0)}"
version="${version%%-*}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/target"
out="$target/installer"
jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
bin="$jdk/bin"

case "$(uname -s)" in
  Linux) os=linux; sep=":" ;;
  Darwin) os=macos; sep=":" ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; sep=";" ;;
  *) echo "build-installer: unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
for f in "$target/wirewise.jar" "$target/lib" "$target/headless"; do
  [ -e "$f" ] || { echo "build-installer: $f is missing; run ./mvnw package first" >&2; exit 2; }
done

step() { printf '\n== %s\n' "$*"; }

# 1. Monocle as a named module (jlink takes no automatic modules).
step "Monocle module"
extra="$target/installer-modules"
rm -rf "$extra" && mkdir -p "$extra/classes"
monocle_jar="$(ls "$target"/headless/openjfx-monocle-*.jar | head -1)"
(cd "$extra/classes" && "$bin/jar" --extract --file "$monocle_jar")
internals=(javafx.graphics/com.sun.glass.ui javafx.graphics/com.sun.glass.events
           javafx.graphics/com.sun.glass.ui.delegate javafx.graphics/com.sun.glass.utils
           javafx.graphics/com.sun.javafx.tk javafx.graphics/com.sun.javafx.util
           javafx.base/com.sun.javafx javafx.base/com.sun.javafx.logging)
exports=()
for p in "${internals[@]}"; do exports+=("--add-exports=$p=org.testfx.monocle"); done
"$bin/javac" --release 17 --module-path "$target/lib" --patch-module "org.testfx.monocle=$extra/classes" \
  "${exports[@]}" -d "$extra/classes" "$root/packaging/monocle/module-info.java"
cp "$monocle_jar" "$extra/org.testfx.monocle.jar"
"$bin/jar" --update --file "$extra/org.testfx.monocle.jar" -C "$extra/classes" module-info.class

# 2. The runtime image: our module, its dependencies and Monocle; the options Monocle needs are
#    linked in, so every launcher of the image has them. Resources are string-shared, not
#    zipped (--compress=1): the packages' own xz then compresses classes far better (a 29 MB
#    .deb instead of 46 MB) and start-up skips inflating them.
step "jlink runtime"
runtime="$target/runtime"
rm -rf "$runtime"
strip=(--strip-debug)
if [ "$os" = linux ] && ! command -v objcopy >/dev/null 2>&1; then
  strip=(--strip-java-debug-attributes)   # native stripping needs objcopy (binutils)
fi
"$bin/jlink" --module-path "$target/wirewise.jar$sep$target/lib$sep$extra/org.testfx.monocle.jar" \
  --add-modules org.wirewise,org.testfx.monocle \
  --add-options="-Dwirewise.image=jlink --add-modules=org.testfx.monocle ${exports[*]}" \
  "${strip[@]}" --no-header-files --no-man-pages --compress=1 --generate-cds-archive \
  --exclude-resources='**.so,**.dll,**.dylib' --output "$runtime"
# JavaFX's native libraries travel inside its jars and are unpacked to ~/.openjfx/cache at each
# start; beside the JDK's own libraries they load directly ("from relative path") instead.
native_dir="$runtime/lib"
[ "$os" = windows ] && native_dir="$runtime/bin"
for jar in "$target"/lib/javafx-*.jar; do
  natives=$("$bin/jar" --list --file "$jar" | grep -E '\.(so|dll|dylib)$' || true)
  if [ -n "$natives" ]; then   # an empty list would extract the whole jar
    # shellcheck disable=SC2086
    (cd "$native_dir" && "$bin/jar" --extract --file "$jar" $natives)
  fi
done
# The base archive for heaps over 32 GB (no compressed oops) is of no use to a desktop app.
rm -f "$runtime"/lib/server/classes_nocoops.jsa "$runtime"/bin/server/classes_nocoops.jsa

# 3. Application class-data sharing: a training run records the classes start-up loads.
#    The app's own first frame when a display can be had (Linux: Xvfb), else a headless render.
step "AppCDS archive"
jsa="$runtime/lib/wirewise.jsa"
java_exe="$runtime/bin/java"
[ -x "$java_exe" ] || java_exe="$runtime/bin/java.exe"
train_gui=("$java_exe" -XX:ArchiveClassesAtExit="$jsa" -Dwirewise.firstFrameExit=true
           -Dwirewise.config.dir="$target/installer-training" -m org.wirewise/org.wirewise.Main)
train_render=("$java_exe" -XX:ArchiveClassesAtExit="$jsa" -m org.wirewise/org.wirewise.Main
              render tcp-handshake -o "$target/installer-training.png")
if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s '-screen 0 1920x1080x24' "${train_gui[@]}" || "${train_render[@]}"
elif [ "$os" != linux ] || [ -n "${DISPLAY:-}" ]; then
  "${train_gui[@]}" || "${train_render[@]}"
else
  "${train_render[@]}"
fi
[ -f "$jsa" ] || { echo "build-installer: no CDS archive was written" >&2; exit 1; }

# 4. The app-image, then the installers made from it. The launcher runs the client compiler only
#    (-XX:TieredStopAtLevel=1): on two cores the optimising compiler's start-up work costs the
#    first frame ~0.2 s, while the heaviest job, the congestion simulator, loses ~10 % of its
#    8-10 M simulated packets/s (measured with `wirewise bench congestion`).
step "jpackage"
rm -rf "$out" && mkdir -p "$out"
case "$os" in
  linux)   jsa_at='$APPDIR/../runtime/lib/wirewise.jsa'; icon="$root/packaging/linux/Wirewise.png" ;;
  windows) jsa_at='$APPDIR\..\runtime\lib\wirewise.jsa'; icon="$root/packaging/windows/wirewise.ico" ;;
  macos)   jsa_at='$APPDIR/../runtime/Contents/Home/lib/wirewise.jsa'; icon="$root/packaging/macos/wirewise.icns" ;;
esac
common=(--name Wirewise --app-version "$version" --vendor "Wirewise"
        --copyright "Copyright Wirewise contributors"
        --description "See the networking fundamentals behind system design, step by step.")
"$bin/jpackage" --type app-image "${common[@]}" --dest "$out" --runtime-image "$runtime" \
  --module org.wirewise/org.wirewise.Main --icon "$icon" \
  --java-options "-XX:SharedArchiveFile=$jsa_at" --java-options "-Xshare:auto" \
  --java-options "-XX:TieredStopAtLevel=1"

case "$os" in
  linux)
    image="$out/Wirewise"
    tar -C "$out" -czf "$out/wirewise-$version-linux-$(uname -m).tar.gz" Wirewise
    # JavaFX unpacks its native libraries at run time, so jpackage cannot see that they need GTK.
    linux=(--linux-package-name wirewise --linux-app-category education --linux-menu-group "Education;Network"
           --linux-shortcut --file-associations "$root/packaging/linux/wirewise-scenario.properties"
           --file-associations "$root/packaging/linux/wirewise-pcap.properties"
           --file-associations "$root/packaging/linux/wirewise-pcapng.properties"
           --resource-dir "$root/packaging/linux")
    "$bin/jpackage" --type deb "${common[@]}" --app-image "$image" --dest "$out" "${linux[@]}" \
      --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1"
    if command -v rpmbuild >/dev/null 2>&1; then
      "$bin/jpackage" --type rpm "${common[@]}" --app-image "$image" --dest "$out" "${linux[@]}" \
        --linux-package-deps "gtk3, mesa-libGL, libXxf86vm"
    else
      echo "rpmbuild not found: no .rpm (install rpm to build one)"
    fi
    ;;
  windows)
    win=(--win-menu --win-menu-group Wirewise --win-shortcut --win-dir-chooser
         --file-associations "$root/packaging/windows/wirewise-scenario.properties"
         --file-associations "$root/packaging/windows/wirewise-pcap.properties"
         --file-associations "$root/packaging/windows/wirewise-pcapng.properties")
    "$bin/jpackage" --type msi "${common[@]}" --app-image "$out/Wirewise" --dest "$out" "${win[@]}"
    "$bin/jpackage" --type exe "${common[@]}" --app-image "$out/Wirewise" --dest "$out" "${win[@]}"
    ;;
  macos)
    "$bin/jpackage" --type dmg "${common[@]}" --app-image "$out/Wirewise.app" --dest "$out" \
      --file-associations "$root/packaging/macos/wirewise-scenario.properties" \
      --file-associations "$root/packaging/macos/wirewise-pcap.properties" \
      --file-associations "$root/packaging/macos/wirewise-pcapng.properties"
    ;;
esac

step "built"
ls -la "$out"
