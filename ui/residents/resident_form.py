"""登记/修改居民: one keyboard-first dialog. Tab moves on, Enter saves, Esc cancels.

A valid ID number fills birth date and gender while it is typed; a typed value that contradicts it
is flagged at once. The service's own checks come back inline under each field, and nothing the
user typed is cleared. A duplicate ID links to the person already registered; a likely duplicate
(same name and birth date) asks before saving.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.core.actor import Actor
from station_app.residents import limits, service
from station_app.residents.areas import AreaNode
from station_app.residents.views import ResidentView
from station_app.residents.vocab import DEFAULT_TAGS, ETHNICITIES, RELATIONS
from ui.common.completers import keep_clicks_and_enter
from ui.common.core_text import core_text
from ui.common.fields import add_words, chosen_word, line_edit, show_word
from ui.common.forms import FieldErrors, general_error, run_service
from ui.common.keys import save_with_ctrl_enter
from ui.common.station_filter import ReadOnlyBanner
from ui.residents.id_fill import IdFillIn

TAG_SEPARATOR = "|"


def grid_path(path: Sequence[str]) -> str:
    return " / ".join(path)


def _hint(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def _with_extras(widget: QWidget, *extras: QWidget) -> QWidget:
    """`widget` with buttons or notes to its right; focus goes to `widget`."""
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    for extra in extras:
        row.addWidget(extra)
    cell.setFocusProxy(widget)
    return cell


class ResidentDialog(IdFillIn, QDialog):
    def __init__(self, actor: Actor, grids: Sequence[tuple[AreaNode, tuple[str, ...]]],
                 existing: ResidentView | None = None, default_grid: uuid.UUID | None = None,
                 parent: QWidget | None = None, read_only: str = "") -> None:
        """`read_only`: why this resident may only be looked at (another station's record)."""
        super().__init__(parent)
        self.actor, self.grids, self.existing = actor, grids, existing
        self.saved: ResidentView | None = None
        self.existing_duplicate: uuid.UUID | None = None
        self.can_edit = permissions.allowed(actor.role, "residents.edit") and not read_only
        self.read_only = read_only
        self.can_view_full = permissions.allowed(actor.role, "personal.view_full")
        if existing is None:
            self.setWindowTitle(self.tr("登记居民"))
        else:
            self.setWindowTitle(self.tr("居民：{name}").replace("{name}", existing.name))
        self.errors = FieldErrors()
        self._auto: set[str] = set()  # fields the ID number filled in
        self._build()
        self._load(existing, default_grid)
        self._wire()

    # building the form
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        banner = ReadOnlyBanner()
        banner.show_note(self.read_only)
        layout.addWidget(banner)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

        self.name = QLineEdit()
        self.errors.add_row(left, self.tr("姓名*"), "name", self.name)

        self.id_number = line_edit("", self.tr("18位，末位可为X"))
        self.id_number.setMaxLength(24)
        self.reveal_button = QPushButton(self.tr("显示完整"))
        self.reveal_button.setObjectName("reveal_numbers")
        self.reveal_button.setToolTip(self.tr("查看完整身份证号和电话（需说明原因，记入审计）"))
        self.retype_id_button = QPushButton(self.tr("重新输入"))
        self.retype_id_button.setObjectName("retype_id_number")
        self.existing_link = QPushButton(self.tr("查看已登记的人"))
        self.existing_link.setObjectName("show_existing")
        self.existing_link.setFlat(True)
        self.existing_link.setStyleSheet("color: #1a5fb4; text-decoration: underline;")
        self.existing_link.setCursor(Qt.CursorShape.PointingHandCursor)
        for button in (self.reveal_button, self.retype_id_button, self.existing_link):
            button.hide()
            button.setAutoDefault(False)
        self.id_hint = _hint("hint_id_number")
        id_cell = QWidget()
        id_column = QVBoxLayout(id_cell)
        id_column.setContentsMargins(0, 0, 0, 0)
        id_column.setSpacing(2)
        id_column.addWidget(_with_extras(self.id_number, self.reveal_button, self.retype_id_button))
        id_column.addWidget(self.id_hint)
        id_column.addWidget(self.existing_link, 0, Qt.AlignmentFlag.AlignLeft)
        id_cell.setFocusProxy(self.id_number)
        self.errors.add_row(left, self.tr("身份证号"), "id_number", id_cell)

        self.gender = QComboBox()
        self.gender.addItem(self.tr("（未填）"), "")
        self.gender.addItem(self.tr("男"), "男")
        self.gender.addItem(self.tr("女"), "女")
        self.gender_hint = _hint("hint_gender")
        self.errors.add_row(left, self.tr("性别"), "gender", _with_extras(self.gender, self.gender_hint))

        self.birth_date = line_edit("", self.tr("如 1985-03-12"))
        self.birth_hint = _hint("hint_birth_date")
        self.errors.add_row(left, self.tr("出生日期"), "birth_date",
                            _with_extras(self.birth_date, self.birth_hint))

        self.ethnicity = QComboBox()
        self.ethnicity.addItem(self.tr("（未填）"), "")
        for name in ETHNICITIES:  # 汉族 and 蒙古族 first, as the core lists them
            self.ethnicity.addItem(core_text(name), name)
        self.ethnicity.setMaxVisibleItems(16)
        self.errors.add_row(left, self.tr("民族"), "ethnicity", self.ethnicity)

        self.phone = line_edit("", self.tr("手机或座机，如 0482-1234567"))
        self.reveal_phone_button = QPushButton(self.tr("显示完整"))
        self.reveal_phone_button.setObjectName("reveal_phone")
        self.reveal_phone_button.setToolTip(self.reveal_button.toolTip())
        self.retype_phone_button = QPushButton(self.tr("重新输入"))
        self.retype_phone_button.setObjectName("retype_phone")
        for button in (self.reveal_phone_button, self.retype_phone_button):
            button.setAutoDefault(False)
            button.hide()
        self.errors.add_row(left, self.tr("联系电话"), "phone",
                            _with_extras(self.phone, self.reveal_phone_button, self.retype_phone_button))

        self.household = line_edit("", self.tr("户主姓名或户号"))
        self.errors.add_row(left, self.tr("所在户"), "household", self.household)
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItem("")
        add_words(self.relation, RELATIONS)
        self.relation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.errors.add_row(left, self.tr("与户主关系"), "relation_to_head", self.relation)

        self.grid = QComboBox()
        self.grid.setEditable(True)
        self.grid.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.grid.addItem(self.tr("（未分网格）"), None)
        for node, path in self.grids:
            # Text, not the UUID: QComboBox.findData compares Python objects by identity.
            self.grid.addItem(grid_path(path), str(node.id))
        completer = QCompleter(self.grid.model(), self.grid)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.grid.setCompleter(keep_clicks_and_enter(completer))
        self.grid.setMinimumContentsLength(18)
        self.errors.add_row(right, self.tr("网格"), "grid_id", self.grid)

        self.building = line_edit("", self.tr("如：3号楼"))
        self.unit = line_edit("", self.tr("如：2单元"))
        self.errors.add_row(right, self.tr("楼栋"), "building", self.building)
        self.errors.add_row(right, self.tr("单元"), "unit", self.unit)
        self.address = QLineEdit()
        self.errors.add_row(right, self.tr("住址"), "address", self.address)

        tags_cell = QWidget()
        tags_column = QVBoxLayout(tags_cell)
        tags_column.setContentsMargins(0, 0, 0, 0)
        self.tags = QListWidget()
        self.tags.setObjectName("tags")
        self.tags.setViewMode(QListView.ViewMode.ListMode)
        self.tags.setFlow(QListView.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setResizeMode(QListView.ResizeMode.Adjust)
        self.tags.setSpacing(2)
        self.tags.setFixedHeight(92)
        for tag in DEFAULT_TAGS:
            self._add_tag_item(tag)
        self.extra_tags = line_edit("", self.tr("其他标签，用“、”分隔"))
        tags_column.addWidget(self.tags)
        tags_column.addWidget(self.extra_tags)
        tags_cell.setFocusProxy(self.tags)
        self.errors.add_row(right, self.tr("标签"), "tags", tags_cell)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self.errors.add_row(right, self.tr("备注"), "notes", self.notes)
        self.errors.apply_limits(limits.RESIDENT)
        self.errors.limit("phone", limits.FORMATTED["phone"], self.phone)
        self.errors.limit("birth_date", limits.FORMATTED["birth_date"], self.birth_date)

        self.general = general_error(layout, "general_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("取消") if self.can_edit else self.tr("关闭"))
        self.save_button.setVisible(self.can_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(820)

    def _add_tag_item(self, tag: str, checked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(core_text(tag))
        item.setData(Qt.ItemDataRole.UserRole, tag)  # the tag as stored, whatever the language shown
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.tags.addItem(item)
        return item

    def _load(self, view: ResidentView | None, default_grid: uuid.UUID | None) -> None:
        grid = view.grid_id if view is not None else default_grid
        index = self.grid.findData(str(grid)) if grid is not None else 0
        self.grid.setCurrentIndex(max(index, 0))
        if view is None:
            return
        self.name.setText(view.name)
        self.gender.setCurrentIndex(max(self.gender.findData(view.gender), 0))
        self.ethnicity.setCurrentIndex(max(self.ethnicity.findData(view.ethnicity), 0))
        self.birth_date.setText(view.birth_date.isoformat() if view.birth_date else "")
        if view.birth_date is None and view.birth_year:  # masked: the date is the ID number's
            self.birth_date.setPlaceholderText(str(view.birth_year))
        self.household.setText(view.household)
        show_word(self.relation, view.relation_to_head)
        self.building.setText(view.building)
        self.unit.setText(view.unit)
        self.address.setText(view.address)
        self.notes.setPlainText(view.notes)
        extra = []
        for tag in view.tags:
            items = self.tags.findItems(core_text(tag), Qt.MatchFlag.MatchExactly)
            if items:
                items[0].setCheckState(Qt.CheckState.Checked)
            else:
                extra.append(tag)
        self.extra_tags.setText("、".join(extra))
        # Saved numbers are shown masked to everyone: in full only through 显示完整 (a reason asked,
        # audited); 重新输入 replaces one without seeing it. A kept number is left out of values().
        self._id_locked, self._phone_locked = bool(view.id_number), bool(view.phone)
        for field, locked, text, reveal, retype in (
                (self.id_number, self._id_locked, view.id_masked, self.reveal_button, self.retype_id_button),
                (self.phone, self._phone_locked, view.phone_masked, self.reveal_phone_button,
                 self.retype_phone_button)):
            field.setText(text)
            field.setReadOnly(locked)
            reveal.setVisible(locked and self.can_view_full)
            retype.setVisible(locked and self.can_edit)
        if not self.can_edit:
            for widget in (self.name, self.birth_date, self.household, self.building, self.unit,
                           self.address, self.extra_tags, self.id_number, self.phone):
                widget.setReadOnly(True)
            self.notes.setReadOnly(True)
            for widget in (self.gender, self.ethnicity, self.relation, self.grid, self.tags):
                widget.setEnabled(False)

    _id_locked = False
    _phone_locked = False

    def _wire(self) -> None:
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.id_number.textEdited.connect(self._id_changed)
        self.birth_date.textEdited.connect(self._birth_edited)
        self.gender.activated.connect(self._gender_edited)
        self.reveal_button.clicked.connect(self.reveal_numbers)
        self.reveal_phone_button.clicked.connect(self.reveal_numbers)
        self.retype_id_button.clicked.connect(self._retype_id)
        self.retype_phone_button.clicked.connect(self._retype_phone)
        self.existing_link.clicked.connect(self.open_existing)
        save_with_ctrl_enter(self, self.submit)
        self.name.setFocus()

    # saving
    def values(self) -> dict[str, object]:
        """The form as create_resident/update_resident take it. A number still shown masked is left
        out: update_resident keeps the stored one (the ResidentView contract)."""
        tags = [self.tags.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.tags.count())
                if self.tags.item(row).checkState() == Qt.CheckState.Checked]
        if self.extra_tags.text().strip():
            tags.append(self.extra_tags.text())  # the core splits it on 、，, ; / and spaces
        form: dict[str, object] = {
            "name": self.name.text(),
            "gender": self.gender.currentData() or "",
            "ethnicity": self.ethnicity.currentData() or "",
            "id_number": self.id_number.text(),
            "birth_date": self.birth_date.text(),
            "phone": self.phone.text(),
            "household": self.household.text(),
            "address": self.address.text(),
            "grid_id": self._grid_id(),
            "building": self.building.text(),
            "unit": self.unit.text(),
            "relation_to_head": chosen_word(self.relation),
            "tags": TAG_SEPARATOR.join(tags),
            "notes": self.notes.toPlainText(),
        }
        if self._id_locked:
            del form["id_number"]
        if self._phone_locked:
            del form["phone"]
        return form

    def _grid_id(self) -> object:
        """The grid the text names; an unknown text goes to the service as such and is refused there."""
        text = self.grid.currentText().strip()
        index = self.grid.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            data = self.grid.itemData(index)
            return uuid.UUID(data) if data else None
        return text or None

    def submit(self, confirm: bool = False) -> None:
        if not self.can_edit:
            return
        raw = self.values()
        self.existing_link.hide()
        self._show_hint(self.id_hint, "")  # the service's message appears in its place
        self.existing_duplicate = None
        likely: list[service.LikelyDuplicate] = []

        def save() -> ResidentView | None:
            try:
                if self.existing is None:
                    return service.create_resident(self.actor, raw, confirm=confirm)
                return service.update_resident(self.actor, self.existing.id, self.existing.version, raw,
                                               confirm=confirm)
            except service.DuplicateIdNumber as exc:
                self.existing_duplicate = exc.existing_id
                raise
            except service.LikelyDuplicate as exc:
                likely.append(exc)
                return None

        view = run_service(self, save, self.errors, self.general)
        if self.existing_duplicate is not None:
            self.existing_link.show()
        if likely:
            if self.ask_likely_duplicate(likely[0]):
                self.submit(confirm=True)
            return
        if view is not None:
            self.saved = view
            self.accept()

    def ask_likely_duplicate(self, exc: service.LikelyDuplicate) -> bool:
        """继续保存 or 返回修改: the candidates are listed so the user can compare."""
        lines = []
        for view in exc.candidates:
            details = "，".join(part for part in (
                view.birth_date.isoformat() if view.birth_date else "", view.id_masked,
                view.place or self.tr("未分网格")) if part)
            lines.append(f"· {view.name}（{details}）")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("可能重复登记"),
                          self.tr("已有同名且出生日期相同的居民：") + "\n" + "\n".join(lines) + "\n\n"
                          + self.tr("可能是同一人，请核对。确认不是同一人可继续保存。"), parent=self)
        keep = box.addButton(self.tr("继续保存"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("返回修改"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is keep

    def open_existing(self) -> None:
        """The person who already holds this ID number, in a second form over this one."""
        if self.existing_duplicate is None:
            return
        resident_id = self.existing_duplicate
        view = run_service(self, lambda: service.get_resident(self.actor, resident_id))
        if view is not None:
            ResidentDialog(self.actor, self.grids, view, parent=self).exec()
