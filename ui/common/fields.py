"""Form fields every dialog shares: multi-line text where Tab moves on and Ctrl+Enter saves,
dates and times typed the way people write them, and reading them back as plain values."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)


class TextBox(QPlainTextEdit):
    """Multi-line text where Tab moves on (officers fill forms with Tab, not the mouse) and
    Ctrl+Enter presses the dialog's default button, since Enter itself starts a new line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            default = next((button for button in self.window().findChildren(QPushButton)
                            if button.isDefault() and button.isVisible() and button.isEnabled()), None)
            if default is not None:
                default.click()
                return
        super().keyPressEvent(event)


def limit_length(widget: QWidget, limit: int, told: Callable[[str], object]) -> bool:
    """Typing (or pasting) stops at `limit` characters in a line edit, an editable combo box or a
    text box, and `told` gets the message the service would give. False for other widgets."""
    message = QCoreApplication.translate("Fields", "内容过长（最多 {limit} 个字）。")
    message = message.replace("{limit}", str(limit))
    combo = widget if isinstance(widget, QComboBox) and widget.isEditable() else None
    if combo is not None and combo.lineEdit() is not None:
        widget = cast(QLineEdit, combo.lineEdit())
    if isinstance(widget, QLineEdit):
        widget.setMaxLength(limit)
        # Qt says "rejected" before "edited" when a paste is cut short, and an edit clears the
        # field's message (FieldErrors): say it on both, so the cut paste keeps its message.
        rejected = [False]

        def on_rejected() -> None:
            rejected[0] = True
            told(message)

        def after_edit(text: str) -> None:
            if rejected[0] and len(text) >= limit:  # the cut paste itself, not a later edit
                told(message)
            rejected[0] = False

        widget.inputRejected.connect(on_rejected)
        # A combo box says its text changed after its line edit said "edited", and that clears the
        # message (FieldErrors): tell again after the combo box's own signal.
        (combo.editTextChanged if combo is not None else widget.textEdited).connect(after_edit)
        return True
    if isinstance(widget, QPlainTextEdit):
        def cut() -> None:
            text = widget.toPlainText()
            if len(text) <= limit:
                return
            cursor = widget.textCursor()
            position = min(cursor.position(), limit)
            widget.blockSignals(True)
            widget.setPlainText(text[:limit])
            widget.blockSignals(False)
            cursor = widget.textCursor()
            cursor.setPosition(position)
            widget.setTextCursor(cursor)
            told(message)

        widget.textChanged.connect(cut)
        return True
    return False


def text_box(height: int = 72, placeholder: str = "") -> QPlainTextEdit:
    """A multi-line field of fixed height (see TextBox)."""
    box = TextBox()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    # Fixed, not Expanding: a form must not hand its spare height to a box that cannot use it
    # (the field would float in a tall empty row).
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    box.setPlaceholderText(placeholder)
    return box


# The separator after each section of "yyyy-MM-dd HH:mm", and what people type there instead.
_SEPARATORS = {QDateTimeEdit.Section.YearSection: ("-", Qt.Key.Key_Minus),
               QDateTimeEdit.Section.MonthSection: ("-", Qt.Key.Key_Minus),
               QDateTimeEdit.Section.DaySection: (" ", Qt.Key.Key_Space),
               QDateTimeEdit.Section.HourSection: (":", Qt.Key.Key_Colon)}
_TYPED_SEPARATORS = set("-/.:： 年月日时点／．。")


class _LeaveOnTab:
    """Tab leaves the field instead of walking its year, month, day, hour, minute sections: the
    usual value (now, today) is kept with one keystroke. ← → still move between sections.

    Typing fills the sections from the month, as people write a time ("12-07 13:30"; the year is
    rarely typed): on entering the field, and on Ctrl+A, the month is selected. A separator moves
    to the next section and never out of the field (it used to carry the rest into the next one).
    Typed with its year ("2025-11-30"), the date is that date: two first digits that cannot be a
    month (20, 19) start the year instead.
    """

    _tabbing = False
    _fresh: object = None  # the value when typing began at the month (None: not at its start)
    _first_digit = ""
    _advanced = False  # the last digit filled its section and the cursor moved to the next

    def event(self, event: QEvent) -> bool:
        tab = (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
               and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab))
        self._tabbing = tab
        try:
            return super().event(event)  # type: ignore[misc]
        finally:
            self._tabbing = False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        if self._tabbing:
            return QWidget.focusNextPrevChild(cast(QWidget, self), next)
        return super().focusNextPrevChild(next)  # type: ignore[misc]  # a mixin: the next section

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        self.select_first_typed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_first_typed()
            return
        typed = event.text()
        digit = typed.isdigit()
        separator = typed in _TYPED_SEPARATORS
        advanced, self._advanced = self._advanced, False
        if separator and advanced:  # the section filled itself and moved on: the separator typed
            return  # after it is already behind (Qt would skip the next section, the month after a year)
        if self._fresh is not None and digit and self._year_typed(event):
            return
        if not self._first_digit or not digit:
            self._fresh = None
        section = self.currentSection()  # type: ignore[attr-defined]
        if separator and section in _SEPARATORS:  # "2025/1/3", "12.5", "9点30": the field's own
            text, key = _SEPARATORS[section]
            event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        super().keyPressEvent(event)  # type: ignore[misc]
        self._advanced = digit and self.currentSection() != section  # type: ignore[attr-defined]

    def _year_typed(self, event: QKeyEvent) -> bool:
        """At the start of typing: the first digit goes to the month as usual; a second that makes
        no month (2|0, 1|9) puts the value back and types both into the year. True when done."""
        if not self._first_digit:
            self._first_digit = event.text()
            return False
        first, self._first_digit = self._first_digit, ""
        start, self._fresh = self._fresh, None
        if int(first + event.text()) <= 12:
            return False
        self.setDateTime(start)  # type: ignore[attr-defined]
        self.setSelectedSection(QDateTimeEdit.Section.YearSection)  # type: ignore[attr-defined]
        for digit in first + event.text():
            key = Qt.Key(Qt.Key.Key_0.value + int(digit))
            super().keyPressEvent(  # type: ignore[misc]
                QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, digit))
        return True

    def select_first_typed(self) -> None:
        sections = self.displayedSections()  # type: ignore[attr-defined]
        month = QDateTimeEdit.Section.MonthSection
        first = month if sections & month else self.sectionAt(0)  # type: ignore[attr-defined]
        self.setSelectedSection(first)  # type: ignore[attr-defined]
        year = QDateTimeEdit.Section.YearSection
        self._fresh = self.dateTime() if first == month and sections & year else None  # type: ignore[attr-defined]
        self._first_digit = ""
        self._advanced = False


class DateEdit(_LeaveOnTab, QDateEdit):
    pass


class DateTimeEdit(_LeaveOnTab, QDateTimeEdit):
    pass


def date_edit(day: date) -> QDateEdit:
    edit = DateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def datetime_edit(moment: datetime) -> QDateTimeEdit:
    """Local time as the station reads it (naive Asia/Shanghai), to the minute."""
    edit = DateTimeEdit(QDateTime(QDate(moment.year, moment.month, moment.day),
                                   QTime(moment.hour, moment.minute)))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def picked_datetime(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def picked_date(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def line_edit(name: str = "", placeholder: str = "", max_length: int | None = None) -> QLineEdit:
    """A one-line field with its object name (tests and the style find it by that) and example
    text; `max_length` stops typing at the column's limit instead of failing on save."""
    edit = QLineEdit()
    if name:
        edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    if max_length is not None:
        edit.setMaxLength(max_length)
    return edit


def file_field(name: str, placeholder: str, browse_text: str, browse: Callable[[], object]
               ) -> tuple[QWidget, QLineEdit]:
    """A path typed or chosen with a 选择文件 button beside it: (the row, its line edit)."""
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    path = line_edit(name, placeholder)
    button = QPushButton(browse_text)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: browse())
    row.addWidget(path, 1)
    row.addWidget(button)
    cell.setFocusProxy(path)
    return cell, path


def choice_combo(first: str, choices: Iterable[tuple[str, object]]) -> QComboBox:
    """A closed list: `first` (e.g. （请选择）, meaning nothing chosen) then (text, value) pairs."""
    combo = QComboBox()
    combo.addItem(first, "" if first else None)
    for text, value in choices:
        combo.addItem(text, value)
    return combo


def add_words(combo: QComboBox, words: Iterable[str]) -> None:
    """Offer the core's words (categories, sources, offices …): shown in the interface language,
    kept as the core's word (what is stored and printed)."""
    from ui.common.core_text import core_text

    for word in words:
        combo.addItem(core_text(word), word)


def chosen_word(combo: QComboBox) -> str:
    """What an editable combo holds: the core's word for an offered item (whatever language it is
    shown in), else the text as typed."""
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    data = combo.itemData(index) if index >= 0 else None
    return data if isinstance(data, str) and data else text


def show_word(combo: QComboBox, word: str) -> None:
    """Put a stored word back in an editable combo, shown as the offered item when it is one."""
    index = combo.findData(word)
    combo.setCurrentText(combo.itemText(index) if index >= 0 else word)
