"""English is complete and every translation keeps its placeholders: a translated message with a
missing or misspelt {name} would crash ``.format`` or lose a figure in the English UI (Electrum's
i18n test checks the same for its catalogue)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "fallakte_en.ts"
PLACEHOLDER = re.compile(r"\{(\w*)(?:[:!][^}]*)?\}")


def _messages() -> list[tuple[str, str, str, str]]:
    """(context, source, translation, type) of every message still in use."""
    found = []
    for context in ElementTree.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "")
            if kind not in ("vanished", "obsolete"):
                found.append((name, message.findtext("source"), translation.text or "", kind))
    return found


def test_every_message_has_a_finished_english_translation():
    missing = [(c, s) for c, s, t, kind in _messages() if kind == "unfinished" or not t.strip()]
    assert missing == []


def test_every_translation_keeps_the_placeholders_of_its_source():
    broken = [(c, s, t) for c, s, t, _ in _messages()
              if sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(t))]
    assert broken == []


def test_the_check_reads_the_catalogue():
    messages = _messages()
    assert len(messages) > 400
    assert any(PLACEHOLDER.findall(s) for _, s, _, _ in messages)


def test_messages_below_the_windows_read_in_english_when_english_is_chosen(tmp_path):
    from app.core import i18n
    from app.core.messages import describe
    from storage.errors import WrongPassphrase
    from sync.transport import Problem, ShareUnavailable

    try:
        i18n.install("en")
        assert describe(WrongPassphrase(tmp_path / "fallakte.db")).startswith("The passphrase is wrong.")
        assert "full" in describe(ShareUnavailable(tmp_path, Problem.FULL)).lower()
    finally:
        i18n.install("de")
    assert describe(WrongPassphrase(tmp_path / "fallakte.db")).startswith("Die Passphrase ist falsch.")


def test_every_message_in_the_code_is_in_the_catalogue():
    """pyside6-lupdate does not look inside f-strings: a tr() there would stay German in English."""
    import ast

    root = TS.parent.parent.parent
    known = {s for _, s, _, _ in _messages()}
    missing = []
    for path in [*root.glob("app/**/*.py"), *root.glob("ui/*.py"), *root.glob("fallakte/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and (getattr(node.func, "id", None) == "tr" or getattr(node.func, "attr", None) == "tr")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
                    and node.args[0].value not in known):
                missing.append(f"{path.relative_to(root)}:{node.lineno} {node.args[0].value[:50]!r}")
    assert missing == []
