"""The parties of a dispute: found with the registry's own search (name, pinyin, initials, ID or
phone suffix), or typed in as a new person when they are not registered yet.

Keyboard: type in the search box, ↓ to the matches, Enter adds one (Enter in the box adds the top
match) and the cursor comes back for the next party. When nothing matches, Enter opens the new
person row with the name filled in. A new person is created by the core together with the case
(or matched by ID number to someone already registered), so cancelling leaves nothing behind.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.idnumber import IdNumberError, validate_id_number
from station_app.residents.views import ResidentView
from station_app.residents.vocab import ETHNICITIES
from ui.common.core_text import core_text
from ui.common.fields import line_edit
from ui.common.forms import cell, header_item
from ui.common.person_search import ENTER, PersonSearch, describe

COL_NAME, COL_DETAILS, COL_ROLE, COL_OCCUPATION = range(4)


class PartyPicker(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.people: list[dict[str, object]] = []  # each {"resident_id": …} or {"resident": {…}}
        self._build()
        for widget in (self.new_name, self.new_id, self.new_phone, self.table):
            widget.installEventFilter(self)
        self.new_id.textEdited.connect(self._id_typed)
        self.finder.sig_picked.connect(self._add_person)

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.finder = PersonSearch(
            self.actor, "party", self.tr("查找居民：姓名、拼音或首字母、身份证号或电话后几位"),
            lambda view: f"{view.name}    {describe(view)}", self.tr("未找到“{query}”。按 Enter 新增此人"))
        self.search, self.results = self.finder.search, self.finder.results
        column.addWidget(self.finder)

        self.new_row = QWidget()
        grid = QGridLayout(self.new_row)
        grid.setContentsMargins(0, 0, 0, 0)
        self.new_name = line_edit("new_name", self.tr("姓名*"))
        self.new_id = line_edit("new_id_number", self.tr("身份证号"))
        self.new_id.setMaxLength(24)
        self.new_gender = QComboBox()
        self.new_gender.addItem(self.tr("性别"), "")
        self.new_gender.addItem(self.tr("男"), "男")
        self.new_gender.addItem(self.tr("女"), "女")
        self.new_ethnicity = QComboBox()
        self.new_ethnicity.addItem(self.tr("民族"), "")
        for name in ETHNICITIES:
            self.new_ethnicity.addItem(core_text(name), name)
        self.new_phone = line_edit("new_phone", self.tr("电话"))
        self.add_new_button = QPushButton(self.tr("加入"))
        self.add_new_button.setAutoDefault(False)
        self.add_new_button.clicked.connect(self.add_new_person)
        # two lines: name and ID number need their full width (18 digits must be checkable)
        grid.addWidget(self.new_name, 0, 0)
        grid.addWidget(self.new_id, 0, 1, 1, 3)
        grid.addWidget(self.new_gender, 1, 0)
        grid.addWidget(self.new_ethnicity, 1, 1)
        grid.addWidget(self.new_phone, 1, 2)
        grid.addWidget(self.add_new_button, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        self.new_row.hide()
        self.new_button = QPushButton(self.tr("新增人员（未登记的当事人）"))
        self.new_button.setObjectName("new_person")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.open_new_row(self.search.text()))
        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.new_row)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("parties_table")
        self.table.setHorizontalHeaderLabels([self.tr("当事人"), self.tr("身份信息"), self.tr("称谓"),
                                              self.tr("职业")])
        header_item(self.table, COL_ROLE).setToolTip(self.tr("不填则依次为甲方、乙方…"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_NAME, 120)
        self.table.setColumnWidth(COL_ROLE, 60)
        self.table.setColumnWidth(COL_OCCUPATION, 70)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setToolTip(self.tr("Delete 键移除选中的当事人"))
        column.addWidget(self.table, 1)

    # searching
    def refresh_results(self) -> None:
        self.finder.refresh_results()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched in (self.new_name, self.new_id, self.new_phone) and key in ENTER:
            self.add_new_person()
            return True
        if watched is self.table and key == Qt.Key.Key_Delete:
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def _add_person(self, view: ResidentView | None) -> None:
        if view is None:
            self.open_new_row(self.search.text())
            return
        if any(person.get("resident_id") == view.id for person in self.people):
            self.search.selectAll()
            return  # already a party; the core would refuse it twice anyway
        self._append({"resident_id": view.id}, view.name, describe(view))
        self.finder.done()

    # a new person
    def open_new_row(self, name: str = "") -> None:
        self.new_row.show()
        if name.strip() and not any(char.isdigit() for char in name):
            self.new_name.setText(name.strip())
            self.new_id.setFocus()
        else:
            self.new_name.setFocus()

    def _id_typed(self) -> None:
        """A valid ID gives the gender, as in the resident form (the core checks it again)."""
        try:
            parsed = validate_id_number(self.new_id.text())
        except IdNumberError:
            return
        if not self.new_gender.currentData():
            self.new_gender.setCurrentIndex(self.new_gender.findData(parsed.gender))

    def add_new_person(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        details = {"name": name, "id_number": self.new_id.text().strip(),
                   "phone": self.new_phone.text().strip(), "gender": self.new_gender.currentData(),
                   "ethnicity": self.new_ethnicity.currentData()}
        shown = "  ".join(part for part in (details["gender"], details["id_number"], details["phone"])
                          if part)
        self._append({"resident": details}, name, self.tr("新增") + ("  " + shown if shown else ""))
        for edit in (self.new_name, self.new_id, self.new_phone):
            edit.clear()
        self.new_gender.setCurrentIndex(0)
        self.new_ethnicity.setCurrentIndex(0)
        self.new_row.hide()
        self.search.clear()
        self.results.hide()
        self.search.setFocus()

    # the list of parties
    def _append(self, person: dict[str, object], name: str, details: str) -> None:
        self.people.append(person)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((COL_NAME, name), (COL_DETAILS, details)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, column, item)
        self.table.setItem(row, COL_ROLE, QTableWidgetItem(""))
        self.table.setItem(row, COL_OCCUPATION, QTableWidgetItem(""))
        self.table.resizeRowToContents(row)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.people):
            self.table.removeRow(row)
            del self.people[row]

    def parties(self) -> list[dict[str, object]]:
        """The parties as open_case takes them, in the order shown (甲方 first)."""
        found = []
        for row, person in enumerate(self.people):
            role = self.table.item(row, COL_ROLE)
            occupation = self.table.item(row, COL_OCCUPATION)
            found.append({**person, "role_label": role.text() if role else "",
                          "occupation": occupation.text() if occupation else ""})
        return found

    def names(self) -> list[str]:
        return [cell(self.table, row, COL_NAME).text() for row in range(self.table.rowCount())]

    def mark_row(self, row: int, message: str) -> None:
        """The core named party N as wrong (e.g. an invalid ID number): show it on the row."""
        item = self.table.item(row, COL_DETAILS)
        if item is not None:
            item.setToolTip(message)
            item.setForeground(Qt.GlobalColor.red)
