"""The Linux package's ICU data (scripts/icu_data.py): cut to German and English, nothing else changed."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import icu_data  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("objcopy") is None,
                                reason="Qt's Linux build brings ICU; the package is trimmed with binutils")


def _qt_icu() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 brings no ICU")
    return found[0]


def test_an_untouched_package_is_written_back_byte_for_byte():
    _, raw = icu_data._exported(_qt_icu())
    header, items = icu_data.read_items(raw)
    assert len(items) > 3000 and icu_data.write_items(header, items) == raw


def test_trimming_keeps_german_english_and_what_belongs_to_no_locale():
    _, raw = icu_data._exported(_qt_icu())
    _, before = icu_data.read_items(raw)
    trimmed = icu_data.trim(raw)
    _, after = icu_data.read_items(trimmed)
    names = {name.split("/", 1)[1] for name, _ in after}
    assert {"de.res", "en.res", "root.res", "coll/de.res", "coll/root.res", "coll/ucadata.icu", "zone/de.res",
            "nfkc.nrm", "cnvalias.icu", "zoneinfo64.res", "brkitr/word.brk", "res_index.res", "coll/res_index.res",
            "pool.res", "curr/pool.res"} <= names
    assert not names & {"fr.res", "zh.res", "coll/zh.res", "zone/tr.res", "brkitr/cjdict.dict"}
    assert not any(name.startswith("translit/") or name.endswith(".cnv") for name in names)
    kept = dict(after)
    assert all(kept[name] == item for name, item in before if name in kept)   # every item kept as it was
    assert len(trimmed) < len(raw) / 5
