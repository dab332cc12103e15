#!/usr/bin/env bash
# The installed package works outside the checkout: build the wheel, install it into a fresh
# virtual environment in a temporary folder, and run the main jobs from there.
#
# The fresh environment gets only the wheel; its third-party dependencies are borrowed from the
# development environment by a path line (not by installing them again, which would take minutes),
# so `pip check` still proves every declared dependency is present and the checkout is never seen.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-"$here/.venv/bin/python"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git -C "$here" ls-files -z | (cd "$here" && tar --null -T - -cf -) | (mkdir "$work/src" && tar -xf - -C "$work/src")
"$python" -m pip wheel -q --no-deps -w "$work/wheel" "$work/src" >/dev/null
wheel=$(ls "$work"/wheel/kamassess-*.whl)
"$python" - "$wheel" <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
need = ["kamassess/reports/profile.py", "kamassess/data/competencies.yaml",
        "kamassess/data/framework.schema.json", "ui/i18n/kamassess_ru.qm", "ui/app.py"]
missing = [n for n in need if n not in names]
if missing:
    sys.exit(f"wheel lacks {missing}")
PY
"$python" -m venv --without-pip "$work/env"
deps=$("$python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
site=$("$work/env/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
"$python" -m pip --python "$work/env/bin/python" install -q --no-deps "$wheel"
echo "$deps" > "$site/_development_dependencies.pth"
"$python" -m pip --python "$work/env/bin/python" check >/dev/null

cd "$work"  # nothing of the checkout on the path from here on
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache"
export XDG_CONFIG_HOME="$work/home/config" XDG_STATE_HOME="$work/home/state"
export KAMASSESS_LANG=en QT_QPA_PLATFORM=offscreen
bin="$work/env/bin"
"$bin/python" -c 'import kamassess, sys; sys.exit(0 if kamassess.__file__.startswith(sys.prefix) else "kamassess imported from the checkout")'
"$bin/kamassess" validate | grep -q ": valid: framework"
"$bin/kamassess" --db "$work/w.db" demo >/dev/null
"$bin/kamassess" --db "$work/w.db" report profile --candidate c-001 --out "$work/p.pdf" >/dev/null
head -c 5 "$work/p.pdf" | grep -q "%PDF-"
shown=$(KAMASSESS_QUIT_AFTER_SHOW=1 timeout 60 "$bin/kamassess" --db "$work/w.db" --lang ru 2>"$work/window.err") || { cat "$work/window.err"; exit 1; }
[ "$shown" = shown ] || { echo "the window did not start: $shown"; exit 1; }
"$bin/python" - <<'PY'
# The Russian translation ships and loads from the installed package.
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
import ui.app
app = QApplication([])
loaded = ui.app.install_translators(app, "ru")
assert any(t.translate("Menus", "&File") == "&Файл" for t in loaded), "no Russian UI"
PY
echo "wheel check: $(basename "$wheel") installs and runs outside the checkout"
