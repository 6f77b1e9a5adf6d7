"""Text that Excel would run as a formula (=HYPERLINK(…), +cmd, -1+1, @SUM(1)) goes in through the
importers and comes out of every .xlsx the app writes as a string cell — never a formula, never an
error value — read back with openpyxl from the written file."""

from __future__ import annotations

import csv
import io
import itertools
from datetime import timedelta
from pathlib import Path

import openpyxl
from hypothesis import example, given, settings
from hypothesis import strategies as st

from station_app.core.actor import Actor
from station_app.core.clock import local_now, local_today
from station_app.hotline import importer as hotline
from station_app.reports.periods import period_containing
from station_app.reports.summary import weekly_summary
from station_app.reports.summary_xlsx import write_summary_xlsx
from station_app.residents import importer as residents
from station_app.residents.exporter import export_residents

FUZZ = settings.get_profile("station-fuzz")
RESIDENT_HEADER = ["姓名", "户主", "住址", "备注", "身份证号"]
ORDER_HEADER = ["工单编号", "受理时间", "来电人", "联系电话", "诉求内容", "诉求类别", "办理时限", "承办单位"]
_names = itertools.count()

# Text exactly as clean_text keeps it (no surrounding blanks, no control characters, no combining marks).
_plain = st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp", "Mn", "Mc", "Me"))
formula_like = st.builds(lambda lead, rest: lead + rest,
                         st.sampled_from(["=", "+", "-", "@", "=+", "＝", "#", "%", "|"]),
                         st.text(_plain, max_size=30))
KNOWN = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(1)", "#N/A", "#DIV/0!",
         "=1+1", '=cmd|"/c calc"!A1', "-", "=", "+86 139"]


def _strings_are_text(path: Path) -> list[str]:
    """Every string in every sheet of `path`, after checking none of them is a formula or an error."""
    found = []
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None or cell.data_type in ("n", "d"):
                    continue
                assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value, cell.data_type)
                found.append(cell.value)
    return found


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    return buffer.getvalue().encode("utf-8")


@settings(FUZZ, max_examples=25)
@given(st.lists(st.tuples(formula_like, formula_like, formula_like, formula_like), min_size=1, max_size=3,
                unique_by=lambda row: row[0]))  # one person per name: rows without ID match by name
@example([tuple(KNOWN[:4]), tuple(KNOWN[4:8])])
def test_imported_formulas_are_exported_as_text(sqlite_admin: Actor, tmp_path: Path,
                                                rows: list[tuple[str, str, str, str]]) -> None:
    """Name, household, address and notes in, the unmasked export out: each value a string cell."""
    number = next(_names)
    source_path = tmp_path / f"居民{number}.csv"
    source_path.write_bytes(_csv(RESIDENT_HEADER, [[*row, ""] for row in rows]))
    source = residents.read_source(source_path)
    report = residents.run_import(sqlite_admin, source, residents.guess_mapping(source.headers))
    assert not report.rejected, report.rejected
    target = tmp_path / f"导出{number}.xlsx"
    export_residents(sqlite_admin, target, unmasked=True)
    exported = set(_strings_are_text(target))
    for row in rows:
        assert set(row) <= exported, (row, exported)


@settings(FUZZ, max_examples=25)
@given(st.lists(formula_like, min_size=2, max_size=6))
@example(KNOWN[:6])
def test_rejects_files_keep_formulas_as_text(sqlite_admin: Actor, tmp_path: Path, values: list[str]) -> None:
    """Rows refused for a bad ID (residents) or a missing number (12345) are saved back as typed."""
    number = next(_names)
    source_path = tmp_path / f"居民{number}.csv"
    header = [*RESIDENT_HEADER[:-1], "身份证号", *(f"={name}" for name in values[:2])]  # headers too
    source_path.write_bytes(_csv(header, [[*values[:4], "123", *values[:2]]]))
    source = residents.read_source(source_path)
    report = residents.run_import(sqlite_admin, source, residents.guess_mapping(source.headers))
    assert len(report.rejected) == 1
    target = tmp_path / f"未导入{number}.xlsx"
    residents.write_rejects(target, report, source)
    assert set(values[:4]) <= set(_strings_are_text(target))

    orders = tmp_path / f"工单{number}.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(ORDER_HEADER)
    workbook.active.append(["", local_now().replace(tzinfo=None), *values[:6]])
    for cell in workbook.active[2]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
    workbook.save(orders)
    source = hotline.read_orders(orders)
    report = hotline.run_import(sqlite_admin, source)
    assert len(report.rejected) == 1
    target = tmp_path / f"未导入工单{number}.xlsx"
    hotline.write_rejects(target, report, source)
    assert set(values[:6]) <= set(_strings_are_text(target))


@settings(FUZZ, max_examples=15)
@given(st.text(st.sampled_from('=+-@HYPERLINK("http://x.cn","点我")SUM(1)|cmd!A0#N/'), min_size=1,
               max_size=40).map(lambda text: "=" + text if text[0] not in "=+-@" else text))
@example('=HYPERLINK("http://x","y")')
@example("@SUM(1)")
def test_an_imported_order_number_stays_text_in_the_weekly_summary(sqlite_admin: Actor, tmp_path: Path,
                                                                   order_number: str) -> None:
    """An overdue order shows its number in the summary's attention sheet; that number came from
    the platform's file, so it is whatever the file said."""
    number = next(_names)
    path = tmp_path / f"工单{number}.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(ORDER_HEADER)
    received = (local_now() - timedelta(days=30)).replace(microsecond=0, tzinfo=None)
    workbook.active.append([order_number, received, "白先生", "13912345678", "反映物业公司乱收费。",
                            "物业管理", "5个工作日", "高力板派出所"])
    workbook.active["A2"].data_type = "s"
    workbook.save(path)
    report = hotline.run_import(sqlite_admin, hotline.read_orders(path))
    assert report.imported + report.unchanged == 1, report.rejected
    summary = weekly_summary(sqlite_admin, period_containing("week", local_today()))
    target = write_summary_xlsx(summary, tmp_path / f"周报{number}.xlsx")
    assert order_number in _strings_are_text(target)
