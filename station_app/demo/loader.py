"""`station demo`: fill a database with realistic, deterministic records for trying the app.

Later modules add their records here (residents, disputes, patrols …).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from station_app.accounts import permissions
from station_app.accounts.models import Account
from station_app.accounts.service import create_account
from station_app.core.actor import Actor, command_line_actor
from station_app.demo.people import generate_people
from station_app.station.service import home_station, initialise_station

DEMO_PASSWORD = "Demo1234"
DEMO_STATION = {"code": "152222-GLB", "name": "高力板派出所", "county": "科右中旗", "town": "高力板镇"}
# One chief, then officers, auxiliaries and grid workers as at a rural station; one read-only.
_ROLE_CYCLE = ("chief", "officer", "officer", "auxiliary", "grid_worker", "officer", "auxiliary",
               "readonly", "grid_worker", "officer")


@dataclass
class DemoSummary:
    station: str
    station_created: bool
    accounts_created: list[str] = field(default_factory=list)
    password: str = DEMO_PASSWORD

    def describe(self) -> str:
        lines = [f"演示数据已载入：{self.station}"]
        if self.station_created:
            lines.append(f"新建本所与管理员 admin（密码 {self.password}）")
        lines.append(f"新增账户 {len(self.accounts_created)} 个：{'、'.join(self.accounts_created) or '无'}"
                     f"（演示密码均为 {self.password}，正式使用前请修改）")
        return "\n".join(lines)


def load_demo(seed: int = 1, accounts: int = 8, actor: Actor | None = None) -> DemoSummary:
    """Add demo records; running it again with the same seed adds nothing twice."""
    station = home_station()
    created = station is None
    if station is None:
        initialise_station(DEMO_STATION["code"], DEMO_STATION["name"], DEMO_STATION["county"],
                           DEMO_STATION["town"], "admin", "演示管理员", DEMO_PASSWORD)
        station = home_station()
    assert station is not None
    actor = actor or command_line_actor(station.id)
    permissions.require(actor, "demo.load")
    summary = DemoSummary(station.name, created)
    existing = {name for (name,) in Account.select(Account.username).tuples()}
    for index, person in enumerate(generate_people(seed, accounts)):
        role = _ROLE_CYCLE[index % len(_ROLE_CYCLE)]
        username = f"{role.replace('_', '')}{index + 1:02d}"
        if username in existing:
            continue
        police_number = "" if role in ("grid_worker", "readonly") else f"15{seed % 100:02d}{index:02d}"
        create_account(actor, username, person.name, role, DEMO_PASSWORD, police_number)
        summary.accounts_created.append(username)
    return summary
