"""The weekly summary, its PDF + XLSX and a yearly report on three years of station data (issue 6).

    python bench/reports.py [--db PATH] [--residents 100000] [--cases 50000] [--patrols 20000]
                            [--weeks 156] [--runs 3]

The database is `station demo --residents R --cases 1000 --weeks 156` (real services: teams,
findings, hotline, restitution, visits, cases in every state), topped up by bulk inserts to the
issue's figures: `station demo` puts every case in the last 60 days and logs 16 patrols a week
(2,500 in three years), so the remaining disputes and patrols are spread over the whole span.
Built once and cached (default /tmp/bench-3y-<residents>-<cases>-<patrols>-<weeks>.sqlite3).

Targets: summary on screen < 1 s; summary + PDF + XLSX < 3 s; yearly summary + PDF + XLSX < 5 s.
Every figure is printed with the SQL statements it issued: a count that grows with the period
or the data (not with the number of sections) would be an N+1 loop.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREEN_S, EXPORT_S, YEAR_S = 1.0, 3.0, 5.0
SERVICE_CASES = 1000  # cases driven through the real workflow by `station demo`


class QueryLog:
    """Counts the statements a block sends through `Database.execute_sql` (every peewee query), by
    shape: the SQL with its parameter lists folded, so one statement run per row shows up as one
    shape with a large count."""

    _LIST = re.compile(r"\?(\s*,\s*\?)+")

    def __init__(self) -> None:
        self.shapes: Counter[str] = Counter()

    @property
    def total(self) -> int:
        return sum(self.shapes.values())

    def top(self, count: int = 3) -> list[tuple[str, int]]:
        return [(shape[:110], times) for shape, times in self.shapes.most_common(count)]


@contextlib.contextmanager
def counting_queries() -> Iterator[QueryLog]:
    from station_app.core import db

    database = db.current()
    log, original = QueryLog(), database.execute_sql

    def execute_sql(sql: str, params: Any = None) -> Any:
        log.shapes[QueryLog._LIST.sub("?…", " ".join(sql.split()))] += 1
        return original(sql, params)

    database.execute_sql = execute_sql
    try:
        yield log
    finally:
        del database.execute_sql


def measure(call: Callable[[], Any], runs: int) -> tuple[float, float, int, Any]:
    """(first run s, median of the next `runs` s, statements per run, last result)."""
    with counting_queries() as log:
        started = time.perf_counter()
        result = call()
        first = time.perf_counter() - started
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return first, statistics.median(times) if times else first, log.total, result


def build_database(path: Path, residents: int, cases: int, patrols: int, weeks: int, seed: int) -> None:
    from station_app.core import db
    from station_app.core.startup import open_database
    from station_app.demo.loader import load_demo

    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    open_database(f"sqlite:///{partial}")
    started = time.perf_counter()
    summary = load_demo(seed=seed, residents=residents, cases=min(cases, SERVICE_CASES), weeks=weeks)
    print(f"  station demo --residents {residents} --cases {min(cases, SERVICE_CASES)} --weeks {weeks}: "
          f"{time.perf_counter() - started:.0f} s, ledgers {summary.ledger_records}", flush=True)
    started = time.perf_counter()
    added_patrols = top_up_patrols(patrols, weeks, seed)
    added_cases = top_up_cases(cases, weeks, seed)
    print(f"  bulk top-up: +{added_patrols} patrols, +{added_cases} disputes over {weeks} weeks: "
          f"{time.perf_counter() - started:.0f} s", flush=True)
    db.close()
    partial.rename(path)


def _insert(model: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 400):
        model.insert_many(rows[start:start + 400]).execute()


def _spread(rng: Any, count: int, weeks: int) -> list[Any]:
    """`count` moments (naive UTC) evenly over the last `weeks` weeks, none in the last day."""
    from station_app.core.clock import utcnow

    now, span = utcnow(), timedelta(weeks=weeks) - timedelta(days=1)
    return [now - timedelta(days=1) - span * ((index + rng.random()) / count) for index in range(count)]


def top_up_patrols(target: int, weeks: int, seed: int) -> int:
    """Bulk patrols (members, a village, sometimes a finding) of the demo teams until `target`."""
    import random
    import uuid

    from station_app.core import db
    from station_app.patrols import models as p
    from station_app.residents.models import Area

    missing = target - p.Patrol.select().count()
    if missing <= 0:
        return 0
    rng = random.Random(seed * 977)
    teams = list(p.PatrolTeam.select())
    members = {team.id: list(p.TeamMember.select().where(p.TeamMember.team == team.id)) for team in teams}
    villages = [area.id for area in Area.select(Area.id).where(Area.kind == "village")]
    station = teams[0].station_id
    patrols, people, places, found = [], [], [], []
    for started in _spread(rng, missing, weeks):
        team = rng.choice(teams)
        patrol_id, ended = uuid.uuid4(), started + timedelta(minutes=rng.randint(60, 480))
        base = {"station": station, "created_at": ended, "updated_at": ended, "version": 1}
        winter = started.month in (11, 12, 1, 2, 3)
        patrols.append(base | {
            "id": patrol_id, "team": team.id, "kind": rng.choice(("routine", "night", "peak", "holiday")),
            "started_at": started, "ended_at": ended, "route": "镇区—嘎查村道",
            "weather": rng.choice(("雪", "晴", "大风")) if winter else rng.choice(("晴", "多云", "雨")),
            "temperature_c": rng.randint(-30, -5) if winter else rng.randint(5, 30),
            "distance_m": rng.randint(2_000, 30_000), "entered_afterwards": True})
        chosen = rng.sample(members[team.id], min(len(members[team.id]), rng.randint(2, 5)))
        people += [base | {"id": uuid.uuid4(), "patrol": patrol_id, "account": m.account_id,
                           "resident": m.resident_id, "is_leader": n == 0} for n, m in enumerate(chosen)]
        places.append(base | {"id": uuid.uuid4(), "patrol": patrol_id, "area": rng.choice(villages)})
        if rng.random() < 0.3:
            found.append(base | {"id": uuid.uuid4(), "patrol": patrol_id, "found_at": started,
                                 "kind": rng.choice(("hazard", "opinion", "help")),
                                 "description": "巡逻中发现（批量生成）", "handling": "已现场处置"})
    with db.transaction():
        for model, rows in ((p.Patrol, patrols), (p.PatrolMember, people), (p.PatrolArea, places),
                            (p.PatrolFinding, found)):
            _insert(model, rows)
    return missing


def _history_state(rng: Any, age_days: float) -> str:
    """Recent cases are still being worked on; older ones have ended (a few drag on)."""
    still_open = 0.7 if age_days < 14 else 0.3 if age_days < 60 else 0.1 if age_days < 90 else 0.01
    if rng.random() < still_open:
        return rng.choice(("registered", "assessed", "mediating", "agreed", "performing", "followed_up"))
    return rng.choices(("closed", "failed", "withdrawn", "not_mediable"), (65, 20, 10, 5))[0]


def top_up_cases(target: int, weeks: int, seed: int) -> int:
    """Bulk disputes over the span until `target`: two parties, a risk assessment and session once
    past registration, a signed agreement and a done follow-up when closed, a warning when high."""
    import json
    import random
    import uuid

    from station_app.core import db
    from station_app.core.clock import to_local, utcnow
    from station_app.mediation import models as m
    from station_app.mediation.vocab import CATEGORIES, SOURCES
    from station_app.residents.models import Resident
    from station_app.settings.service import format_number, load_settings
    from station_app.station.service import home_station

    missing = target - m.DisputeCase.select().count()
    if missing <= 0:
        return 0
    rng, now, settings, station = random.Random(seed * 499), utcnow(), load_settings(), home_station()
    residents = [row for (row,) in Resident.select(Resident.id).tuples()]
    last = {(c.kind, c.year): c.last for c in m.NumberCounter.select()}

    def number(kind: str, year: int) -> tuple[int, str]:
        last[(kind, year)] = sequence = last.get((kind, year), 0) + 1
        template = {"case": settings.case_number_format, "police": settings.police_agreement_number_format,
                    "people": settings.people_agreement_number_format}[kind]
        return sequence, format_number(template, station=station.name, county=station.county, year=year,
                                       seq=sequence)

    rows: dict[Any, list[dict[str, Any]]] = {model: [] for model in (
        m.DisputeCase, m.CaseParty, m.RiskAssessment, m.MediationSession, m.Agreement, m.FollowUp,
        m.EarlyWarning)}
    for reported in sorted(_spread(rng, missing, weeks)):
        state = _history_state(rng, (now - reported).total_seconds() / 86400)
        ended = state in ("closed", "failed", "withdrawn", "not_mediable")
        closed = min(reported + timedelta(days=rng.randint(1, 30)), now) if ended else None
        year = to_local(reported).year
        sequence, case_number = number("case", year)
        risk = "" if state == "registered" else rng.choices(("低", "中", "高", "重大"), (50, 30, 15, 5))[0]
        case_id, category = uuid.uuid4(), rng.choice(CATEGORIES)
        base = {"station": station.id, "created_at": reported, "updated_at": closed or reported, "version": 1}
        link = base | {"case": case_id}
        rows[m.DisputeCase].append(base | {
            "id": case_id, "year": year, "sequence": sequence, "case_number": case_number,
            "source": rng.choice(SOURCES), "reported_at": reported, "category": category,
            "summary": f"{category}：历史案件（批量生成）", "state": state, "risk_level": risk,
            "closed_at": closed if state in ("closed", "failed") else None, "registered_by": "admin"})
        rows[m.CaseParty] += [link | {"id": uuid.uuid4(), "resident": resident, "position": position}
                              for position, resident in enumerate(rng.sample(residents, 2))]
        if risk:
            rows[m.RiskAssessment].append(link | {"id": uuid.uuid4(), "level": risk, "assessed_by": "admin",
                                                  "assessed_at": reported, "factors": "[]"})
            rows[m.MediationSession].append(link | {"id": uuid.uuid4(), "started_at": reported,
                                                    "place": "调解室", "outcome": "双方同意协商解决。"})
        if risk in ("高", "重大"):
            rows[m.EarlyWarning].append(link | {"id": uuid.uuid4(), "recipient": "镇综治中心",
                                                "content": "预警", "sent_at": reported, "sent_by": "admin"})
        if state == "closed":
            kind = rng.choice(("police", "people"))
            signed = to_local(closed).date()
            agreement_sequence, agreement_number = number(kind, signed.year)
            rows[m.Agreement].append(link | {
                "id": uuid.uuid4(), "kind": kind, "year": signed.year, "sequence": agreement_sequence,
                "number": agreement_number, "terms": json.dumps([{"text": "赔礼道歉"}], ensure_ascii=False),
                "agreement_date": signed, "signed_on": signed, "performed": True})
            rows[m.FollowUp].append(link | {"id": uuid.uuid4(), "due_on": signed + timedelta(days=15),
                                            "done_at": closed, "performed": True, "satisfaction": "满意"})
    with db.transaction():
        for model, batch in rows.items():
            _insert(model, batch)
        for (kind, year), value in last.items():
            m.NumberCounter.insert(station=station.id, kind=kind, year=year, last=value).on_conflict(
                conflict_target=[m.NumberCounter.station, m.NumberCounter.kind, m.NumberCounter.year],
                update={m.NumberCounter.last: value}).execute()
    return missing


def table_counts() -> dict[str, int]:
    from station_app.exchange.bundle import station_models

    return {model._meta.table_name: model.select().count() for model in station_models()}


def breakdown(actor: Any, period: Any, runs: int) -> None:
    """Where a summary's time goes: each section over its three periods, the trend, the attention
    list. A part whose statement count grows with the period would be an N+1 loop."""
    from station_app.reports import summary
    from station_app.reports.numbers import SECTION_NUMBERS, registered_per_week
    from station_app.reports.periods import weeks_ending

    compared = (period, period.previous(), period.last_year())
    bounds = [(week.start_utc, week.end_utc) for week in weeks_ending(period, summary.TREND_WEEKS)]
    parts: dict[str, Callable[[], Any]] = {
        f"{key} ×3 periods": lambda f=compute: [f(actor.station_id, p.start_utc, p.end_utc) for p in compared]
        for key, compute in SECTION_NUMBERS.items()}
    parts["trend (12 weeks)"] = lambda: registered_per_week(actor.station_id, bounds)
    parts["attention list"] = lambda: summary._attention(actor, [actor.station_id])
    print(f"where the time goes, {period.key}:")
    for label, call in parts.items():
        _, warm, queries, _ = measure(call, runs)
        with counting_queries() as log:
            call()
        shape, times = log.top(1)[0] if log.total else ("", 0)
        print(f"  {label:<40}{warm:>10.3f} s{queries:>6} queries, most repeated {times}×")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="cached SQLite database (built if missing)")
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--patrols", type=int, default=20_000)
    parser.add_argument("--weeks", type=int, default=156)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from station_app.core import db, paths

    paths.set_data_dir(tempfile.mkdtemp(prefix="station-bench-"))
    path = args.db or Path(tempfile.gettempdir()) / (
        f"bench-3y-{args.residents}-{args.cases}-{args.patrols}-{args.weeks}.sqlite3")
    if not path.exists():
        print(f"building {path} …", flush=True)
        started = time.perf_counter()
        build_database(path, args.residents, args.cases, args.patrols, args.weeks, args.seed)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)

    from station_app.core.actor import command_line_actor
    from station_app.core.clock import local_today
    from station_app.core.startup import open_database
    from station_app.reports.periods import period_containing
    from station_app.reports.summary import weekly_summary
    from station_app.reports.summary_pdf import build_summary_pdf
    from station_app.reports.summary_xlsx import summary_workbook
    from station_app.station.service import home_station

    open_database(f"sqlite:///{path}")
    station = home_station()
    assert station is not None
    actor = command_line_actor(station.id)
    counts = table_counts()
    print(f"{path} ({path.stat().st_size / 2**20:.0f} MiB): {counts['resident']} residents, "
          f"{counts['dispute_case']} disputes, {counts['patrol']} patrols, {counts['hotline_order']} hotline "
          f"orders, {counts['visit']} visits, {sum(counts.values())} station records in all")

    today = local_today()
    periods = {
        "this week": period_containing("week", today),
        "last week": period_containing("week", today - timedelta(days=7)),
        "week 2 years ago": period_containing("week", today - timedelta(days=730)),
        "last year": period_containing("year", date(today.year - 1, 6, 1)),
        "this year (to date)": period_containing("year", today),
    }

    def export(summary: Any) -> tuple[int, int]:
        pdf = build_summary_pdf(summary)
        buffer = io.BytesIO()
        summary_workbook(summary).save(buffer)
        return pdf.page_count, len(buffer.getvalue())

    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores "
          "(other work on the machine slows every figure)")
    print(f"first = first call after opening (cold caches, fonts); median of {args.runs} warm runs after it")
    print(f"{'figure':<42}{'first s':>9}{'median s':>10}{'queries':>9}   target")
    missed = False
    # Cold first: the screen figure is what an officer waits for on opening the page.
    for label, period in periods.items():
        limit = SCREEN_S if period.kind == "week" else YEAR_S
        first, warm, queries, summary = measure(lambda p=period: weekly_summary(actor, p), args.runs)
        registered = summary.section("disputes").row("registered").figure.value
        patrolled = summary.section("patrols").row("patrols").figure.value
        ok = max(first, warm) < limit
        missed |= not ok
        print(f"{f'summary {label} {period.key}':<42}{first:>9.3f}{warm:>10.3f}{queries:>9}   "
              f"<{limit:g} s {'target met' if ok else 'target NOT met'}  ({registered} disputes, "
              f"{patrolled} patrols, {len(summary.attention)} attention rows)")
        first, warm, queries, (pages, size) = measure(lambda s=summary: export(s), args.runs)
        print(f"{'  PDF + XLSX of it':<42}{first:>9.3f}{warm:>10.3f}{queries:>9}   ({pages} pages, "
              f"xlsx {size // 1024} KiB)")
        first, warm, queries, _ = measure(lambda p=period: export(weekly_summary(actor, p)), args.runs)
        limit = EXPORT_S if period.kind == "week" else YEAR_S
        ok = max(first, warm) < limit
        missed |= not ok
        print(f"{'  summary + PDF + XLSX':<42}{first:>9.3f}{warm:>10.3f}{queries:>9}   "
              f"<{limit:g} s {'target met' if ok else 'target NOT met'}")
    for label in ("last week", "last year"):
        breakdown(actor, periods[label], args.runs)
    db.close()
    print("all targets met" if not missed else "some targets NOT met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
