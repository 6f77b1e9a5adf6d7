"""Accounts of the people who use the app (table `account`: `user` is reserved in PostgreSQL)."""

from __future__ import annotations

import peewee

from station_app.core.models import StationRecord


class Account(StationRecord):
    username = peewee.CharField(max_length=32)
    full_name = peewee.CharField(max_length=64)
    role = peewee.CharField(max_length=16)
    police_number = peewee.CharField(max_length=16, default="")
    password_hash = peewee.CharField(max_length=255)
    is_active = peewee.BooleanField(default=True)
    must_change_password = peewee.BooleanField(default=False)
    failed_logins = peewee.IntegerField(default=0)
    locked_until = peewee.DateTimeField(null=True)
    last_login_at = peewee.DateTimeField(null=True)

    class Meta:
        indexes = ((("station", "username"), True),)
