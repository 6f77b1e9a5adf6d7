"""普法宣传 tab: the events (newest first) and, beside them, the one selected with its photos.
Enter on a photo opens it with the system's viewer; photos are copied in off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.visits import outreach
from station_app.visits.views import EventDetail, EventRow
from ui.common.core_text import core_text
from ui.common.errors import show_error
from ui.common.forms import run_dialog
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.record_view import title_label
from ui.common.records import RecordsModel
from ui.common.station_filter import ReadOnlyBanner
from ui.common.tasks import run_task
from ui.mediation.attachments import open_attachment
from ui.visits.labels import fill
from ui.visits.list_pane import ListDetailTab

COLUMNS = (
    QT_TRANSLATE_NOOP("EventsTab", "日期"),
    QT_TRANSLATE_NOOP("EventsTab", "地点"),
    QT_TRANSLATE_NOOP("EventsTab", "主题"),
    QT_TRANSLATE_NOOP("EventsTab", "受众"),
    QT_TRANSLATE_NOOP("EventsTab", "民警"),
    QT_TRANSLATE_NOOP("EventsTab", "照片"),
)
WIDTHS = (90, 210, 160, 56, 70, 40)
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole
THUMBNAIL = QSize(160, 120)


def _texts(row: EventRow) -> tuple[str, ...]:
    return (row.held_on.isoformat(), row.place, core_text("、".join(row.topics)), str(row.audience),
            row.officer_name, str(row.photos) if row.photos else "")


def thumbnail(path: Path) -> QIcon:
    """A small picture of a stored photo, decoded at thumbnail size (a phone photo is 3-5 MB: the
    reader scales while decoding instead of loading it whole). Empty if it cannot be read."""
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


def attach_photos(parent: QWidget, actor: Actor, event_id: object, paths: Sequence[str],
                  done: Callable[[], None]) -> None:
    """Copy `paths` into the event's photos in the background, then call `done()` on the GUI thread.
    Photos copied before a failure are kept; the failure is told plainly."""
    if not paths:
        return

    def work(progress, cancelled) -> int:  # noqa: ANN001 (task callbacks)
        for index, path in enumerate(paths):
            if cancelled():
                break
            progress(index / len(paths), Path(path).name)
            outreach.attach_photo(actor, event_id, path)
        return len(paths)

    def failed(exc: BaseException) -> None:
        done()
        show_error(parent, exc)

    run_task(parent, QCoreApplication.translate("EventsTab", "正在保存照片…"), work,
             on_done=lambda _count: done(), on_failed=failed)


class EventDetailPane(QWidget):
    def __init__(self, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: EventDetail | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 0, 0, 0)
        self.header = title_label("event_header", 15)
        self.header.setWordWrap(True)
        column.addWidget(self.header)
        self.read_only_banner = ReadOnlyBanner()
        column.addWidget(self.read_only_banner)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        rows = (("place", self.tr("地点")), ("topics", self.tr("主题")), ("audience", self.tr("受众")),
                ("officer", self.tr("负责民警")), ("partners", self.tr("联合单位")),
                ("content", self.tr("活动内容")), ("recorded_by", self.tr("录入人")))
        for key, label in rows:
            value = QLabel()
            value.setObjectName(f"event_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.fields[key] = value
        column.addLayout(form)
        column.addWidget(QLabel(self.tr("现场照片（Enter 打开）")))
        self.photos = QListWidget()
        self.photos.setObjectName("event_photos")
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(THUMBNAIL)
        self.photos.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.photos.setWordWrap(True)
        self.photos.itemActivated.connect(self._open_photo)
        column.addWidget(self.photos, 1)
        row = QHBoxLayout()
        self.add_photo_button = QPushButton(self.tr("添加照片…"))
        self.add_photo_button.setObjectName("add_photo")
        self.add_photo_button.setVisible(can_edit)
        row.addWidget(self.add_photo_button)
        row.addStretch(1)
        column.addLayout(row)
        self.show_detail(None)

    def show_detail(self, detail: EventDetail | None, read_only: str = "") -> None:
        """Show an event; `read_only` says why it may only be looked at (another station's)."""
        self.detail = detail
        self.photos.clear()
        self.read_only_banner.show_note(read_only)
        self.add_photo_button.setEnabled(detail is not None and not read_only)
        if detail is None:
            self.header.setText(self.tr("（未选择宣传活动）"))
            for label in self.fields.values():
                label.clear()
            return
        row = detail.row
        topics = core_text("、".join(row.topics))
        self.header.setText(f"{row.held_on.isoformat()}  {topics}")
        values = {"place": row.place, "topics": topics,
                  "audience": fill(self.tr("{n} 人"), n=row.audience), "officer": row.officer_name,
                  "partners": detail.partners, "content": detail.content, "recorded_by": detail.recorded_by}
        for key, value in values.items():
            self.fields[key].setText(value)
        for photo in detail.photos:
            item = QListWidgetItem(thumbnail(photo.path), photo.file_name)
            item.setToolTip(f"{photo.file_name}  ({max(1, photo.size // 1024)} KB)")
            item.setData(ATTACHMENT_ROLE, photo)
            self.photos.addItem(item)

    def _open_photo(self, item: QListWidgetItem) -> None:
        open_attachment(self, item.data(ATTACHMENT_ROLE))


class EventsTab(ListDetailTab):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, outreach.list_events, outreach.get_event, parent)
        hint = self.tr("还没有普法宣传记录。办完宣传活动后，按 Ctrl+N 记录并添加现场照片。") \
            if self.can_edit else self.tr("还没有普法宣传记录。")
        self.build(RecordsModel(self, columns=COLUMNS, context="EventsTab", texts=_texts),
                   EventDetailPane(self.can_edit), self.tr("记录普法宣传"),
                   self.tr("查找：地点、主题、内容、民警（Ctrl+F）"), WIDTHS, hint)
        self.detail.add_photo_button.clicked.connect(lambda: self.add_photos())

    def show_event(self, event_id: str | None) -> None:
        self.show_record(event_id)

    def new_record(self) -> EventDetail | None:
        return self.record_event()

    def record_event(self) -> EventDetail | None:
        if not self.can_edit:
            return None
        from ui.visits.event_dialog import EventDialog

        dialog = EventDialog(self.actor, self)
        created = run_dialog(dialog)
        if created is None:
            return None
        self.refresh(select=created.id)
        paths = dialog.photo_paths()
        attach_photos(self, self.actor, created.id, paths, lambda: self.refresh(select=created.id))
        return created

    def add_photos(self, paths: Sequence[str] | None = None) -> None:
        if self.detail.detail is None:
            return
        if not paths:
            from ui.visits.event_dialog import choose_photo_files

            paths = choose_photo_files(self)
        event_id = self.detail.detail.id
        attach_photos(self, self.actor, event_id, list(paths), lambda: self.refresh(select=event_id))
