"""What the page of one record shares across the ledgers (a case, an order, a restitution case):
reading the record (of the stations in scope), the read-only banner for another station's record,
set_detail/reload, and `sig_changed` so the list beside it shows the new state."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from station_app.core.actor import Actor
from ui.common.forms import run_service
from ui.common.station_filter import ReadOnlyBanner


def title_label(name: str, size: int = 18) -> QLabel:
    """The record's number at the top of its page: large, bold, selectable (to copy)."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(f"font-size: {size}px; font-weight: bold;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RecordView(QWidget):
    """Subclasses implement fetch(record_id, stations) and _show()."""

    sig_changed = Signal(object)  # the fresh detail

    def __init__(self, actor: Actor, parent: QWidget | None = None,
                 read_only_note: Callable[[object], str] = lambda _station: "") -> None:
        super().__init__(parent)
        self.actor = actor
        self.detail: Any = None
        self.read_only_note = read_only_note
        self.read_only = ""  # why this record may only be looked at ('' when it may be worked on)
        self.stations: list[uuid.UUID] = []
        self.read_only_banner = ReadOnlyBanner()

    def fetch(self, record_id: uuid.UUID, stations: list[uuid.UUID]) -> Any:
        raise NotImplementedError

    def read(self, record_id: object, stations: Sequence[uuid.UUID] | None = None) -> Any:
        """The record's detail (None after telling the user why not); `stations` is kept."""
        if stations is not None:
            self.stations = list(stations)
        key = uuid.UUID(str(record_id))
        return run_service(self, lambda: self.fetch(key, self.stations))

    def mark_read_only(self) -> None:
        self.read_only = self.read_only_note(self.detail.row.station_id) if self.detail is not None else ""
        self.read_only_banner.show_note(self.read_only)

    def set_detail(self, detail: Any) -> None:
        self.detail = detail
        self._show()
        self.sig_changed.emit(detail)

    def reload(self) -> None:
        if self.detail is not None:
            fresh = self.read(self.detail.id)
            if fresh is not None:
                self.set_detail(fresh)

    def _show(self) -> None:
        raise NotImplementedError
