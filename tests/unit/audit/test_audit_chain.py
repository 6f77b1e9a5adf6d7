"""The audit trail: every write appends an entry; the chain exposes any edit; rows are immutable."""

import json

import peewee
import pytest

from station_app.accounts import service as accounts
from station_app.audit import chain
from station_app.audit.models import AuditEntry
from station_app.core import db
from station_app.core.errors import ValidationError


def test_chain_links_every_entry(admin) -> None:
    accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    accounts.login("cuixl", "Police2026")
    report = chain.verify_chain()
    assert report.ok and report.entries_checked == 4
    entries = list(AuditEntry.select().order_by(AuditEntry.seq))
    assert entries[0].prev_hash == chain.GENESIS_HASH
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(entries, entries[1:], strict=False))


def test_entry_records_who_what_and_the_change(admin) -> None:
    info = accounts.create_account(admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    accounts.update_account(admin, info.id, info.version, "崔鑫龙", "chief")
    entry = chain.recent_entries(1)[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("account.update", "account", str(info.id))
    assert (entry.username, entry.user_id) == ("admin", admin.user_id)
    assert json.loads(entry.changes)["changes"] == {"role": ["officer", "chief"]}


def test_personal_numbers_are_masked_in_changes() -> None:
    changes = chain.describe_changes(
        {"id_number": "152222199001011234", "phone": "13912345678"},
        {"id_number": "15222219900101123X", "phone": "13987654321", "password": "Secret123"},
    )
    assert changes["id_number"] == ["152222********1234", "152222********123X"]
    assert changes["phone"] == ["139****5678", "139****4321"]
    assert changes["password"] == [None, "***"]


def test_database_refuses_to_change_or_delete_entries(admin) -> None:
    for statement in (AuditEntry.update(username="mallory"), AuditEntry.delete()):
        with pytest.raises(peewee.DatabaseError, match="append-only"), db.transaction():
            statement.execute()
    assert chain.verify_chain().ok


def _tamper(sql: str) -> None:
    """Bypass the triggers the way someone with the file and a SQLite shell could."""
    database = db.current()
    database.execute_sql("DROP TRIGGER audit_entry_no_update")
    database.execute_sql("DROP TRIGGER audit_entry_no_delete")
    database.execute_sql(sql)


def test_verify_names_the_first_edited_entry(sqlite_admin) -> None:
    accounts.create_account(sqlite_admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    _tamper("UPDATE audit_entry SET username = 'someone' WHERE seq = 2")
    report = chain.verify_chain()
    assert (report.ok, report.first_broken_seq) == (False, 2)
    assert "被改动" in report.problem


def test_verify_names_the_entry_after_a_deleted_one(sqlite_admin) -> None:
    accounts.create_account(sqlite_admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    _tamper("DELETE FROM audit_entry WHERE seq = 2")
    report = chain.verify_chain()
    assert (report.ok, report.first_broken_seq) == (False, 3)
    assert "不衔接" in report.problem


def test_failed_service_leaves_no_audit_entry(admin) -> None:
    before = chain.count_entries()
    with pytest.raises(ValidationError):
        accounts.create_account(admin, "admin", "重名", "officer", "Police2026")
    assert chain.count_entries() == before


def _rewrite_history_from(seq: int) -> None:
    """Someone with the file edits an old entry and recomputes every later hash: the chain is
    consistent again, so only an anchor that left the station can tell."""
    _tamper(f"UPDATE audit_entry SET username = 'someone' WHERE seq = {seq}")
    prev = chain.AuditEntry.get(chain.AuditEntry.seq == seq - 1).hash if seq > 1 else chain.GENESIS_HASH
    for entry in chain.AuditEntry.select().where(chain.AuditEntry.seq >= seq).order_by(chain.AuditEntry.seq):
        new_hash = chain._entry_hash(prev, chain._content(entry))
        db.current().execute_sql("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?",
                                 (prev, new_hash, entry.seq))
        prev = new_hash


def test_an_anchor_detects_a_rewritten_history(sqlite_admin) -> None:
    accounts.create_account(sqlite_admin, "cuixl", "崔鑫龙", "officer", "Police2026")
    anchor = chain.chain_head()
    accounts.create_account(sqlite_admin, "wangf", "王芳", "officer", "Police2026")
    report = chain.verify_chain(anchor=anchor.text)
    assert report.ok and report.anchor_seq == anchor.seq
    assert chain.verify_chain(anchor=anchor.hash[:16].upper()).anchor_seq == anchor.seq
    assert chain.verify_chain(anchor=anchor.text.lstrip("#")).anchor_seq == anchor.seq  # typed without #
    _rewrite_history_from(2)
    assert chain.verify_chain().ok  # consistent on its own …
    rewritten = chain.verify_chain(anchor=anchor.text)
    assert not rewritten.ok and "被改写" in rewritten.problem  # … but the printed anchor is gone
    with pytest.raises(ValueError, match="十六进制"):
        chain.verify_chain(anchor="12ab")


def test_cli_verifies_against_an_anchor(sqlite_admin, sqlite_url, capsys) -> None:
    from station_app.cli.main import main
    from tests.cli_login import logged_in

    anchor = chain.chain_head()
    db.close()
    assert main(logged_in(["--db", sqlite_url, "audit", "verify", "--anchor", anchor.hash])) == 0
    assert "锚点是第" in capsys.readouterr().out
    assert main(logged_in(["--db", sqlite_url, "audit", "verify", "--anchor", "f" * 64])) == 1
    assert "不在本库的审计链中" in capsys.readouterr().out
    assert main(logged_in(["--db", sqlite_url, "audit", "verify", "--anchor", "xyz"])) == 2
