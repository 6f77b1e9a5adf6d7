"""记录普法宣传: date, place (a 嘎查 from the area tree or any place typed), audience, topics (the
usual ones to tick with Space, others typed), the officer, partners, what was done, and photos.
Ctrl+Enter saves, Esc cancels. Photos are copied in after the event is saved, off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.clock import local_today
from station_app.visits import limits, outreach
from station_app.visits.views import EventDetail
from station_app.visits.vocab import MAX_AUDIENCE
from ui.common import file_dialogs
from ui.common.core_text import core_text
from ui.common.fields import date_edit, line_edit, picked_date, text_box
from ui.common.forms import FormDialog, grow_form, run_service
from ui.mediation.widgets import AreaCombo
from ui.visits.form_bits import general_label, save_buttons, tab_order
from ui.visits.labels import officer_combo

PHOTO_FILTER = "*.jpg *.jpeg *.png *.bmp *.gif *.heic *.webp"


def choose_photo_files(parent: QWidget) -> list[str]:
    title = QCoreApplication.translate("EventDialog", "选择现场照片")
    kind = QCoreApplication.translate("EventDialog", "照片")
    return file_dialogs.open_files(parent, title, f"{kind} ({PHOTO_FILTER})")


class EventDialog(FormDialog):
    created: EventDetail | None

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, "event_dialog", parent)
        self.setWindowTitle(self.tr("记录普法宣传"))
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        form = grow_form()
        columns.addLayout(form, 3)
        self.held_on = date_edit(local_today())
        self.held_on.setObjectName("held_on")
        self.errors.add_row(form, self.tr("日期*"), "held_on", self.held_on)
        self.place_area = AreaCombo(actor)
        self.errors.add_row(form, self.tr("地点*"), "place", self.place_area)
        self.place_text = line_edit("place_text", self.tr("具体地点，如：嘎查委员会院内、镇中学操场"))
        self.errors.add_row(form, self.tr("具体地点"), "place_text", self.place_text)
        self.audience = QSpinBox()
        self.audience.setObjectName("audience")
        self.audience.setRange(0, MAX_AUDIENCE)
        self.audience.setSuffix(self.tr(" 人"))
        self.errors.add_row(form, self.tr("受众人数"), "audience", self.audience)
        self.officer = officer_combo(actor)
        self.errors.add_row(form, self.tr("负责民警"), "officer_id", self.officer)
        self.partners = line_edit("partners", self.tr("如：司法所、学校、嘎查委员会"))
        self.errors.add_row(form, self.tr("联合单位"), "partners", self.partners)
        self.content = text_box(90, self.tr("宣传内容和形式，如：讲解典型案例、发放资料、现场答疑"))
        self.content.setObjectName("content")
        self.errors.add_row(form, self.tr("活动内容"), "content", self.content)
        self.errors.apply_limits(limits.EVENT)
        self.photos = QListWidget()
        self.photos.setObjectName("photos")
        self.photos.setMaximumHeight(90)
        self.photos.setToolTip(self.tr("Delete 键移除选中的照片"))
        self.add_photo_button = QPushButton(self.tr("添加照片…"))
        self.add_photo_button.setAutoDefault(False)
        self.add_photo_button.clicked.connect(self.choose_photos)
        photo_cell = QWidget()
        photo_column = QVBoxLayout(photo_cell)
        photo_column.setContentsMargins(0, 0, 0, 0)
        photo_column.addWidget(self.photos)
        photo_column.addWidget(self.add_photo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.errors.add_row(form, self.tr("现场照片"), "photos", photo_cell)

        topic_column = QVBoxLayout()
        columns.addLayout(topic_column, 2)
        topic_column.addWidget(QLabel(self.tr("宣传主题*（空格键勾选）")))
        self.topics = QListWidget()
        self.topics.setObjectName("topics")
        for topic in run_service(self, lambda: outreach.known_topics(actor)) or []:
            item = QListWidgetItem(core_text(topic))
            item.setData(Qt.ItemDataRole.UserRole, topic)  # what is stored, whatever the language shown
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self.topics.setCurrentRow(0)
        self.topics.itemDoubleClicked.connect(self._toggle)
        topic_column.addWidget(self.topics, 1)
        self.other_topics = line_edit("other_topics", self.tr("其他主题，用顿号分隔"))
        topic_errors = QFormLayout()
        topic_errors.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.errors.add_row(topic_errors, "", "topics", self.other_topics)
        topic_column.addLayout(topic_errors)

        self.general = general_label()
        layout.addWidget(self.general)
        buttons, self.save_button = save_buttons(self, self.tr("保存"), self.tr("取消"), self.submit)
        layout.addWidget(buttons)
        self.photos.installEventFilter(self)
        self.topics.installEventFilter(self)
        tab_order([self.held_on, self.place_area, self.place_text, self.topics, self.other_topics,
                   self.audience, self.officer, self.partners, self.content, self.photos,
                   self.add_photo_button, self.save_button])
        self.resize(960, 560)
        self.held_on.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.photos and event.key() == Qt.Key.Key_Delete:
            self.photos.takeItem(self.photos.currentRow())
            return True
        if watched is self.topics and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter ticks the topic (as Space does); it must not reach the Save button.
            if self.topics.currentItem() is not None:
                self._toggle(self.topics.currentItem())
            return True
        return super().eventFilter(watched, event)

    def _toggle(self, item: QListWidgetItem) -> None:
        """Enter or a double click on a topic ticks it too (Space is Qt's own way)."""
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def choose_photos(self) -> None:
        self.add_photos(choose_photo_files(self))

    def add_photos(self, paths: list[str]) -> None:
        for path in paths:
            item = QListWidgetItem(Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.photos.addItem(item)

    def photo_paths(self) -> list[str]:
        return [self.photos.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.photos.count())]

    def checked_topics(self) -> list[str]:
        items = [self.topics.item(row) for row in range(self.topics.count())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def details(self) -> dict[str, object]:
        free = self.place_area.free_text()
        return {
            "held_on": picked_date(self.held_on),
            "place_area_id": self.place_area.area_id(),
            "place_text": " ".join(part for part in (free, self.place_text.text().strip()) if part),
            "audience": self.audience.value(),
            "topics": [*self.checked_topics(), self.other_topics.text()],
            "officer_id": self.officer.currentData() or None,
            "partners": self.partners.text(),
            "content": self.content.toPlainText(),
        }

    def submit(self) -> None:
        created = run_service(self, lambda: outreach.record_event(self.actor, self.details()), self.errors,
                              self.general)
        if created is not None:
            self.created = created
            self.accept()
