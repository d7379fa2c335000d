#!/usr/bin/env bash
# The package's contents and validators (ctest: package_contents).
#
#   test_package.sh BUILD_DIR SOURCE_DIR
#
# 1. Checks the packaging sources against each other with nothing but bash and coreutils:
#    names, icons and their sizes, the man page covering every subcommand, the CPack settings.
# 2. Runs the validators that are installed: desktop-file-validate, appstreamcli, xmllint,
#    update-mime-database, groff. A missing one prints "SKIP: <tool> not installed".
# 3. Installs the build into a temporary prefix (cmake --install) and checks the tree, then
#    runs the installed tarmac: --version and check on the installed example (exit 1).
# 4. Only with TARMAC_TEST_CPACK=1: builds the .deb with cpack into a temporary directory and
#    inspects it with dpkg-deb (slow: strips and compresses the binary).
#
# Exit 0 when everything that ran passed, 1 when something failed, 77 when no validator and
# no install could run (ctest: SKIP_RETURN_CODE 77).

# Helper functions are called through check(); shellcheck cannot see that.
# shellcheck disable=SC2317
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd) || exit 2
src=$(cd "$2" && pwd) || exit 2
pkg=$src/packaging

passed=0
failed=0
skipped=0
tool_runs=0 # validators and install checks that ran (the static checks always do)

pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
skip() { echo "SKIP: $*"; skipped=$((skipped + 1)); }
have() { command -v "$1" >/dev/null 2>&1; }
# check DESCRIPTION COMMAND...: passes when COMMAND succeeds.
check() {
    local what=$1
    shift
    if "$@" 2>&1; then pass "$what"; else fail "$what"; fi
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tarmac-package.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
# Nothing the installed tarmac does may touch the user's files or need a display.
export HOME=$tmp/home XDG_DATA_HOME=$tmp/home/.local/share XDG_CONFIG_HOME=$tmp/home/.config
mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

desktop=$pkg/tarmac.desktop
metainfo=$pkg/io.github.tarmac.Tarmac.metainfo.xml
mime=$pkg/tarmac-mime.xml
manpage=$pkg/tarmac.1
sizes="16 32 48 64 128 256"

# Width and height of a PNG from its IHDR chunk, as "WxH".
png_size() {
    local w h
    w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    echo "${w}x${h}"
}
is_png() { [ "$(od -An -tx1 -N8 "$1" | tr -d ' \n')" = 89504e470d0a1a0a ]; }
png_of_size() { test -s "$1" && is_png "$1" && test "$(png_size "$1")" = "$2"; }
gzip_of() { gzip -dc "$1" | cmp -s - "$2"; }
has_word() { printf '%s\n' "$1" | grep -q "\\b$2\\b"; }

cache_value() { # cache_value NAME: a value from BUILD_DIR/CMakeCache.txt
    sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt" 2>/dev/null | head -n1
}
version=$(cache_value CMAKE_PROJECT_VERSION)
[ -n "$version" ] || version=$(sed -n 's/^project(tarmac VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")

# --- 1. Static checks ------------------------------------------------------------------------

echo "== sources"
for f in "$desktop" "$metainfo" "$mime" "$manpage" "$pkg/CMakeLists.txt"; do
    check "exists: ${f#"$src"/}" test -s "$f"
done

desktop_key() { sed -n "s/^$1=//p" "$desktop" | head -n1; }
check "desktop: Exec=tarmac %f" test "$(desktop_key Exec)" = "tarmac %f"
check "desktop: Icon=tarmac" test "$(desktop_key Icon)" = tarmac
check "desktop: MimeType=application/x-tarmac;" test "$(desktop_key MimeType)" = "application/x-tarmac;"
check "desktop: Terminal=false" test "$(desktop_key Terminal)" = false
for key in 'Name\[de\]' 'Name\[fr\]' 'Comment\[de\]' 'Comment\[fr\]' GenericName Keywords; do
    check "desktop: has ${key//\\/}" grep -q "^$key=" "$desktop"
done

launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo")
check "metainfo: launchable ($launchable) is the desktop file's name" \
    test "$launchable" = "$(basename "$desktop")"
check "metainfo: id io.github.tarmac.Tarmac is the file's name" \
    grep -q '<id>io.github.tarmac.Tarmac</id>' "$metainfo"
check "metainfo: provides binary tarmac" grep -q '<binary>tarmac</binary>' "$metainfo"
check "metainfo: provides application/x-tarmac" grep -q '<mediatype>application/x-tarmac</mediatype>' "$metainfo"
check "metainfo: release $version" grep -q "<release version=\"$version\"" "$metainfo"

check "mime: application/x-tarmac" grep -q '<mime-type type="application/x-tarmac">' "$mime"
check "mime: glob *.tarmac" grep -q '<glob pattern="\*.tarmac"/>' "$mime"
check "mime: magic on the SQLite header" grep -q 'value="SQLite format 3" offset="0"' "$mime"
check "mime: magic on application_id 0x54524D43 at 68" \
    grep -q 'type="big32" value="0x54524D43" offset="68"' "$mime"

icons=$pkg/icons/hicolor
check "icon: scalable/apps/tarmac.svg" test -s "$icons/scalable/apps/tarmac.svg"
check "icon: scalable/mimetypes/application-x-tarmac.svg" test -s "$icons/scalable/mimetypes/application-x-tarmac.svg"
for n in $sizes; do
    f=$icons/${n}x${n}/apps/tarmac.png
    check "icon: ${n}x${n}/apps/tarmac.png is a ${n}x${n} PNG" png_of_size "$f" "${n}x${n}"
done
f=$icons/48x48/mimetypes/application-x-tarmac.png
check "icon: 48x48/mimetypes/application-x-tarmac.png is a 48x48 PNG" png_of_size "$f" 48x48

# Every subcommand has a section in the man page: the list comes from the binary's --help
# when it is built, else from the contract.
commands=""
if [ -x "$build/bin/tarmac" ]; then
    commands=$("$build/bin/tarmac" --help 2>/dev/null | sed -n '/^Commands:/,/^$/{s/^  \([a-z][a-z-]*\) .*/\1/p}')
fi
[ -n "$commands" ] || commands="check requirements export report convert templates new"
for c in $commands; do
    check "man: section for tarmac $c" grep -q "^\.SS \"tarmac $c\\b" "$manpage"
done
check "man: the GUI form with --lang" grep -q '^\.SS "tarmac \[FILE\] \[\\-\\-lang LANG\]"' "$manpage"
for s in NAME SYNOPSIS DESCRIPTION "EXIT STATUS" ENVIRONMENT FILES EXAMPLES "SEE ALSO"; do
    check "man: section $s" grep -q "^\.SH \"\\?$s\"\\?\$" "$manpage"
done
check "man: version $version in .TH" grep -q "^\.TH TARMAC 1 .*\"tarmac $version\"" "$manpage"

cpackconfig=$build/CPackConfig.cmake
if [ -f "$cpackconfig" ]; then
    cpack_set() { grep -q "^set($1 \"$2\")" "$cpackconfig"; }
    check "cpack: DEB generator" cpack_set CPACK_GENERATOR DEB
    check "cpack: file name DEB-DEFAULT" cpack_set CPACK_DEBIAN_FILE_NAME DEB-DEFAULT
    check "cpack: prefix /usr" cpack_set CPACK_PACKAGING_INSTALL_PREFIX /usr
    check "cpack: dpkg-shlibdeps on" cpack_set CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON
    check "cpack: section science" cpack_set CPACK_DEBIAN_PACKAGE_SECTION science
    check "cpack: depends on libqt6svg6" grep -q '^set(CPACK_DEBIAN_PACKAGE_DEPENDS ".*libqt6svg6' "$cpackconfig"
else
    skip "CPack settings: $cpackconfig not found (not configured)"
fi

# --- 2. Validators ---------------------------------------------------------------------------

echo "== validators"
if have desktop-file-validate; then
    tool_runs=$((tool_runs + 1))
    out=$(desktop-file-validate "$desktop" 2>&1)
    rc=$?
    if [ $rc -eq 0 ] && [ -z "$out" ]; then
        pass "desktop-file-validate: no errors, no warnings"
    else
        fail "desktop-file-validate (exit $rc):"
        printf '%s\n' "$out"
    fi
else
    skip "desktop-file-validate not installed (Debian: desktop-file-utils)"
fi

if have appstreamcli; then
    tool_runs=$((tool_runs + 1))
    out=$(appstreamcli validate --no-net "$metainfo" 2>&1)
    rc=$?
    if [ $rc -eq 0 ] && ! printf '%s\n' "$out" | grep -q '^ *[EW]: '; then
        pass "appstreamcli validate --no-net: no errors, no warnings"
    else
        fail "appstreamcli validate --no-net (exit $rc):"
        printf '%s\n' "$out"
    fi
else
    skip "appstreamcli not installed (Debian: appstream)"
fi

if have xmllint; then
    tool_runs=$((tool_runs + 1))
    check "xmllint: metainfo is well-formed" xmllint --noout "$metainfo"
    check "xmllint: icons are well-formed SVG" \
        xmllint --noout "$icons/scalable/apps/tarmac.svg" "$icons/scalable/mimetypes/application-x-tarmac.svg"
    check "xmllint: mime file uses the shared-mime-info namespace" \
        test "$(xmllint --xpath 'namespace-uri(/*)' "$mime" 2>/dev/null)" = \
        "http://www.freedesktop.org/standards/shared-mime-info"
    # shared-mime-info's own DTD, from the head of the database it installs.
    smi=/usr/share/mime/packages/freedesktop.org.xml
    if [ -r "$smi" ]; then
        sed -n '/^<!DOCTYPE mime-info \[/,/^]>/p' "$smi" | sed '1d;$d' >"$tmp/shared-mime-info.dtd"
        check "xmllint: mime file is valid against shared-mime-info's DTD" \
            xmllint --noout --dtdvalid "$tmp/shared-mime-info.dtd" "$mime"
    else
        check "xmllint: mime file is well-formed" xmllint --noout "$mime"
        skip "the shared-mime-info DTD: $smi not installed (Debian: shared-mime-info)"
    fi
else
    skip "xmllint not installed (Debian: libxml2-utils)"
fi

if have update-mime-database; then
    tool_runs=$((tool_runs + 1))
    mkdir -p "$tmp/mime/mime/packages"
    cp "$mime" "$tmp/mime/mime/packages/tarmac.xml"
    # In the search path, or it adds a note that the directory is not.
    out=$(XDG_DATA_HOME=$tmp/mime XDG_DATA_DIRS=$tmp/mime update-mime-database "$tmp/mime/mime" 2>&1)
    if [ -z "$out" ] && [ -f "$tmp/mime/mime/application/x-tarmac.xml" ] &&
        grep -q 'application-x-tarmac' "$tmp/mime/mime/icons" &&
        grep -qx 'application/x-tarmac:\*\.tarmac' "$tmp/mime/mime/globs"; then
        pass "update-mime-database accepts the mime file (type, glob, icon)"
    else
        fail "update-mime-database:"
        printf '%s\n' "$out"
    fi
else
    skip "update-mime-database not installed (Debian: shared-mime-info)"
fi

if have groff; then
    tool_runs=$((tool_runs + 1))
    out=$(groff -man -ww -z "$manpage" 2>&1)
    rc=$?
    if [ $rc -eq 0 ] && [ -z "$out" ]; then
        pass "groff -man -ww -z: no warnings"
    else
        fail "groff -man -ww -z (exit $rc):"
        printf '%s\n' "$out"
    fi
else
    skip "groff not installed (Debian: groff-base)"
fi

# --- 3. The installed tree -------------------------------------------------------------------

echo "== install"
cmake_bin=$(cache_value CMAKE_COMMAND)
[ -x "$cmake_bin" ] || cmake_bin=$(command -v cmake || true)
if [ ! -f "$build/cmake_install.cmake" ]; then
    skip "install: $build is not a configured build directory"
elif [ -z "$cmake_bin" ]; then
    skip "cmake not installed"
elif ! "$cmake_bin" --install "$build" --prefix "$tmp/root/usr" >"$tmp/install.log" 2>&1; then
    tool_runs=$((tool_runs + 1))
    fail "cmake --install $build --prefix TMP/usr:"
    cat "$tmp/install.log"
else
    tool_runs=$((tool_runs + 1))
    pass "cmake --install $build --prefix TMP/usr"
    usr=$tmp/root/usr
    for f in bin/tarmac \
        share/applications/tarmac.desktop \
        share/metainfo/io.github.tarmac.Tarmac.metainfo.xml \
        share/mime/packages/tarmac.xml \
        share/icons/hicolor/scalable/apps/tarmac.svg \
        share/icons/hicolor/48x48/apps/tarmac.png \
        share/icons/hicolor/scalable/mimetypes/application-x-tarmac.svg \
        share/icons/hicolor/48x48/mimetypes/application-x-tarmac.png \
        share/man/man1/tarmac.1.gz \
        share/tarmac/examples/llm-platform.json; do
        check "installed: usr/$f" test -s "$usr/$f"
    done
    for n in $sizes; do
        check "installed: usr/share/icons/hicolor/${n}x${n}/apps/tarmac.png" \
            test -s "$usr/share/icons/hicolor/${n}x${n}/apps/tarmac.png"
    done
    check "installed: usr/bin/tarmac is executable" test -x "$usr/bin/tarmac"
    for f in "$src"/resources/examples/*.json; do
        check "installed: example $(basename "$f") unchanged" cmp -s "$f" "$usr/share/tarmac/examples/$(basename "$f")"
    done

    gz=$usr/share/man/man1/tarmac.1.gz
    if [ -s "$gz" ]; then
        check "man page: tarmac.1.gz decompresses to packaging/tarmac.1" gzip_of "$gz" "$manpage"
        # Reproducible: no timestamp (bytes 4-7) and no file name (flag 0x08) in the header.
        check "man page: gzip header has no timestamp and no name" \
            test "$(od -An -tx1 -j3 -N5 "$gz" | tr -d ' \n')" = 0000000000
    fi
    if have appstreamcli; then
        out=$(appstreamcli validate-tree --no-net "$tmp/root" 2>&1)
        rc=$?
        if [ $rc -eq 0 ] && ! printf '%s\n' "$out" | grep -q '^ *[EW]: '; then
            pass "appstreamcli validate-tree: metainfo, desktop file and icons agree"
        else
            fail "appstreamcli validate-tree (exit $rc):"
            printf '%s\n' "$out"
        fi
    fi
    if have ldd; then
        missing=$(ldd "$usr/bin/tarmac" 2>&1 | grep 'not found')
        check "installed tarmac finds every library${missing:+: $missing}" test -z "$missing"
    fi

    out=$("$usr/bin/tarmac" --version 2>&1)
    check "tarmac --version prints \"tarmac $version\" (got \"$out\")" test "$out" = "tarmac $version"
    example=$usr/share/tarmac/examples/llm-platform.json
    "$usr/bin/tarmac" check "$example" >"$tmp/check.out" 2>&1
    rc=$?
    if [ $rc -eq 1 ] && grep -q 'error(s)' "$tmp/check.out"; then
        pass "tarmac check on the installed example exits 1 with its findings, without a display"
    else
        fail "tarmac check on the installed example: exit $rc, expected 1"
        cat "$tmp/check.out"
    fi

    # The installed MIME type recognises a .tarmac by its content, not only by its name.
    if have gio && have update-mime-database && [ -r /usr/share/mime/packages/freedesktop.org.xml ]; then
        mkdir -p "$tmp/mimedb/mime/packages"
        cp /usr/share/mime/packages/freedesktop.org.xml "$usr/share/mime/packages/tarmac.xml" \
            "$tmp/mimedb/mime/packages/"
        XDG_DATA_HOME=$tmp/mimedb XDG_DATA_DIRS=$tmp/mimedb update-mime-database "$tmp/mimedb/mime" >/dev/null 2>&1
        if "$usr/bin/tarmac" new --template empty -o "$tmp/project.tarmac" >/dev/null 2>&1; then
            cp "$tmp/project.tarmac" "$tmp/project-without-extension"
            type=$(XDG_DATA_HOME=$tmp/mimedb XDG_DATA_DIRS=$tmp/mimedb \
                gio info -a standard::content-type "$tmp/project-without-extension" 2>/dev/null |
                sed -n 's/.*standard::content-type: //p')
            check "mime magic: a project without its extension is application/x-tarmac (got \"$type\")" \
                test "$type" = application/x-tarmac
        else
            fail "tarmac new --template empty -o TMP/project.tarmac"
        fi
    else
        for t in gio update-mime-database; do
            have $t || skip "$t not installed (Debian: libglib2.0-bin, shared-mime-info): the MIME magic is not exercised"
        done
    fi
fi

# --- 4. The .deb itself (opt-in) -------------------------------------------------------------

if [ "${TARMAC_TEST_CPACK:-0}" = 1 ]; then
    echo "== cpack"
    cpack_bin=$(dirname "$cmake_bin")/cpack
    if ! [ -x "$cpack_bin" ] || ! have dpkg-deb; then
        skip "cpack or dpkg-deb not installed"
    elif ! (cd "$build" && "$cpack_bin" -G DEB -B "$tmp/deb" >"$tmp/cpack.log" 2>&1); then
        tool_runs=$((tool_runs + 1))
        fail "cpack -G DEB:"
        cat "$tmp/cpack.log"
    else
        tool_runs=$((tool_runs + 1))
        arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
        deb=$tmp/deb/tarmac_${version}_${arch}.deb
        check "cpack: $(basename "$deb")" test -s "$deb"
        if [ -s "$deb" ]; then
            depends=$(dpkg-deb -f "$deb" Depends)
            for d in libqt6gui6 libqt6widgets6 libgvc6 libsqlite3-0 libqt6svg6; do
                check "deb: Depends on $d" has_word "$depends" "$d"
            done
            check "deb: Section science" test "$(dpkg-deb -f "$deb" Section)" = science
            dpkg-deb -c "$deb" | awk '{print $6}' >"$tmp/deb.list"
            for f in ./usr/bin/tarmac ./usr/share/applications/tarmac.desktop \
                ./usr/share/metainfo/io.github.tarmac.Tarmac.metainfo.xml \
                ./usr/share/mime/packages/tarmac.xml ./usr/share/man/man1/tarmac.1.gz \
                ./usr/share/icons/hicolor/scalable/apps/tarmac.svg \
                ./usr/share/tarmac/examples/llm-platform.json; do
                check "deb: contains $f" grep -qx "$f" "$tmp/deb.list"
            done
        fi
    fi
fi

echo
if [ $skipped -gt 0 ]; then
    echo "package_contents: $skipped part(s) skipped (see the SKIP lines)"
fi
all_skipped=0
if [ $failed -eq 0 ] && [ $tool_runs -eq 0 ]; then
    echo "SKIP: no validator is installed and the build could not be installed; only the static checks ran"
    all_skipped=1
fi
echo "package_contents: $passed passed, $failed failed"
if [ $failed -gt 0 ]; then
    exit 1
fi
if [ $all_skipped -eq 1 ]; then
    exit 77
fi
exit 0
