"""The station filter of every ledger page at a county bureau: 全部单位, 本所 or one station.

Shown only where the database holds other stations' records (their imported bundles); a
station's own PC never sees it. The records of another station are shown read-only.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from station_app.core.scope import StationChoice, stations_here


class StationFilter(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station_filter")
        self.setToolTip(self.tr("查看哪个单位的记录（其他单位报送的记录只能查看）"))
        self.choices: list[StationChoice] = []
        self.reload()

    def reload(self) -> None:
        """Read the stations again (a bundle imported since); keeps the current choice."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.choices = stations_here()
        home = next((choice for choice in self.choices if choice.is_home), None)
        others = [choice for choice in self.choices if not choice.is_home]
        if others:
            self.addItem(self.tr("全部单位"), "all")
            if home is not None:
                self.addItem(self.tr("本所（{name}）").replace("{name}", home.name), str(home.id))
            for choice in others:
                self.addItem(choice.name, str(choice.id))
        index = self.findData(chosen) if chosen else 0
        self.setCurrentIndex(max(index, 0))
        self.setVisible(bool(others))
        self.blockSignals(False)

    @property
    def home_id(self) -> uuid.UUID | None:
        return next((choice.id for choice in self.choices if choice.is_home), None)

    def scope(self) -> list[uuid.UUID]:
        """The station ids to read (empty: the actor's own, as on a station's PC)."""
        chosen = self.currentData()
        if not chosen:
            return []
        if chosen == "all":
            return [choice.id for choice in self.choices]
        return [uuid.UUID(chosen)]

    def every(self) -> list[uuid.UUID]:
        """Every station of this database (a record opened from anywhere, e.g. the dashboard)."""
        return [choice.id for choice in self.choices]

    def covers_others(self) -> bool:
        return any(station != self.home_id for station in self.scope())

    def names(self) -> dict[str, str]:
        return {str(choice.id): choice.name for choice in self.choices}

    def is_home(self, station_id: object) -> bool:
        """True for a record of this database's own station (or one without a station)."""
        return station_id is None or self.home_id is None or str(station_id) == str(self.home_id)

    def read_only_note(self, station_id: object) -> str:
        """'' for this station's own record; for another's, the banner its page shows."""
        if self.is_home(station_id):
            return ""
        name = self.names().get(str(station_id), self.tr("其他单位"))
        return self.tr("只读：这是{station}报送的记录，本库只能查看，不能修改、办理或打印给当事人签字。"
                       ).replace("{station}", name)

    def choose(self, station_id: object) -> None:
        self.setCurrentIndex(max(self.findData(str(station_id)), 0))


class ReadOnlyBanner(QLabel):
    """A strip above a record of another station saying it is read-only; hidden otherwise."""

    STYLE = "background: #fff4e5; color: #7a4100; padding: 4px 8px; border-radius: 3px;"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setWordWrap(True)
        self.setStyleSheet(self.STYLE)
        self.hide()

    def show_note(self, note: str) -> None:
        self.setText(note)
        self.setVisible(bool(note))
