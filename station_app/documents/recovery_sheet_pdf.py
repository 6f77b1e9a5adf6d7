"""恢复密钥单: the one paper that opens an encrypted station database when every password, or
the key file beside the database, is lost. Printed once at setup (or when the database is
encrypted) and kept in the station's safe; the code is never stored anywhere else.

The code is set large in a monospaced font, in numbered groups of five, so it can be read aloud
and typed back without doubt (its alphabet has no 0/O, 1/I/L).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from station_app.documents.fonts_runs import check_printable, document_fonts, font_markup
from station_app.documents.styles import stylesheet
from station_app.documents.template import LINE, TEXT_WIDTH


@dataclass(frozen=True)
class RecoverySheet:
    station_name: str
    station_code: str
    database: str  # the file path, so the sheet names the database it opens
    made_at: datetime  # local time
    made_by: str  # the administrator's name
    code: str  # groups of five joined by '-'


STEPS = (
    "本单用于在所有管理员忘记密码、或数据库旁的钥匙文件（.keys）丢失时打开本所的加密数据库。",
    "请将本单装入信封封好，放入所内保险柜；不要拍照，不要把恢复密钥存入电脑、手机或U盘。",
    "需要时：在登录窗口点“用恢复密钥打开”，逐组输入下面的字符（不分大小写），"
    "并为一个管理员账户设置新密码；或在命令行运行 station recover --user 管理员用户名。",
    "本单对这个数据库和它的全部备份一直有效：使用后请重新封存，不要让无关人员看到。",
)


def build_recovery_sheet_pdf(sheet: RecoverySheet) -> bytes:
    """The sheet as PDF bytes (A4, one page)."""
    fonts = document_fonts()
    check_printable([sheet.station_name, sheet.made_by, *STEPS], fonts)
    styles = stylesheet(fonts.name(0))

    def para(text: str, style: str) -> Paragraph:
        return Paragraph(font_markup(text, fonts), styles[style])

    groups = sheet.code.split("-")
    cells = [[f"{index + 1}", group] for index, group in enumerate(groups)]
    rows = [cells[i:i + 4] for i in range(0, len(cells), 4)]
    table_rows = [[item for pair in row for item in pair] for row in rows]
    code_table = Table(table_rows, colWidths=[8 * mm, 32 * mm] * 4, rowHeights=16 * mm)
    code_table.setStyle(TableStyle([
        ("FONT", (1, 0), (-1, -1), "Courier-Bold", 20),
        ("FONT", (0, 0), (0, -1), "Helvetica", 9), ("FONT", (2, 0), (2, -1), "Helvetica", 9),
        ("FONT", (4, 0), (4, -1), "Helvetica", 9), ("FONT", (6, 0), (6, -1), "Helvetica", 9),
        ("TEXTCOLOR", (0, 0), (0, -1), LINE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 1.2, LINE), ("INNERGRID", (1, 0), (-1, -1), 0.4, LINE),
    ]))
    facts = Table([
        [para("单位", "cell"), para(f"{sheet.station_name}（{sheet.station_code}）", "cell")],
        [para("数据库文件", "cell"), para(sheet.database, "cell")],
        [para("生成时间", "cell"), para(f"{sheet.made_at:%Y年%m月%d日 %H:%M}", "cell")],
        [para("生成人", "cell"), para(sheet.made_by, "cell")],
    ], colWidths=[30 * mm, TEXT_WIDTH - 30 * mm])
    facts.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, LINE),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = [
        para("数据库恢复密钥单", "title"), para("涉密 · 请放入保险柜保管", "number"), Spacer(1, 4 * mm),
        facts, Spacer(1, 8 * mm), para("恢复密钥（共 8 组，每组 5 个字符）", "heading"), Spacer(1, 2 * mm),
        code_table, Spacer(1, 8 * mm),
        *[para(f"{index + 1}. {text}", "term") for index, text in enumerate(STEPS)],
        Spacer(1, 14 * mm),
        para("保管人签名：＿＿＿＿＿＿＿＿　　所长签名：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿", "field"),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                            bottomMargin=22 * mm, title="数据库恢复密钥单", invariant=1)
    doc.build(story)
    return buffer.getvalue()
