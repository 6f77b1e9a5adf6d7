"""Runs by font, escaped markup, the printability check and the font-file failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from station_app.core.errors import StationError
from station_app.core.fonts import CjkFont, NoCjkFontError
from station_app.documents import fonts_runs
from station_app.documents.fonts_runs import (
    DocumentFonts,
    UnprintableCharacters,
    _to_unicode_cmap,
    check_printable,
    document_fonts,
    font_markup,
)
from tests.unit.documents.conftest import require_ext_b_font

ROOT = Path(__file__).resolve().parents[3]
NO_FONT_HAS_IT = "\U0010fffd"  # a private-use plane character: in no font at all


@pytest.fixture
def fonts() -> DocumentFonts:
    require_ext_b_font()
    return document_fonts()


def test_rare_characters_get_their_own_run_in_the_fallback_font(fonts: DocumentFonts) -> None:
    assert fonts.runs("周𠮷祥 巴特尔·额尔敦") == [(0, "周"), (1, "𠮷"), (0, "祥 巴特尔·额尔敦")]
    assert "hanamin" in fonts.faces[1].family.lower() or fonts.faces[1].covers_ext_b


def test_markup_escapes_and_keeps_line_breaks(fonts: DocumentFonts) -> None:
    markup = font_markup("a <b>&amp; c>\r\nzweite\rdritte\tx", fonts)
    assert markup == "a &lt;b&gt;&amp;amp; c&gt;<br/>zweite<br/>dritte x"


def test_markup_wraps_fallback_runs_in_font_tags(fonts: DocumentFonts) -> None:
    name = fonts.name(1)
    assert font_markup("周𠮷<祥", fonts) == f'周<font name="{name}">𠮷</font>&lt;祥'


def test_markup_drops_control_characters_that_would_break_the_parser(fonts: DocumentFonts) -> None:
    assert font_markup("甲\x00乙\x0b丙\x1b", fonts) == "甲乙丙"


def test_markup_output_parses_in_reportlab(fonts: DocumentFonts) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("t", fontName=fonts.name(), wordWrap="CJK")
    text = "<para>&nbsp;<b>x</b> & </font> 周𠮷祥\n<br/>"
    paragraph = Paragraph(font_markup(text, fonts), style)
    paragraph.wrap(200, 1000)
    joined = "".join(getattr(frag, "text", "") for frag in paragraph.frags)
    assert joined == text.replace("\n", "")


def test_check_printable_passes_for_what_the_fonts_cover(fonts: DocumentFonts) -> None:
    check_printable(["巴特尔·额尔敦", "周𠮷祥", "¥30,000.00 〔2026〕", "", None, " \n\t"], fonts)


def test_check_printable_names_each_missing_character_with_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts_runs, "find_fallback_fonts", lambda: [])  # a machine without Ext-B fonts
    monkeypatch.setattr(fonts_runs, "_FALLBACKS", None)
    only_primary = document_fonts()
    assert len(only_primary.faces) == 1
    with pytest.raises(UnprintableCharacters) as info:
        check_printable(["周𠮷祥", "𠮷"], only_primary)
    assert info.value.characters == ["𠮷"]
    assert info.value.message == (
        "以下字符在已安装的字体中没有字形，无法打印：𠮷（U+20BB7）。"
        "请安装含扩展B区的字体（Windows：SimSun-ExtB；Linux：fonts-hanazono）。"
    )


def test_check_printable_rescans_before_refusing(
    monkeypatch: pytest.MonkeyPatch, fonts: DocumentFonts
) -> None:
    # A font installed while the program runs is found without a restart.
    monkeypatch.setattr(fonts_runs, "_FALLBACKS", [])
    stale = document_fonts()
    assert len(stale.faces) == 1
    check_printable(["周𠮷祥"], stale)


def test_characters_in_no_font_are_refused(fonts: DocumentFonts) -> None:
    with pytest.raises(UnprintableCharacters) as info:
        check_printable([f"张{NO_FONT_HAS_IT}三", "\ue000"], fonts)
    assert info.value.characters[0] == NO_FONT_HAS_IT
    assert "U+10FFFD" in info.value.message


def test_missing_font_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    gone = tmp_path / "simsun.ttc"
    gone.write_bytes(b"x")
    font = CjkFont(str(gone), 0, "SimSun", "SimSun", False, "宋体")
    gone.unlink()
    monkeypatch.setattr(fonts_runs, "choose_font", lambda key: font)
    with pytest.raises(StationError) as info:
        document_fonts("whatever#0")
    assert str(gone) in info.value.message
    assert "已不存在" in info.value.message and "重新选择" in info.value.message


def test_no_cjk_font_becomes_a_station_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def none(key: str | None) -> CjkFont:
        raise NoCjkFontError()

    monkeypatch.setattr(fonts_runs, "choose_font", none)
    with pytest.raises(StationError, match="fonts-wqy-microhei"):
        document_fonts()


def test_broken_font_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00" + b"\x00" * 64)
    font = CjkFont(str(broken), 0, "Broken", "Broken", False)
    monkeypatch.setattr(fonts_runs, "choose_font", lambda key: font)
    monkeypatch.setattr(fonts_runs, "_FALLBACKS", [])
    with pytest.raises(StationError, match="无法读取打印字体"):
        document_fonts().name()


def test_to_unicode_cmap_writes_utf16_pairs_above_the_bmp() -> None:
    cmap = _to_unicode_cmap("AAAAAA+HanaMinB", [0x20BB7, 0x5468])
    assert "<00> <D842DFB7>" in cmap
    assert "<01> <5468>" in cmap
    assert "2 beginbfchar" in cmap


def test_importing_documents_api_does_not_import_reportlab() -> None:
    code = (
        "import sys\n"
        "import station_app.documents, station_app.documents.inputs, station_app.documents.money\n"
        "import station_app.documents.verification, station_app.documents.fonts_runs\n"
        "sys.exit('reportlab' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
