"""Password hashing (argon2id, OWASP parameters) and the password rule."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1. It is the minimum they list
# and also what an old 4 GB station PC hashes in well under a second.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)

MIN_LENGTH = 8
RULE = f"密码至少 {MIN_LENGTH} 位，须同时包含字母和数字，且不能与用户名相同。"


def password_problem(password: str, username: str = "") -> str | None:
    """Why `password` breaks the rule (Chinese), or None if it is acceptable."""
    if not password:
        return f"请填写密码。{RULE}"
    if len(password) < MIN_LENGTH:
        return f"密码太短（{len(password)} 位）。{RULE}"
    if not re.search(r"[A-Za-z]", password) or not re.search(r"\d", password):
        return f"密码须同时包含字母和数字。{RULE}"
    if username and password.lower() == username.lower():
        return f"密码不能与用户名相同。{RULE}"
    if password != password.strip():
        return "密码首尾不能有空格。"
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
