"""The summary as an A4 PDF: figure tables with 环比/同比 arrows, two charts, the attention list and
the chief's signature line. Charts are reportlab.graphics drawings whose every string names the
document font (a Drawing otherwise starts in Helvetica, which is never embedded)."""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.units import mm
from reportlab.lib.validators import isString
from reportlab.platypus import Flowable, KeepTogether, Spacer

from station_app.core.clock import format_local
from station_app.core.masking import mask_sensitive_text
from station_app.documents.fonts_runs import DocumentFonts, check_printable, document_fonts
from station_app.documents.styles import GREY
from station_app.documents.template import (
    _TOTAL_FORM,  # noqa: PLC2701 (the shared "共 M 页" form)
    FURNITURE_SIZE,
    LINE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_WIDTH,
    StationDocTemplate,
    draw_text,
    heading,
    para,
    table,
)
from station_app.documents.verification import BuiltDocument, Verification, finish_document, make_verification
from station_app.reports.summary import (
    STATION_COLUMNS,
    Row,
    Summary,
    change_text,
    display_value,
    format_number,
)

TEMPLATE_VERSION = 1


class SummaryDocTemplate(StationDocTemplate):
    """The station page with the period (not a case number) in the header."""

    def _furniture(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        left, right = self.leftMargin, PAGE_WIDTH - self.rightMargin
        top = PAGE_HEIGHT - self.topMargin + 8 * mm
        draw_text(canvas, self.fonts, left, top, self.header_left, FURNITURE_SIZE)
        draw_text(canvas, self.fonts, right, top, f"统计期：{self.verification.case_number}", FURNITURE_SIZE,
                  "right")
        canvas.line(left, top - 2 * mm, right, top - 2 * mm)
        bottom = self.bottomMargin - 10 * mm
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        centre = PAGE_WIDTH / 2
        draw_text(canvas, self.fonts, centre - 1.5, bottom, f"第 {canvas.getPageNumber()} 页", FURNITURE_SIZE,
                  "right")
        canvas.translate(centre + 1.5, bottom)
        canvas.doForm(_TOTAL_FORM)
        canvas.translate(-centre - 1.5, -bottom)
        draw_text(canvas, self.fonts, right, bottom, f"校验码 {self.verification.code}", FURNITURE_SIZE,
                  "right")
        canvas.restoreState()


def _content(summary: Summary) -> dict[str, Any]:
    """What the verification code is derived from: every printed figure and line."""
    return {
        "station": summary.station_name, "period": summary.period.key,
        "sections": {s.key: {r.key: [r.figure.value, r.figure.previous, r.figure.last_year] for r in s.rows}
                     for s in summary.sections},
        "attention": [[a.number, a.text] for a in summary.attention], "trend": summary.trend,
    }


def build_summary_pdf(summary: Summary, font_key: str | None = None) -> BuiltDocument:
    """The summary as PDF bytes (nothing written). StationError if no usable CJK font."""
    fonts = document_fonts(font_key)
    kind = "周报" if summary.period.kind == "week" else "报告"
    title = f"{summary.station_name}工作{kind}"
    check_printable([title, summary.station_name, "↑↓—",
                     *(row.label for s in summary.sections for row in s.rows),
                     *(f"{a.number}{a.text}" for a in summary.attention)], fonts)
    verification = make_verification("weekly_summary", summary.period.key, TEMPLATE_VERSION,
                                     _content(summary))

    def build(v: Verification) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        doc = SummaryDocTemplate(buffer, fonts=fonts, title=f"{title} {summary.period.label}",
                                 header_left=summary.station_name, verification=v)
        pages = doc.render(summary_story(summary, fonts, title))
        return buffer.getvalue(), pages

    return finish_document(verification, build)


def summary_story(summary: Summary, fonts: DocumentFonts, title: str) -> list[Flowable]:
    """The flowables of the report, top to bottom."""
    period = summary.period
    story: list[Flowable] = [
        para(title, "title", fonts),
        para(f"{period.label}（{period.dates_text}）", "seal", fonts),
        *([para(summary.coverage_note, "body", fonts)] if summary.coverage_note else []),
        para(f"环比：{summary.previous.label}　同比：{summary.last_year.label}　"
             f"生成时间：{format_local(summary.generated_at)}", "small", fonts),
        Spacer(1, 3 * mm),
    ]
    for section in summary.sections:
        rows = [row for row in section.rows if not _all_zero(row)]
        story += [*heading(section.title, fonts), _figure_table(rows, fonts, summary.last_year_known)]
        if section.key == "disputes":
            story.append(_charts(summary, fonts))
    if summary.stations:
        story += [*heading("各单位情况（本期）", fonts), _station_table(summary, fonts)]
    story += heading("需要关注的事项（截至生成时）", fonts)
    # Items due after the period belong to a later report: counted, not listed.
    items = [a for a in summary.attention or [] if a.due is None or a.due <= period.last_day]
    later = len(summary.attention or []) - len(items)
    if items:
        body = [[para(text, "cell_head", fonts) for text in ("类别", "编号", "事项", "期限")]]
        body += [[para(a.module, "cell", fonts), para(a.number, "cell", fonts),
                  para(("【逾期】" if a.overdue else "") + mask_sensitive_text(a.text), "cell", fonts),
                  para(a.due.isoformat() if a.due else "", "cell", fonts)] for a in items]
        story.append(table(body, [TEXT_WIDTH * w for w in (0.14, 0.27, 0.44, 0.15)], fonts,
                           [("GRID", (0, 0), (-1, -1), 0.4, LINE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
                           repeatRows=1))
    else:
        story.append(para("无。", "body", fonts))
    if later:
        story.append(para(f"另有 {later} 项期限在本期之后，未列出（见下期报告或“报表导出”页）。",
                          "small", fonts))
    story += [Spacer(1, 12 * mm), KeepTogether([
        para("所长签字：＿＿＿＿＿＿＿＿＿＿　　　　日期：＿＿＿＿年＿＿月＿＿日", "field", fonts),
        para("（本报告中的身份证号、电话号码已作遮蔽处理）", "small", fonts),
        para(f"审计链锚点：{summary.audit_anchor}", "small", fonts)])]
    return story


def _station_table(summary: Summary, fonts: DocumentFonts) -> Flowable:
    heads = ["单位", "报送", *(label for _, _, label, _ in STATION_COLUMNS)]
    body: list[list[Any]] = [[para(h, "cell_head", fonts) for h in heads]]
    lines = [*summary.stations, *([summary.total] if summary.total else [])]
    for line in lines:
        if line.reported:
            cells = [format_number(kind, line.value(key)) for _, key, _, kind in STATION_COLUMNS]
        else:  # no data for the period: a 0 would read as "nothing happened"
            cells = ["未报送"] * len(STATION_COLUMNS)
        state = "" if line is summary.total else line.report_state
        body.append([para(line.name, "cell", fonts), para(state, "cell", fonts),
                     *(para(c, "cell_center", fonts) for c in cells)])
    # Money needs room for "1,234,567.00"; counts and rates do with less.
    shares = [0.2, 0.1, *(0.14 if kind == "money" else 0.09 if kind == "rate" else 0.08
                          for _, _, _, kind in STATION_COLUMNS)]
    widths = [TEXT_WIDTH * share / sum(shares) for share in shares]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, LINE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
    ]
    if summary.total:
        style.append(("BACKGROUND", (0, len(lines)), (-1, len(lines)), colors.Color(0.96, 0.96, 0.96)))
    return table(body, widths, fonts, style, repeatRows=1)


def _all_zero(row: Row) -> bool:
    """Breakdown rows (类别/风险/回访) with nothing in any period are left out to keep a page short."""
    f = row.figure
    return ":" in row.key and not any((f.value, f.previous, f.last_year))


def _figure_table(rows: list[Row], fonts: DocumentFonts, last_year_known: bool = True) -> Flowable:
    heads = ["指标", "本期", "上期", "环比", "去年同期", "同比"]
    body: list[list[Any]] = [[para(h, "cell_head", fonts) for h in heads]]
    for row in rows:
        f = row.figure
        unit = "" if row.kind == "rate" else f"（{row.unit}）"
        year_ago = (display_value(row, f.last_year), change_text(f.change_vs_last_year, points=f.is_rate)) \
            if last_year_known else ("—", "—")  # no records a year ago: not a 0
        cells = [f"{row.label}{unit}", display_value(row, f.value), display_value(row, f.previous),
                 change_text(f.change_vs_previous, points=f.is_rate), *year_ago]
        body.append([para(cells[0], "cell", fonts), *(para(c, "cell_center", fonts) for c in cells[1:])])
    widths = [TEXT_WIDTH * w for w in (0.34, 0.13, 0.13, 0.14, 0.13, 0.13)]
    return table(body, widths, fonts, [
        ("GRID", (0, 0), (-1, -1), 0.4, LINE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ], repeatRows=1)


class _FontDrawing(Drawing):
    """A Drawing that renderPDF starts in `initialFontName` instead of Helvetica."""

    _attrMap = AttrMap(BASE=Drawing, initialFontName=AttrMapValue(isString))


def _drawing(width: float, height: float, fonts: DocumentFonts, caption: str) -> Drawing:
    drawing = _FontDrawing(width, height)
    drawing.initialFontName = fonts.name()  # renderPDF starts the drawing in this font, not Helvetica
    drawing.add(String(width / 2, height - 10, caption, fontName=fonts.name(), fontSize=9,
                       textAnchor="middle"))
    return drawing


def _charts(summary: Summary, fonts: DocumentFonts) -> Flowable:
    """Disputes registered by category (bars) and the 12-week trend (line), side by side."""
    name, half = fonts.name(), TEXT_WIDTH / 2 - 3 * mm
    section = summary.section("disputes")
    categories = [row for row in section.rows if row.key.startswith("category:")]
    bars = _drawing(half, 62 * mm, fonts, "本期登记纠纷（按类别）")
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 22, 42, half - 32, 62 * mm - 62
    chart.data = [[int(row.figure.value or 0) for row in categories]]
    chart.categoryAxis.categoryNames = [row.key.split(":", 1)[1][:2] for row in categories]
    chart.bars[0].fillColor = colors.Color(0.35, 0.5, 0.75)
    _axes(chart, name)
    chart.categoryAxis.labels.angle = 0
    bars.add(chart)
    trend = _drawing(half, 62 * mm, fonts, f"近{len(summary.trend)}周登记纠纷")
    line = HorizontalLineChart()
    line.x, line.y, line.width, line.height = 22, 42, half - 32, 62 * mm - 62
    line.data = [[count for _, count in summary.trend]]
    line.categoryAxis.categoryNames = [key.split("-")[1] for key, _ in summary.trend]
    line.lines[0].strokeColor = colors.Color(0.75, 0.3, 0.25)
    line.lines[0].strokeWidth = 1.5
    _axes(line, name)
    line.categoryAxis.labels.angle = 45
    line.categoryAxis.labels.boxAnchor = "ne"
    trend.add(line)
    return table([[bars, trend]], [TEXT_WIDTH / 2, TEXT_WIDTH / 2], fonts,
                 [("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 6)])


def _axes(chart: Any, font_name: str) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font_name
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([max(series) for series in chart.data if series] + [0])
    chart.valueAxis.valueMax = max(4, top + 1)
    chart.valueAxis.valueStep = max(1, (chart.valueAxis.valueMax + 3) // 4)
