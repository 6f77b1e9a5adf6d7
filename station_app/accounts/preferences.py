"""Each user's own interface language, over the station's default (settings.language).

A preference of the person at this PC, not a station record: it is not journalled and never
travels to the county. Anyone may choose their own language; it takes effect at once.
"""

from __future__ import annotations

import peewee

from station_app.audit import chain as audit
from station_app.core import db
from station_app.core.actor import Actor
from station_app.core.clock import utcnow
from station_app.core.errors import ValidationError
from station_app.core.models import BaseModel
from station_app.settings.service import LANGUAGES, load_settings


class AccountPreference(BaseModel):
    account_id = peewee.UUIDField(primary_key=True)
    language = peewee.CharField(max_length=8)
    updated_at = peewee.DateTimeField()


def own_language(actor: Actor) -> str:
    """The language this user chose, or "" when they follow the station's default."""
    if actor.user_id is None:
        return ""
    row = AccountPreference.get_or_none(AccountPreference.account_id == actor.user_id)
    return row.language if row is not None and row.language in LANGUAGES else ""


def language_for(actor: Actor) -> str:
    """The interface language of this user: their own choice, else the station's default."""
    return own_language(actor) or load_settings().language


def set_own_language(actor: Actor, language: str) -> str:
    """Choose this user's language ("" = follow the station's default). Returns the language now
    in effect. Raises ValidationError for an unknown language."""
    if language and language not in LANGUAGES:
        raise ValidationError.single("own_language", "请选择 中文 或 English。")
    if actor.user_id is None:
        raise ValidationError.single("own_language", "命令行没有自己的界面语言。")
    with db.transaction():
        before = own_language(actor)
        if language:
            AccountPreference.insert(account_id=actor.user_id, language=language, updated_at=utcnow()
                                     ).on_conflict(conflict_target=[AccountPreference.account_id],
                                                   update={AccountPreference.language: language,
                                                           AccountPreference.updated_at: utcnow()}).execute()
        else:
            AccountPreference.delete().where(AccountPreference.account_id == actor.user_id).execute()
        audit.record(actor, "account.language", "account", actor.user_id, {"language": before},
                     {"language": language})
    return language_for(actor)
