"""The words of visits and outreach: finding kinds, publicity topics, limits on what is typed."""

from __future__ import annotations

# kind → label. A "dispute" finding is the one that can open a mediation case.
FINDING_KINDS: dict[str, str] = {
    "hazard": "安全隐患",
    "dispute": "矛盾纠纷",
    "opinion": "社情民意",
    "hardship": "困难帮扶",
    "clue": "违法犯罪线索",
    "other": "其他",
}
DISPUTE_KIND = "dispute"

# The usual 普法宣传 topics. The list is open: any topic typed once is offered again afterwards
# (outreach.known_topics), as the station's campaigns change with the season and the county's asks.
TOPICS: tuple[str, ...] = (
    "反电诈",
    "禁毒",
    "交通安全",
    "防溺水",
    "扫黑除恶",
    "民法典",
    "消防安全",
    "防范养老诈骗",
    "校园安全",
    "草原防火",
)
ANTI_FRAUD = "反电诈"

CASE_SOURCE = "走访排查"
MAX_TOPIC_LENGTH = 20
MAX_AUDIENCE = 100_000
MAX_MATERIALS = 10_000
MAX_PEOPLE_PER_VISIT = 200
EVENT_OWNER = "outreach_event"
VISIT_ENTITY = "visit"
