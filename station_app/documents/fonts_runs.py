"""Which font prints which character: the primary CJK font, then Extension B fallbacks.

Common CJK fonts lack Extension B (WenQuanYi has no 𠮷), and reportlab silently drops a glyph
its font lacks, from the print and from the text layer. So text is split into runs by the first
font that has each glyph, and a document is refused before it is built if some character is in
no installed font. Nothing here imports reportlab until fonts are registered for drawing.
"""

from __future__ import annotations

import os
import struct
import threading
import unicodedata
from collections.abc import Iterable

from station_app.core.errors import StationError
from station_app.core.fonts import CjkFont, NoCjkFontError, choose_font, find_fallback_fonts, has_glyph

EXT_B_ADVICE = "请安装含扩展B区的字体（Windows：SimSun-ExtB；Linux：fonts-hanazono）。"
OTHER_ADVICE = "请改用其他写法，或安装含这些字符的字体。"

_LOCK = threading.Lock()
_FALLBACKS: list[CjkFont] | None = None  # scanned once per process; rescanned when a glyph is missing
_FONT_SETS: dict[tuple[str, ...], DocumentFonts] = {}


class UnprintableCharacters(StationError):
    """Some characters have no glyph in any installed font. `characters` lists them."""

    def __init__(self, characters: list[str]) -> None:
        self.characters = characters
        listed = "、".join(f"{ch}（U+{ord(ch):04X}）" for ch in characters)
        rare = any(ord(ch) > 0xFFFF for ch in characters)  # Ext B and beyond live above the BMP
        super().__init__(
            f"以下字符在已安装的字体中没有字形，无法打印：{listed}。{EXT_B_ADVICE if rare else OTHER_ADVICE}"
        )


class DocumentFonts:
    """The fonts of one document: `faces[0]` is the primary font, the rest Ext-B fallbacks."""

    def __init__(self, primary: CjkFont, fallbacks: Iterable[CjkFont] = ()) -> None:
        self.faces: tuple[CjkFont, ...] = (primary, *(f for f in fallbacks if f.key != primary.key))
        self._index: dict[str, int | None] = {}  # a document reuses a few hundred characters
        self._names: list[str | None] = [None] * len(self.faces)

    @property
    def primary(self) -> CjkFont:
        return self.faces[0]

    def index_of(self, char: str) -> int | None:
        """Index in `faces` of the first font with a glyph for char; None if no font has one."""
        try:
            return self._index[char]
        except KeyError:
            found = next((i for i, face in enumerate(self.faces) if has_glyph(face, char)), None)
            self._index[char] = found
            return found

    def missing(self, text: str) -> list[str]:
        """Distinct characters of text no face can print (spaces and controls never count)."""
        return [
            ch for ch in dict.fromkeys(text)
            if self.index_of(ch) is None and not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"))
        ]

    def runs(self, text: str) -> list[tuple[int, str]]:
        """text as (face index, run) pairs; characters no font has stay with the primary font."""
        out: list[tuple[int, str]] = []
        for ch in text:
            index = 0 if ch.isspace() else (self.index_of(ch) or 0)
            if out and out[-1][0] == index:
                out[-1] = (index, out[-1][1] + ch)
            else:
                out.append((index, ch))
        return out

    def name(self, index: int = 0) -> str:
        """The reportlab name of faces[index] (default: the primary font), registering it on first
        use. Lazy because a fallback like HanaMinB is 30 MB and takes ~0.2 s to load, and most
        documents contain no Extension B character at all."""
        registered = self._names[index]
        if registered is None:
            registered = self._names[index] = _register(self.faces[index], f"StationDoc{index}")
        return registered


def _fallbacks(rescan: bool = False) -> list[CjkFont]:
    global _FALLBACKS
    with _LOCK:
        if _FALLBACKS is None or rescan:
            _FALLBACKS = find_fallback_fonts()
        return _FALLBACKS


def document_fonts(font_key: str | None = None, *, rescan: bool = False) -> DocumentFonts:
    """The fonts for a document: the font chosen in settings (`font_key`, else the best found)
    plus the installed Ext-B fallbacks. Raises StationError when no usable CJK font exists or the
    chosen font's file has gone."""
    try:
        primary = choose_font(font_key)
    except NoCjkFontError as exc:
        raise StationError(exc.message) from exc
    _require_readable(primary)
    fallbacks = [f for f in _fallbacks(rescan) if os.path.isfile(f.path)]
    key = (primary.key, *(f.key for f in fallbacks))
    with _LOCK:
        if key not in _FONT_SETS:
            _FONT_SETS[key] = DocumentFonts(primary, fallbacks)
        return _FONT_SETS[key]


def _require_readable(font: CjkFont) -> None:
    try:
        with open(font.path, "rb") as f:
            f.read(4)
    except OSError as exc:
        raise StationError(
            f"打印字体文件“{font.path}”已不存在或无法读取（{exc.strerror or exc}）。"
            "请在“设置 → 打印字体”中重新选择字体后再打印。"
        ) from exc


def check_printable(texts: Iterable[str | None], fonts: DocumentFonts | None = None) -> None:
    """Raise UnprintableCharacters (a StationError) naming every character of texts that no
    installed font can print; return None when all can. fonts=None: the default document fonts.
    Before refusing, the font folders are scanned again in case a font was installed meanwhile."""
    fonts = fonts or document_fonts()
    joined = "".join(t for t in texts if t)
    missing = fonts.missing(joined)
    if missing:
        fresh = document_fonts(fonts.primary.key, rescan=True)
        missing = fresh.missing(joined) if fresh is not fonts else missing
    if missing:
        raise UnprintableCharacters(missing)


def escape(text: str) -> str:
    """Text made safe for reportlab's Paragraph mini-markup (rst2pdf's habit: escape first)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def font_markup(text: str, fonts: DocumentFonts) -> str:
    """Paragraph markup printing text exactly as typed: `&`, `<`, `>` escaped, line breaks as
    `<br/>`, other control characters removed (they would break the markup parser), and every
    run the primary font lacks wrapped in `<font name=…>` of the fallback that has it. The
    paragraph style's own font must be the primary font (`fonts.name()`)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").split("\n")
    fonts.name()  # the paragraph style names the primary font: it must be registered
    out: list[str] = []
    for number, line in enumerate(lines):
        if number:
            out.append("<br/>")
        line = "".join(ch for ch in line if unicodedata.category(ch) != "Cc")
        for index, run in fonts.runs(line):
            text_run = escape(run)
            out.append(text_run if index == 0 else f'<font name="{fonts.name(index)}">{text_run}</font>')
    return "".join(out)


# --- registration --------------------------------------------------------------------------------

def _utf16_hex(code_point: int) -> str:
    if code_point < 0x10000:
        return f"{code_point:04X}"
    code_point -= 0x10000
    return f"{0xD800 + (code_point >> 10):04X}{0xDC00 + (code_point & 0x3FF):04X}"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, but with code points above U+FFFF written as UTF-16 pairs.

    reportlab 4.x writes `<20BB7>` for 𠮷, which text extractors read as U+20BB (₻): the glyph
    prints, but copying or pdftotext gives the wrong character (measured with poppler 22).
    """
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]
    return "\n".join(lines)


def _register(face: CjkFont, name: str) -> str:
    from reportlab.pdfbase import ttfonts

    from station_app.core.fonts import register_for_reportlab

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # idempotent; affects only characters > U+FFFF
    try:
        return register_for_reportlab(face, name)
    except (OSError, ValueError, KeyError, struct.error, ttfonts.TTFError) as exc:  # untrusted file
        raise StationError(
            f"无法读取打印字体“{face.full_name or face.path}”（{exc}）。请在“设置 → 打印字体”中换一种字体。"
        ) from exc

