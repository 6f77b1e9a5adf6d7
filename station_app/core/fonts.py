"""Find Chinese TrueType fonts that reportlab can embed, without importing reportlab.

reportlab embeds only TrueType outlines ('glyf'); Noto CJK and many .otf/.ttc files are CFF, so the
outline type is read from the sfnt table directory instead of being trusted from the file suffix.
Coverage is read from the same cmap subtable reportlab will pick, so "covered" means "will print".
"""

from __future__ import annotations

import bisect
import logging
import os
import struct
import sys
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

log = logging.getLogger(__name__)

COMMON_CHARS = "中国调解协议书嘎查苏木"
EXT_B_PROBE = "\U00020bb7"  # 𠮷, a surname variant missing from most fonts
FONT_SUFFIXES = frozenset({".ttf", ".ttc", ".otf", ".otc"})
PREFERRED_FAMILIES = (
    "simsun",
    "simhei",
    "fangsong",
    "fangsong_gb2312",
    "kaiti",
    "kaiti_gb2312",
    "microsoft yahei",
    "wenquanyi micro hei",
    "wenquanyi zen hei",
    "ar pl uming",
    "ar pl ukai",
)
PREFERRED_FALLBACKS = ("simsun-extb", "hanaminb", "babelstone han")
# reportlab's TTFont needs all of these; a face lacking one would fail only at print time.
_REQUIRED_TABLES = frozenset(
    {b"glyf", b"loca", b"cmap", b"head", b"hhea", b"hmtx", b"maxp", b"name", b"post"}
)
_MAX_TABLE = 32 << 20  # a corrupt directory must not make us allocate gigabytes


@dataclass(frozen=True)
class CjkFont:
    path: str
    subfont_index: int
    family: str  # English name if the font has one
    full_name: str
    covers_ext_b: bool
    family_zh: str = ""  # e.g. 宋体, for display in settings

    @property
    def key(self) -> str:
        return f"{self.path}#{self.subfont_index}"


class NoCjkFontError(RuntimeError):
    MESSAGE = (
        "未找到可用于打印的中文字体（须为 TrueType 格式；思源/Noto CJK 等 OpenType 字体无法嵌入 PDF）。"
        "Windows 请确认 C:\\Windows\\Fonts 中有 宋体（simsun.ttc）或 黑体（simhei.ttf）；"
        "Linux 请安装文泉驿微米黑：sudo apt install fonts-wqy-microhei。"
    )

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.MESSAGE
        super().__init__(self.message)


class _Coverage:
    """Merged code point ranges that map to a non-zero glyph; bisect keeps lookups cheap."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(ranges):
            if self.ends and start <= self.ends[-1] + 1:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def __contains__(self, cp: int) -> bool:
        i = bisect.bisect_right(self.starts, cp) - 1
        return i >= 0 and cp <= self.ends[i]


class _Face(NamedTuple):
    font: CjkFont
    coverage: _Coverage
    covers_common: bool


_CACHE: dict[str, tuple[tuple[int, int], list[_Face]]] = {}  # path -> ((mtime_ns, size), faces)
_REGISTERED: dict[tuple[str, str], str] = {}  # (requested name, font key) -> name given to reportlab
_REGISTER_LOCK = threading.Lock()


def _read(f, offset: int, length: int) -> bytes:
    if length > _MAX_TABLE:
        raise ValueError(f"table too large ({length} bytes)")
    f.seek(offset)
    data = f.read(length)
    if len(data) != length:
        raise ValueError("truncated file")
    return data


def _cmap4(data: bytes, off: int) -> list[tuple[int, int]]:
    length, _lang, seg2 = struct.unpack_from(">HHH", data, off + 2)
    n = seg2 // 2
    ends = struct.unpack_from(f">{n}H", data, off + 14)
    starts = struct.unpack_from(f">{n}H", data, off + 16 + seg2)
    deltas = struct.unpack_from(f">{n}h", data, off + 16 + 2 * seg2)
    ro_pos = off + 16 + 3 * seg2
    range_offsets = struct.unpack_from(f">{n}H", data, ro_pos)
    limit = min(off + length, len(data))  # reportlab treats glyph ids past the subtable as missing
    ranges: list[tuple[int, int]] = []
    for i, (s, e, delta, ro) in enumerate(zip(starts, ends, deltas, range_offsets, strict=True)):
        if ro == 0:
            hole = -delta & 0xFFFF  # the one code in the segment that lands on glyph 0
            ranges += [r for r in ((s, min(e, hole - 1)), (max(s, hole + 1), e)) if r[0] <= r[1]]
        elif s <= e:
            base = ro_pos + 2 * i + ro
            avail = max(0, min(e - s + 1, (limit - base) // 2))
            ids = struct.unpack_from(f">{avail}H", data, base) if avail else ()
            ranges += [(s + j, s + j) for j, g in enumerate(ids) if g and (g + delta) & 0xFFFF]
    return ranges


def _parse_cmap(data: bytes) -> _Coverage:
    version, count = struct.unpack_from(">HH", data, 0)
    if count == 0 and version != 0:
        count = version  # reportlab tolerates this swapped header, so do the same
    # Mirror reportlab's choice (last matching record wins): a format-12 subtable that reportlab
    # never reads must not count, or a character would be promised and then silently dropped.
    chosen, enc = None, 0
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, 4 + 8 * i)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, enc = offset, 1
        elif platform == 1 and encoding == 0 and enc != 1:
            chosen, enc = offset, 2
    if chosen is None:
        return _Coverage([])
    fmt = struct.unpack_from(">H", data, chosen)[0]
    if fmt == 4:
        return _Coverage(_cmap4(data, chosen))
    if fmt != 12:
        return _Coverage([])
    (n,) = struct.unpack_from(">I", data, chosen + 12)
    groups = struct.iter_unpack(">III", data[chosen + 16 : chosen + 16 + 12 * n])
    return _Coverage([(s + (g == 0), min(e, 0x10FFFF)) for s, e, g in groups if s + (g == 0) <= e])


def _parse_names(data: bytes) -> tuple[str, str, str]:
    """(family, full name, Chinese family): English preferred, else any readable name."""
    _fmt, count, str_off = struct.unpack_from(">HHH", data, 0)
    best: dict[tuple[int, str], tuple[int, str]] = {}  # (name id, "en"/"zh") -> (rank, text)
    for i in range(count):
        pid, eid, lid, nid, length, offset = struct.unpack_from(">6H", data, 6 + 12 * i)
        raw = data[str_off + offset : str_off + offset + length]
        if nid in (1, 4) and (pid == 0 or (pid == 3 and eid in (0, 1, 10))):
            text, en = raw.decode("utf-16-be", "replace"), 0 if lid == 0x409 else 1 if lid & 0x3FF == 9 else 3
        elif nid in (1, 4) and pid == 1 and eid == 0 and lid == 0:
            text, en = raw.decode("mac_roman"), 2
        else:
            continue
        zh = {0x804: 0, 0x404: 1, 0xC04: 1, 0x1004: 1, 0x1404: 1}.get(lid, 9) if pid == 3 else 9
        text = text.strip("\x00 ")
        for key, rank in (((nid, "en"), en), ((nid, "zh"), zh)):
            if text and rank < best.get(key, (99, ""))[0]:
                best[key] = (rank, text)
    family = best.get((1, "en"), (0, ""))[1]
    zh_rank, zh_family = best.get((1, "zh"), (9, ""))
    return family, best.get((4, "en"), (0, family))[1], zh_family if zh_rank < 9 else ""


def _parse_face(f, path: str, index: int, off: int) -> _Face | None:
    version, num_tables = struct.unpack(">IH", _read(f, off, 6))
    if version not in (0x00010000, 0x74727565):  # 'OTTO' (CFF) or not a font at all
        return None
    raw = _read(f, off + 12, 16 * num_tables)
    tables = {tag: (t_off, t_len) for tag, _sum, t_off, t_len in struct.iter_unpack(">4sIII", raw)}
    if not tables.keys() >= _REQUIRED_TABLES:
        log.debug("font %s#%d skipped: no TrueType outlines or missing tables", path, index)
        return None
    if b"OS/2" in tables:
        (fs_type,) = struct.unpack(">H", _read(f, tables[b"OS/2"][0] + 8, 2))
        if fs_type == 0x0002 or fs_type & 0x0300:  # reportlab refuses to subset these
            log.debug("font %s#%d skipped: embedding restricted (fsType %#06x)", path, index, fs_type)
            return None
    coverage = _parse_cmap(_read(f, *tables[b"cmap"]))
    common = all(ord(c) in coverage for c in COMMON_CHARS)
    ext_b = ord(EXT_B_PROBE) in coverage
    if not (common or ext_b):
        return None
    family, full_name, family_zh = _parse_names(_read(f, *tables[b"name"]))
    family = family or Path(path).stem
    return _Face(CjkFont(path, index, family, full_name or family, ext_b, family_zh), coverage, common)


def _faces_for(path: str) -> list[_Face]:
    try:
        st = os.stat(path)
    except OSError:
        return []
    cached = _CACHE.get(path)
    if cached is not None and cached[0] == (st.st_mtime_ns, st.st_size):
        return cached[1]
    faces = []
    # A font file is untrusted input: whatever exception malformed bytes provoke, skip that face
    # (or file) and carry on, so one broken font never hides the others or stops printing.
    try:
        with open(path, "rb") as f:
            head = _read(f, 0, 12)
            num = struct.unpack_from(">I", head, 8)[0] if head[:4] == b"ttcf" else 0
            offsets = struct.unpack(f">{num}I", _read(f, 12, 4 * num)) if num else (0,)
            for index, off in enumerate(offsets):
                try:
                    if (face := _parse_face(f, path, index, off)) is not None:
                        faces.append(face)
                except Exception as exc:
                    log.debug("font %s#%d skipped: %r", path, index, exc)
    except Exception as exc:
        log.debug("font %s skipped: %r", path, exc)
    _CACHE[path] = ((st.st_mtime_ns, st.st_size), faces)
    return faces


def _face_of(font: CjkFont) -> _Face | None:
    return next((f for f in _faces_for(font.path) if f.font.subfont_index == font.subfont_index), None)


def font_directories() -> list[Path]:
    home = Path(os.path.expanduser("~"))  # unlike Path.home(), never raises for odd accounts
    if sys.platform == "win32":
        dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs = [Path("/Library/Fonts"), Path("/System/Library/Fonts")]
        dirs.append(home / "Library/Fonts")
    else:
        dirs = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
        dirs += [home / ".fonts", home / ".local/share/fonts"]
    return [d for d in dirs if d.is_dir()]


def _scan(directories: Iterable[str | os.PathLike] | None) -> list[_Face]:
    seen_dirs: set[str] = set()
    seen_files: set[tuple[int, int]] = set()
    faces: list[_Face] = []
    for top in font_directories() if directories is None else directories:
        for dirpath, dirnames, filenames in os.walk(os.path.abspath(top), followlinks=True):
            if (real := os.path.realpath(dirpath)) in seen_dirs:  # symlinked trees, loops
                dirnames[:] = []
                continue
            seen_dirs.add(real)
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                if os.path.splitext(name)[1].lower() not in FONT_SUFFIXES:
                    continue
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                if not st.st_ino or (st.st_dev, st.st_ino) not in seen_files:
                    seen_files.add((st.st_dev, st.st_ino))
                    faces.extend(_faces_for(path))
    return faces


def _sorted(fonts: Iterable[CjkFont], preferred: tuple[str, ...]) -> list[CjkFont]:
    def rank(family: str) -> int:
        low = family.lower()  # prefix match finds "AR PL UMing CN" but not "SimSun-ExtB"
        hits = (i for i, p in enumerate(preferred) if low == p or low.startswith(p + " "))
        return next(hits, len(preferred))

    return sorted(
        fonts,
        key=lambda f: (rank(f.family), f.family.lower(), f.full_name != f.family, f.full_name.lower(), f.key),
    )


def find_cjk_fonts(directories: Iterable[str | os.PathLike] | None = None) -> list[CjkFont]:
    """TrueType faces that cover common Chinese, preferred families first."""
    return _sorted((f.font for f in _scan(directories) if f.covers_common), PREFERRED_FAMILIES)


def find_fallback_fonts(
    fonts: Iterable[CjkFont] | None = None, directories: Iterable[str | os.PathLike] | None = None
) -> list[CjkFont]:
    """Faces with Extension B glyphs. With fonts=None the directories are scanned, which also finds
    Ext-B-only faces (SimSun-ExtB, HanaMinB) that find_cjk_fonts() leaves out for lacking 中."""
    pool = (f.font for f in _scan(directories)) if fonts is None else fonts
    return _sorted((f for f in pool if f.covers_ext_b), PREFERRED_FALLBACKS)


def choose_font(preferred_key: str | None, fonts: list[CjkFont] | None = None) -> CjkFont:
    """The preferred font if it is (still) usable, else the first found; NoCjkFontError if none."""
    candidates = find_cjk_fonts() if fonts is None else fonts
    usable = [f for f in candidates if (face := _face_of(f)) is not None and face.covers_common]
    if preferred_key:
        for font in usable:
            if font.key == preferred_key:
                return font
        path, _, index = preferred_key.rpartition("#")
        if fonts is None and index.isdigit():  # a file picked outside the standard directories
            face = _face_of(CjkFont(path, int(index), "", "", False))
            if face is not None and face.covers_common:
                return face.font
    if not usable:
        raise NoCjkFontError()
    return usable[0]


def register_for_reportlab(font: CjkFont, name: str = "StationCJK") -> str:
    """Register once and return the name to draw with. reportlab silently keeps the first font
    registered under a name, so a different font asking for a taken name gets "StationCJK-2"."""
    with _REGISTER_LOCK:
        if (name, font.key) in _REGISTERED:
            return _REGISTERED[name, font.key]
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        taken = set(pdfmetrics.getRegisteredFontNames()) | set(_REGISTERED.values())
        actual, i = name, 1
        while actual in taken:
            i += 1
            actual = f"{name}-{i}"
        pdfmetrics.registerFont(TTFont(actual, font.path, subfontIndex=font.subfont_index))
        _REGISTERED[name, font.key] = actual
        return actual


def has_glyph(font: CjkFont, char: str) -> bool:
    """Whether reportlab will print char with font (for splitting text runs across fallbacks)."""
    face = _face_of(font)
    return face is not None and ord(char) in face.coverage


def missing_characters(text: str, fonts: list[CjkFont]) -> list[str]:
    """Distinct printable characters of text that none of fonts can print, in order of appearance."""
    coverages = [face.coverage for f in fonts if (face := _face_of(f)) is not None]
    return [
        ch
        for ch in dict.fromkeys(text)
        if not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs"))
        and not any(ord(ch) in cov for cov in coverages)
    ]
