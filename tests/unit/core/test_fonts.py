"""Font discovery: real TrueType CJK fonts are found, CFF and broken files are not, coverage is exact."""

from __future__ import annotations

import os
import random
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from station_app.core import fonts as F

REPO = Path(__file__).resolve().parents[3]
JI = "\U00020bb7"  # 𠮷 (CJK Extension B)
TRUETYPE = b"\x00\x01\x00\x00"


# --- synthetic sfnt files --------------------------------------------------------------------------


def cmap4(chars: str) -> bytes:
    codes = sorted({ord(c) for c in chars}) + [0xFFFF]
    seg = len(codes)
    deltas = [(gid - c) & 0xFFFF for gid, c in enumerate(codes[:-1], start=1)] + [1]
    body = struct.pack(f">{seg}H", *codes) + b"\0\0" + struct.pack(f">{seg}H", *codes)
    body += struct.pack(f">{seg}H", *deltas) + struct.pack(f">{seg}H", *[0] * seg)
    return struct.pack(">7H", 4, 14 + len(body), 0, 2 * seg, 0, 0, 0) + body


def cmap12(chars: str) -> bytes:
    groups = b"".join(struct.pack(">III", ord(c), ord(c), gid) for gid, c in enumerate(sorted(chars), 1))
    return struct.pack(">HHIII", 12, 0, 16 + len(groups), 0, len(chars)) + groups


def cmap(*subtables: tuple[int, int, bytes]) -> bytes:
    """subtables: (platform, encoding, data), already in the sorted order fonts use."""
    out = struct.pack(">HH", 0, len(subtables))
    offset = 4 + 8 * len(subtables)
    data = b""
    for platform, encoding, sub in subtables:
        out += struct.pack(">HHI", platform, encoding, offset + len(data))
        data += sub
    return out + data


def name_table(family: str, zh: str = "") -> bytes:
    records = [(0x409, 1, family), (0x409, 4, family + " Regular")] + ([(0x804, 1, zh)] if zh else [])
    strings, recs = b"", b""
    for lang, nid, text in records:
        raw = text.encode("utf-16-be")
        recs += struct.pack(">6H", 3, 1, lang, nid, len(raw), len(strings))
        strings += raw
    return struct.pack(">HHH", 0, len(records), 6 + len(recs)) + recs + strings


def tables(
    family: str,
    chars: str = F.COMMON_CHARS,
    outlines: bytes = b"glyf",
    fs_type: int = 0,
    cmap_data: bytes | None = None,
) -> dict[bytes, bytes]:
    t = {tag: b"\0" * 8 for tag in (b"head", b"hhea", b"hmtx", b"maxp", b"post")}
    t[b"cmap"] = cmap_data if cmap_data is not None else cmap((3, 1, cmap4(chars)))
    t[b"name"] = name_table(family)
    t[b"OS/2"] = struct.pack(">HhHHH", 3, 0, 400, 5, fs_type)
    if outlines == b"glyf":
        t[b"glyf"], t[b"loca"] = b"\0" * 4, b"\0" * 4
    else:
        t[outlines] = b"\0" * 16
    return t


def sfnt(*faces: tuple[bytes, dict[bytes, bytes]]) -> bytes:
    """One face -> a plain sfnt; several -> a 'ttcf' collection. faces: (version tag, tables)."""
    ttc = len(faces) > 1
    header_len = 12 + 4 * len(faces) if ttc else 0
    dirs_len = sum(12 + 16 * len(t) for _v, t in faces)
    pos = header_len + dirs_len
    dirs, blob = b"", b""
    face_offsets = []
    for version, tabs in faces:
        face_offsets.append(header_len + len(dirs))
        dirs += version + struct.pack(">HHHH", len(tabs), 0, 0, 0)
        for tag, data in sorted(tabs.items()):
            dirs += struct.pack(">4sIII", tag, 0, pos + len(blob), len(data))
            blob += data + b"\0" * (-len(data) % 4)
    head = b"ttcf" + struct.pack(">HHI", 1, 0, len(faces)) + struct.pack(f">{len(faces)}I", *face_offsets)
    return (head if ttc else b"") + dirs + blob


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def wqy() -> F.CjkFont:
    found = [f for f in F.find_cjk_fonts() if f.family == "WenQuanYi Micro Hei"]
    if not found:
        pytest.fail("WenQuanYi Micro Hei not found: the test environment must have fonts-wqy-microhei")
    return found[0]


# --- real fonts ------------------------------------------------------------------------------------


def test_real_cjk_truetype_font_is_found(wqy: F.CjkFont) -> None:
    found = F.find_cjk_fonts()
    assert found, "no CJK TrueType font found on this machine"
    assert found[0].family.lower().startswith(F.PREFERRED_FAMILIES)  # a preferred family sorts first
    assert wqy.family_zh == "文泉驿微米黑"
    assert wqy.key == f"{wqy.path}#0"
    with open(wqy.path, "rb") as f:
        assert f.read(4) in (b"ttcf", TRUETYPE)


def test_font_directories_exist() -> None:
    dirs = F.font_directories()
    assert dirs and all(d.is_dir() for d in dirs)


def test_installed_noto_cjk_cff_collections_are_rejected() -> None:
    noto = [p for d in F.font_directories() for p in d.rglob("Noto*CJK*.tt[cf]")]
    noto = [p for p in noto if p.read_bytes()[:4] == b"ttcf"]
    if not noto:
        pytest.skip("fonts-noto-cjk not installed (the synthetic CFF test covers the logic)")
    paths = {f.path for f in F.find_cjk_fonts()}
    assert not paths & {str(p) for p in noto}


def test_wqy_lacks_ext_b_so_the_rare_character_is_reported(wqy: F.CjkFont) -> None:
    assert not wqy.covers_ext_b
    assert not F.has_glyph(wqy, JI) and F.has_glyph(wqy, "周")
    assert F.missing_characters("周𠮷祥", [wqy]) == [JI]
    assert F.missing_characters("周 𠮷\t祥\n𠮷\u200b", [wqy]) == [JI]  # distinct, no whitespace/format
    assert F.missing_characters("周𠮷祥", []) == ["周", JI, "祥"]


def test_reportlab_pdf_text_round_trips(wqy: F.CjkFont, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext (poppler-utils) is required in CI")
        pytest.skip("pdftotext not installed")
    from reportlab.pdfgen import canvas

    name = F.register_for_reportlab(wqy, "TestCJK")
    assert F.register_for_reportlab(wqy, "TestCJK") == name  # idempotent
    pdf = tmp_path / "agreement.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFont(name, 18)
    c.drawString(72, 720, "调解协议书")
    c.save()
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    assert out.stdout.decode("utf-8").strip() == "调解协议书"


def test_another_font_under_a_taken_name_gets_its_own_name(wqy: F.CjkFont) -> None:
    mono = next(f for f in F.find_cjk_fonts() if f.path == wqy.path and f.subfont_index == 1)
    first = F.register_for_reportlab(wqy, "TakenCJK")
    second = F.register_for_reportlab(mono, "TakenCJK")
    assert first == "TakenCJK" and second != first
    from reportlab.pdfbase import pdfmetrics

    assert pdfmetrics.getFont(second).face.subfontNameX == b"-1"


def test_importing_fonts_does_not_import_reportlab() -> None:
    code = "import sys, station_app.core.fonts; sys.exit('reportlab' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


# --- synthetic fonts -------------------------------------------------------------------------------


def test_synthetic_truetype_font_is_accepted(tmp_path: Path) -> None:
    write(tmp_path / "good.ttf", sfnt((TRUETYPE, tables("Synthetic Hei"))))
    [font] = F.find_cjk_fonts([tmp_path])
    assert (font.family, font.full_name, font.subfont_index) == ("Synthetic Hei", "Synthetic Hei Regular", 0)
    assert not font.covers_ext_b
    assert F.has_glyph(font, "中") and not F.has_glyph(font, "\uffff")  # 0xFFFF segment maps to glyph 0


@pytest.mark.parametrize("version", [b"OTTO", TRUETYPE], ids=["OTTO", "0x00010000"])
@pytest.mark.parametrize("cff", [b"CFF ", b"CFF2"])
def test_cff_outlines_are_rejected_whatever_the_suffix(tmp_path: Path, version: bytes, cff: bytes) -> None:
    data = sfnt((version, tables("Fake Song", outlines=cff)))
    for name in ("cff.ttf", "cff.TTF", "cff.ttc", "cff.otf"):
        write(tmp_path / name, data)
    write(
        tmp_path / "collection.ttc",
        sfnt((version, tables("Fake Song", outlines=cff)), (version, tables("Fake Hei", outlines=cff))),
    )
    assert F.find_cjk_fonts([tmp_path]) == []


def test_collection_keeps_only_its_truetype_faces(tmp_path: Path) -> None:
    data = sfnt((b"OTTO", tables("Cff Face", outlines=b"CFF ")), (TRUETYPE, tables("Glyf Face")))
    write(tmp_path / "mixed.otc", data)
    [font] = F.find_cjk_fonts([tmp_path])
    assert (font.family, font.subfont_index) == ("Glyf Face", 1)


def test_fonts_without_chinese_or_that_forbid_embedding_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "latin.ttf", sfnt((TRUETYPE, tables("Latin Sans", chars="abc"))))
    write(tmp_path / "restricted.ttf", sfnt((TRUETYPE, tables("Locked Hei", fs_type=0x0002))))
    write(tmp_path / "nosubset.ttf", sfnt((TRUETYPE, tables("Whole Hei", fs_type=0x0100))))
    assert F.find_cjk_fonts([tmp_path]) == []


def test_broken_files_are_skipped_without_raising(tmp_path: Path, wqy: F.CjkFont) -> None:
    good = sfnt((TRUETYPE, tables("Synthetic Hei")))
    write(tmp_path / "empty.ttf", b"")
    write(tmp_path / "garbage.ttf", random.Random(0).randbytes(4096))
    write(tmp_path / "many_tables.ttf", TRUETYPE + b"\xff\xff" + b"\0" * 64)
    write(tmp_path / "truncated.ttf", good[:60])
    write(tmp_path / "truncated.ttc", Path(wqy.path).read_bytes()[:5000])
    write(tmp_path / "huge.ttc", b"ttcf\x00\x01\x00\x00\xff\xff\xff\xff" + b"\0" * 64)
    write(tmp_path / "bad_cmap.ttf", sfnt((TRUETYPE, tables("Bad Cmap", cmap_data=b"\x00\x00\x00\x09"))))
    write(tmp_path / "sub" / "good.TTF", good)
    assert [f.family for f in F.find_cjk_fonts([tmp_path, tmp_path / "does-not-exist"])] == ["Synthetic Hei"]


def test_preferred_families_sort_first(tmp_path: Path) -> None:
    for i, family in enumerate(["Zeta Hei", "AR PL UMing CN", "Alpha Song", "SimSun"]):
        write(tmp_path / f"f{i}.ttf", sfnt((TRUETYPE, tables(family))))
    assert [f.family for f in F.find_cjk_fonts([tmp_path])] == [
        "SimSun",
        "AR PL UMing CN",
        "Alpha Song",
        "Zeta Hei",
    ]


def test_choose_font_honours_preference_and_falls_back(tmp_path: Path) -> None:
    write(tmp_path / "a.ttf", sfnt((TRUETYPE, tables("SimHei"))))
    write(tmp_path / "b.ttf", sfnt((TRUETYPE, tables("KaiTi"))))
    fonts = F.find_cjk_fonts([tmp_path])
    hei, kai = fonts
    assert F.choose_font(kai.key, fonts) == kai
    assert F.choose_font(None, fonts) == hei
    assert F.choose_font("/gone/simsun.ttc#0", fonts) == hei
    os.remove(kai.path)  # uninstalled since the key was saved in settings
    assert F.choose_font(kai.key, fonts) == hei


def test_choose_font_accepts_a_font_file_outside_the_standard_directories(tmp_path: Path) -> None:
    path = write(tmp_path / "own" / "custom.ttf", sfnt((TRUETYPE, tables("Custom Song"))))
    assert F.choose_font(f"{path}#0").family == "Custom Song"


def test_no_font_raises_with_a_plain_chinese_message(tmp_path: Path) -> None:
    assert F.find_cjk_fonts([tmp_path]) == []
    with pytest.raises(F.NoCjkFontError) as info:
        F.choose_font(None, F.find_cjk_fonts([tmp_path]))
    assert "fonts-wqy-microhei" in info.value.message and "宋体" in info.value.message
    assert str(info.value) == info.value.message


def test_ext_b_only_fonts_serve_as_fallbacks(tmp_path: Path, wqy: F.CjkFont) -> None:
    ext_b = cmap((3, 1, cmap4("a")), (3, 10, cmap12(JI + "\U0002a6a5")))
    write(tmp_path / "simsunb.ttf", sfnt((TRUETYPE, tables("SimSun-ExtB", cmap_data=ext_b))))
    assert F.find_cjk_fonts([tmp_path]) == []  # no 中: never a primary font
    [fallback] = F.find_fallback_fonts(directories=[tmp_path])
    assert fallback.family == "SimSun-ExtB" and fallback.covers_ext_b
    assert F.find_fallback_fonts([wqy, fallback]) == [fallback]
    assert F.missing_characters("周𠮷祥", [wqy, fallback]) == []


def test_format_12_subtable_reportlab_ignores_does_not_count(tmp_path: Path) -> None:
    # reportlab takes the last platform-3 record, here the BMP-only format 4, so 𠮷 would not print.
    data = cmap((0, 4, cmap12(F.COMMON_CHARS + JI)), (3, 1, cmap4(F.COMMON_CHARS)))
    write(tmp_path / "f.ttf", sfnt((TRUETYPE, tables("Two Maps", cmap_data=data))))
    [font] = F.find_cjk_fonts([tmp_path])
    assert not font.covers_ext_b and F.missing_characters(JI, [font]) == [JI]


def test_unchanged_files_are_not_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "a.ttf", sfnt((TRUETYPE, tables("First Hei"))))
    F.find_cjk_fonts([tmp_path])
    calls = []
    real = F._parse_face
    monkeypatch.setattr(F, "_parse_face", lambda *a: calls.append(a) or real(*a))
    assert [f.family for f in F.find_cjk_fonts([tmp_path])] == ["First Hei"]
    assert calls == []
    path.write_bytes(sfnt((TRUETYPE, tables("Second Hei Longer Name"))))
    assert [f.family for f in F.find_cjk_fonts([tmp_path])] == ["Second Hei Longer Name"]
    assert len(calls) == 1
