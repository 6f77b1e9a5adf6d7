"""Inline validation messages next to form fields, and one way to run a service call."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.core.errors import StationError, ValidationError, explain_database_error
from ui.common.core_text import core_text
from ui.common.errors import show_error
from ui.common.fields import limit_length
from ui.common.keys import save_with_ctrl_enter

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)

ERROR_STYLE = "color: #b00020;"


class ErrorLabel(QLabel):
    """A red message that wraps and always shows whole.

    A word-wrapped label in a form row asks its layout for one line's height and gets it: a
    two-line message appearing in a dialog already on screen was cut to half a line. The label's
    minimum height follows the height its text needs at its current width, so the layout (and the
    window) make room for every line."""

    def __init__(self, name: str = "") -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() and self.width() > 0 else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(needed, 0))
            self.updateGeometry()


def on_edited(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call `callback` when the user changes what `widget` (or a field inside it) holds."""
    for part in (widget, *widget.findChildren(QWidget)):
        if isinstance(part, QLineEdit):
            part.textEdited.connect(lambda _text: callback())
        elif isinstance(part, (QPlainTextEdit, QTextEdit)):
            part.textChanged.connect(callback)
        elif isinstance(part, QComboBox):
            part.activated.connect(lambda _index: callback())
            if part.isEditable():
                part.editTextChanged.connect(lambda _text: callback())
        elif isinstance(part, QDateTimeEdit):  # dates and times first: they are spin boxes too
            part.dateTimeChanged.connect(lambda _value: callback())
        elif isinstance(part, QAbstractSpinBox):
            part.editingFinished.connect(callback)
        elif isinstance(part, QAbstractButton) and part.isCheckable():
            part.toggled.connect(lambda _checked: callback())


class FieldErrors:
    """Red messages under form rows, keyed by the service's field names. A message goes as soon
    as the user changes its field: what it said may no longer be true, and the next save checks
    again."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> QLabel:
        """Add `widget` under `label` with a hidden message below it (takes no room until shown)."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        form.addRow(label, cell)
        return self.watch(field, widget, column)

    def watch(self, field: str, widget: QWidget, column: QVBoxLayout) -> QLabel:
        """Put `field`'s hidden message under `widget` in `column`; it clears when the field is edited."""
        message = ErrorLabel(f"error_{field}")
        message.hide()
        column.addWidget(message)
        self._labels[field] = message
        self._widgets[field] = widget
        on_edited(widget, lambda: self.clear_field(field))
        return message

    def clear_field(self, field: str) -> None:
        label = self._labels.get(field)
        if label is not None and label.isVisible():
            label.clear()
            label.hide()

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> list[str]:
        """Show each field's message; focus the first bad field. Returns fields not on this form."""
        self.clear()
        unplaced = []
        for field, message in error.errors.items():
            label = self._labels.get(field)
            if label is None:
                unplaced.append(core_text(message))
                continue
            label.setText(core_text(message))
            label.show()
        # focus the top-most bad field on the form, whatever order the service listed them in
        first = next((self._widgets[field] for field in self._labels if field in error.errors), None)
        if first is not None:
            first.setFocus()
        return unplaced

    def part(self, field: str, widget: QWidget, under: str) -> None:
        """`field` is typed in `widget`, one of several controls in the row of `under` (a reporter's
        name beside the kind): its messages show under that row, and its limit applies to it."""
        self._labels[field] = self._labels[under]
        self._widgets[field] = widget

    def apply_limits(self, limits: Mapping[str, int]) -> None:
        """Typing stops at each field's limit (the service's own, e.g. mediation.limits), and the
        field's message says why, as the service would on saving."""
        for field, limit in limits.items():
            widget = self._widgets.get(field)
            if widget is not None:
                self.limit(field, limit, widget.focusProxy() or widget)

    def limit(self, field: str, limit: int, widget: QWidget) -> None:
        """Typing in `widget` stops at `limit`, told under `field`'s row: for fields a row holds
        several of (each party's statement in a session)."""
        label = self._labels.get(field)
        if label is None:
            return

        def tell(message: str, label: QLabel = label) -> None:
            label.setText(message)
            label.show()

        limit_length(widget, limit, tell)

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label else ""


def run_service(
    parent: QWidget, call: Callable[[], T], errors: FieldErrors | None = None,
    general: QLabel | None = None,
) -> T | None:
    """Call a service; show validation errors inline, other failures in a message. None on failure.

    Whatever the user typed stays in the form: nothing is cleared on failure.
    """
    if errors:
        errors.clear()
    if general is not None:
        general.clear()
    try:
        return call()
    except ValidationError as exc:
        leftover = errors.show(exc) if errors else list(exc.errors.values())
        if leftover:
            if general is not None:
                general.setText("；".join(leftover))
            else:
                show_error(parent, ValidationError({"": "；".join(leftover)}))
        return None
    except Exception as exc:
        known = exc if isinstance(exc, StationError) else explain_database_error(exc)
        if known is None:
            raise  # a bug: the exception dialog shows it
        if general is not None:
            general.setText(core_text(known.message))
        else:
            show_error(parent, known)
        return None


def general_error(layout: QLayout, name: str = "general_error") -> QLabel:
    """The red line under a form for what belongs to no single field (a conflict, say)."""
    label = ErrorLabel(name)
    layout.addWidget(label)
    return label


def save_buttons(dialog: QDialog, submit: Callable[[], object], save_text: str = "",
                 cancel_text: str = "") -> tuple[QDialogButtonBox, QPushButton]:
    """Save (the default button: Enter in a one-line field) and Cancel (Esc); Ctrl+Enter saves
    from anywhere in the form, a text box included."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text or QCoreApplication.translate("FormButtons", "保存"))
    save.setDefault(True)
    save.setToolTip(QCoreApplication.translate("FormButtons", "Ctrl+Enter 保存"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        cancel_text or QCoreApplication.translate("FormButtons", "取消"))
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    save_with_ctrl_enter(dialog, submit)
    return buttons, save


def run_dialog(dialog: QDialog, result: str = "created") -> Any:  # the attribute named `result`: any type
    """Show a form modally; what it saved (its `result` attribute), or None when cancelled."""
    return getattr(dialog, result, None) if dialog.exec() else None


def push_button(text: str, name: str = "", slot: Callable[..., object] | SignalInstance | None = None,
                tooltip: str = "") -> QPushButton:
    """A button with its object name, what it does and (often) its shortcut as the tooltip."""
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    if tooltip:
        button.setToolTip(tooltip)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def text_label(name: str = "", selectable: bool = False) -> QLabel:
    """A label for text that may run long (wraps); `selectable` lets the user copy it."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


WARNING_STYLE = "color: #8a4b00; background: #fff4e0; border: 1px solid #f0c36d; padding: 8px;"


def warning_label(text: str, name: str) -> QLabel:
    """A boxed, amber paragraph: what an irreversible step will do, read before confirming."""
    label = text_label(name)
    label.setText(text)
    label.setStyleSheet(WARNING_STYLE)
    return label


def confirm_buttons(dialog: QDialog, ok_text: str, cancel_text: str
                    ) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK / Cancel with the dialog's own words, accepting or rejecting it: (box, ok, cancel)."""
    standard = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
    ok, cancel = buttons.button(standard.Ok), buttons.button(standard.Cancel)
    ok.setText(ok_text)
    cancel.setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok, cancel


def grow_form() -> QFormLayout:
    """A form whose fields take the width they are given (long Mongolian names, places)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class FormDialog(QDialog):
    """A dialog whose form records something: the acting user, inline errors (`errors`), and what
    it created (`created`, None until saved)."""

    def __init__(self, actor: Actor, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.created: Any = None  # what the form saved: each form its own view
        self.setObjectName(name)
        self.errors = FieldErrors()


class RowForm(QDialog):
    """A dialog of labelled rows with inline errors, a general error line and 保存/取消 (Enter,
    Ctrl+Enter, Esc); the cursor starts in the first row. Subclasses add rows with add_row and
    implement submit()."""

    def __init__(self, title: str, parent: QWidget | None = None, save_text: str = "",
                 scroll: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.errors = FieldErrors()
        self._first: QWidget | None = None
        self.layout_ = QVBoxLayout(self)
        self.form = grow_form()
        if scroll:  # a long form scrolls; the buttons stay in view
            body = QWidget()
            body.setLayout(self.form)
            area = QScrollArea()
            area.setObjectName("form_scroll")
            area.setWidgetResizable(True)
            area.setWidget(body)
            self.layout_.addWidget(area, 1)
        else:
            self.layout_.addLayout(self.form)
        self.general = general_error(self.layout_, "general_error")
        self.buttons, self.save_button = save_buttons(self, lambda: self.submit(), save_text)
        self.layout_.addWidget(self.buttons)

    def add_row(self, label: str, field: str, widget: W) -> W:
        """Add a labelled row with its hidden message; returns `widget`, as given."""
        self.errors.add_row(self.form, label, field, widget)
        if self._first is None:
            self._first = widget
        return widget

    def submit(self) -> None:
        raise NotImplementedError

    def focusable_first(self) -> QWidget | None:
        """The field the cursor starts in (the first row's)."""
        return self._first

    def showEvent(self, event) -> None:  # noqa: ANN001 (Qt signature)
        super().showEvent(event)
        first = self.focusable_first()
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)


def row_widget() -> tuple[QWidget, QHBoxLayout]:
    """A cell holding several controls side by side in one form row: (the cell, its layout)."""
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    return cell, row


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at (row, column) of a table this code filled: every cell has one."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"no item at row {row}, column {column} of {table.objectName()}")
    return item


def header_item(table: QTableWidget, column: int) -> QTableWidgetItem:
    """A header item set with setHorizontalHeaderLabels."""
    item = table.horizontalHeaderItem(column)
    if item is None:
        raise LookupError(f"no header item for column {column} of {table.objectName()}")
    return item


def line_of(combo: QComboBox) -> QLineEdit:
    """The text field of an editable combo."""
    edit = combo.lineEdit()
    if edit is None:
        raise LookupError(f"{combo.objectName() or 'the combo'} is not editable")
    return edit
