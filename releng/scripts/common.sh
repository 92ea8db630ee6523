# Shared by ./run.sh, ./test.sh and the smoke test: find a JDK 21+, make sure the Debian packages the
# workbench and the tests need are there, and give the workbench an X display (Xvfb) when there is none.
# Sourced, not run.

CW_MIN_JAVA=21

cw_say() { printf 'cellwright: %s\n' "$*" >&2; }
cw_die() { cw_say "$*"; exit 1; }

# Feature version (21, 25, ...) of the java at $1, or nothing when it does not run.
cw_java_version() {
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -n 1
}

# Exports JAVA_HOME as JAVA_HOME itself when it is 21+, else the newest JDK 21+ under /usr/lib/jvm.
cw_find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        v=$(cw_java_version "$JAVA_HOME/bin/java")
        if [ -n "$v" ] && [ "$v" -ge "$CW_MIN_JAVA" ]; then export JAVA_HOME; return 0; fi
        cw_say "JAVA_HOME=$JAVA_HOME is Java ${v:-?}; looking for Java $CW_MIN_JAVA+ elsewhere."
    fi
    best=""; best_v=0
    for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home /opt/java/* /opt/jdk*; do
        [ -x "$home/bin/javac" ] || continue
        v=$(cw_java_version "$home/bin/java")
        if [ -n "$v" ] && [ "$v" -ge "$CW_MIN_JAVA" ] && [ "$v" -gt "$best_v" ]; then best=$home; best_v=$v; fi
    done
    if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
        home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        v=$(cw_java_version "$home/bin/java")
        if [ -n "$v" ] && [ "$v" -ge "$CW_MIN_JAVA" ]; then best=$home; best_v=$v; fi
    fi
    [ -n "$best" ] || cw_die "no JDK $CW_MIN_JAVA or newer found (looked at JAVA_HOME, /usr/lib/jvm, PATH). Install one, for example: apt-get install openjdk-21-jdk-headless (or Temurin 25), then set JAVA_HOME to it."
    export JAVA_HOME=$best
    cw_say "using JDK $best_v at $JAVA_HOME"
}

# Installs the missing Debian packages among "$@" when running as root with apt, else says exactly
# what to install and stops.
cw_need_packages() {
    missing=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
    done
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        cw_say "installing Debian packages:$missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q >/dev/null || cw_die "apt-get update failed; install by hand:$missing"
        # shellcheck disable=SC2086
        apt-get install -y -q $missing >/dev/null \
            || cw_die "apt-get install failed; install by hand: apt-get install$missing"
    elif ! command -v dpkg-query >/dev/null 2>&1; then
        cw_say "not a Debian system: make sure these (or your system's equivalents) are installed:$missing"
    else
        cw_die "missing Debian packages:$missing. Install them with: sudo apt-get install$missing"
    fi
}

# Starts Xvfb on a free display when DISPLAY is unset, and stops it when the calling shell exits.
cw_ensure_display() {
    if [ -n "${DISPLAY:-}" ]; then return 0; fi
    command -v Xvfb >/dev/null 2>&1 || cw_die "no DISPLAY and no Xvfb. Install it: sudo apt-get install xvfb"
    n=90
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    CW_XVFB_PID=$!
    trap 'kill "$CW_XVFB_PID" 2>/dev/null' EXIT
    i=0
    while [ ! -e "/tmp/.X11-unix/X$n" ]; do
        i=$((i + 1))
        [ $i -le 100 ] || cw_die "Xvfb did not start on display :$n"
        kill -0 "$CW_XVFB_PID" 2>/dev/null || cw_die "Xvfb exited at start on display :$n"
        sleep 0.1
    done
    export DISPLAY=":$n"
    cw_say "started Xvfb on DISPLAY=$DISPLAY"
}

# Maven options for the JDK in use: Java 24+ warns about sun.misc.Unsafe in Maven's own Guice.
cw_maven_opts() {
    v=$(cw_java_version "$JAVA_HOME/bin/java")
    if [ "$v" -ge 24 ]; then
        export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
    fi
}

# Where the built Linux product is, and a stamp of the sources it was built from (commit + local
# changes), so ./run.sh rebuilds only when the checkout changed since the last build or test run.
CW_PRODUCT=releng/io.cellwright.product/target/products/io.cellwright.product/linux/gtk/x86_64/cellwright
CW_STAMP=releng/io.cellwright.product/target/.built-from
cw_source_stamp() {
    { git rev-parse HEAD 2>/dev/null || echo unknown; git status --porcelain --untracked-files=no 2>/dev/null; } | md5sum | cut -c1-16
}

# Debian packages the workbench needs at run time (SWT on GTK 3, WebKitGTK for the wiring diagram's
# browser) and the tests need besides.
CW_RUN_PACKAGES="libgtk-3-0 libwebkit2gtk-4.1-0"
CW_TEST_PACKAGES="libgtk-3-0 libwebkit2gtk-4.1-0 xvfb mosquitto openssl"

# The build runs `npm ci` and esbuild for the wiring diagram's client: Node.js and npm must be there.
cw_need_npm() {
    command -v npm >/dev/null 2>&1 || cw_need_packages nodejs npm
}
