"""What the kill test checks in the database after each kill: every write whole or absent, every
record with exactly the audit entries its use case wrote, nothing that no child wrote.

`State.load()` reads the open database in a few bulk queries (it grows to tens of thousands of
residents over a run; a query per record would dominate the test's time).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import peewee
from writer_child import IMPORT_NOTE, STANDING_GRID, id_number_of

from station_app.audit.models import AuditEntry
from station_app.mediation.models import CaseParty, DisputeCase, NumberCounter
from station_app.patrols.models import Patrol, PatrolArea, PatrolMember
from station_app.residents.models import Area, Resident


@dataclass
class State:
    by_id_number: dict[str, tuple[str, str, int]]  # ID number -> (id, notes, version); not imported
    by_id: dict[str, tuple[str, int]]  # resident id -> (notes, version); not imported
    imported: Counter  # import key -> residents carrying it in their notes
    audits: Counter  # (action, entity id) -> entries
    import_audits: dict[str, list[dict]]  # file -> the extras of its resident.import entries
    cases: dict[str, tuple[str, str]]  # key (end of the summary) -> (id, case number)
    numbers: list[tuple[str, int, int, str]]  # (id, year, sequence, case number)
    parties: dict[str, list[tuple[int, str]]]  # case id -> (position, resident id)
    counters: dict[int, int]  # year -> last case number taken
    patrols: dict[str, str]  # key (its note) -> patrol id
    members: Counter  # patrol id -> people on it; (patrol id, "leader") -> leaders
    patrol_areas: Counter
    area_names: set[str]

    @classmethod
    def load(cls) -> State:
        marker = f"{IMPORT_NOTE} %"
        by_id_number, by_id = {}, {}
        for rid, id_number, notes, version in Resident.select(
                Resident.id, Resident.id_number, Resident.notes, Resident.version
        ).where(~(Resident.notes ** marker)).tuples():
            by_id[str(rid)] = (notes, version)
            if id_number:
                by_id_number[id_number] = (str(rid), notes, version)
        count = peewee.fn.COUNT(peewee.SQL("*"))
        imported = Counter({notes.split(" ", 1)[1]: n for notes, n in Resident.select(Resident.notes, count)
                            .where(Resident.notes ** marker).group_by(Resident.notes).tuples()})
        audits, import_audits = Counter(), {}
        for action, entity_id, changes in AuditEntry.select(
                AuditEntry.action, AuditEntry.entity_id, AuditEntry.changes).tuples():
            audits[action, entity_id] += 1
            if action == "resident.import":
                extra = json.loads(changes)["extra"]
                import_audits.setdefault(extra["file"], []).append(extra)
        numbers, cases = [], {}
        for cid, year, sequence, number, summary in DisputeCase.select(
                DisputeCase.id, DisputeCase.year, DisputeCase.sequence, DisputeCase.case_number,
                DisputeCase.summary).tuples():
            numbers.append((str(cid), year, sequence, number))
            cases[summary.rsplit(" ", 1)[-1]] = (str(cid), number)
        parties: dict[str, list[tuple[int, str]]] = {}
        for cid, position, rid in CaseParty.select(
                CaseParty.case, CaseParty.position, CaseParty.resident).tuples():
            parties.setdefault(str(cid), []).append((position, str(rid)))
        members, patrol_areas = Counter(), Counter()
        for pid, leads in PatrolMember.select(PatrolMember.patrol, PatrolMember.is_leader).tuples():
            members[str(pid)] += 1
            members[str(pid), "leader"] += bool(leads)
        for (pid,) in PatrolArea.select(PatrolArea.patrol).tuples():
            patrol_areas[str(pid)] += 1
        return cls(
            by_id_number, by_id, imported, audits, import_audits, cases, numbers, parties,
            dict(NumberCounter.select(NumberCounter.year, NumberCounter.last)
                 .where(NumberCounter.kind == "case").tuples()),
            {note: str(pid) for pid, note in Patrol.select(Patrol.id, Patrol.note).tuples()},
            members, patrol_areas, {name for (name,) in Area.select(Area.name).tuples()},
        )

    def audited(self, action: str) -> Counter:
        return Counter({entity: n for (act, entity), n in self.audits.items() if act == action})

    def check_totals(self, begun: Mapping[str, dict], present: Mapping[str, bool]) -> None:
        """Nothing exists that no use case wrote; every record has exactly its one audit entry.
        `present`: every begun key -> whether its write is in the database."""
        created = self.audited("resident.create")
        assert set(created.values()) <= {1}, "a resident audited as created twice"
        assert set(created) == set(self.by_id), "residents and resident.create entries differ"
        updated = self.audited("resident.update")
        assert set(updated.values()) <= {1}, "a resident audited as updated twice"
        assert set(updated) == {rid for rid, (_, version) in self.by_id.items() if version > 1}, \
            "corrected residents and resident.update entries differ"
        imports = {key for key, record in begun.items() if record["kind"] == "import" and present[key]}
        assert set(self.imported) == imports, "imported rows without their import"
        assert sum(map(len, self.import_audits.values())) == len(imports), "an import audited twice"
        opened = self.audited("case.open")
        assert set(opened.values()) <= {1}, "a case audited as opened twice"
        assert set(opened) == {cid for cid, *_ in self.numbers}, "cases and case.open entries differ"
        assert set(self.cases) <= set(begun), "a case no child registered"
        by_year: dict[int, list[int]] = {}
        for _, year, sequence, _ in self.numbers:
            by_year.setdefault(year, []).append(sequence)
        for year, sequences in by_year.items():
            assert sorted(sequences) == list(range(1, len(sequences) + 1)), f"a gap in {year}'s case numbers"
            assert self.counters.get(year) == len(sequences), f"the case counter of {year} is off"
        assert len({number for *_, number in self.numbers}) == len(self.numbers), "a case number twice"
        logged = self.audited("patrol.log")
        assert set(logged.values()) <= {1}, "a patrol audited as logged twice"
        assert set(logged) == set(self.patrols.values()), "patrols and patrol.log entries differ"
        assert set(self.patrols) <= set(begun), "a patrol no child logged"
        logins = sum(self.audited("login").values())
        tried = [key for key, record in begun.items() if record["kind"] == "login"]
        assert sum(present[key] for key in tried) <= logins <= len(tried), "login entries"


def _resident(state: State, record: dict) -> bool:
    return id_number_of(record["unique"]) in state.by_id_number  # its audit entry: check_totals


def _update(state: State, record: dict) -> bool:
    notes, version = state.by_id[record["resident"]]  # created by an earlier, committed write
    present = notes == record["key"]
    assert (notes, version) in (("", 1), (record["key"], 2)), f"half a correction: {notes!r} v{version}"
    return present


def _case(state: State, record: dict) -> bool:
    party = state.by_id_number.get(id_number_of(record["unique"]))
    found = state.cases.get(record["key"])
    if found is None:
        assert party is None, "the case is gone but the party registered with it stayed"
        return False
    cid, number = found
    assert number, "a case without its number"
    assert party is not None, "a case without the party registered with it"
    assert sorted(state.parties.get(cid, [])) == [(0, party[0]), (1, record["other"])], "parties missing"
    return True


def _patrol(state: State, record: dict) -> bool:
    pid = state.patrols.get(record["key"])
    if pid is None:
        return False
    found = (state.members[pid], state.members[pid, "leader"], state.patrol_areas[pid])
    assert found == (2, 1, 1), f"a patrol without its people or area: {found}"
    return True


def _import(state: State, record: dict) -> bool:
    rows, audits = state.imported[record["key"]], state.import_audits.get(record["file"], [])
    grid_there = record["grid"] in state.area_names
    new_grid = record["grid"] != STANDING_GRID
    if rows == 0:
        assert not audits and not (new_grid and grid_there), "an import's audit or new grid without its rows"
        return False
    assert rows == record["rows"], f"half an import: {rows} of {record['rows']} rows"
    assert [entry["imported"] for entry in audits] == [rows], f"the import's audit entry: {audits}"
    assert grid_there, "an import without its new grid"
    return True


def _login(state: State, record: dict) -> bool | None:
    return None  # a login leaves no key of its own: check_totals counts the entries


CHECKS: dict[str, Callable[[State, dict], bool | None]] = {
    "resident": _resident, "update": _update, "case": _case, "patrol": _patrol, "import": _import,
    "login": _login,
}
