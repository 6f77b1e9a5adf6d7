"""The resident form's ID number behaviour: live fill-in of birth date and gender while the number
is typed, a contradiction flagged at once, and the masked ID/phone that an allowed role may reveal
(audited) or retype. A mixin of ResidentDialog, which owns the fields.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton

from station_app.core.actor import Actor
from station_app.core.divisions import region_warning
from station_app.core.idnumber import IdNumberError, normalise_id_number, validate_id_number
from station_app.core.textnorm import parse_date
from station_app.residents import reading
from station_app.residents.views import ResidentView
from ui.common.forms import ERROR_STYLE
from ui.common.reveal import ask_and_reveal

HINT_STYLE = "color: #5f6368;"


def _tr(text: str) -> str:
    # The dialog's translation context, so these strings translate as part of the form.
    return QCoreApplication.translate("ResidentDialog", text)


class IdFillIn(QDialog):
    """Needs on the dialog: id_number, birth_date, gender, phone, their hints, existing_link,
    existing, actor, can_edit, the reveal/retype buttons, _auto (auto-filled fields), _id_locked
    and _phone_locked (declared here, made by ResidentDialog)."""

    actor: Actor
    existing: ResidentView | None
    can_edit: bool
    id_number: QLineEdit
    birth_date: QLineEdit
    gender: QComboBox
    phone: QLineEdit
    id_hint: QLabel
    birth_hint: QLabel
    gender_hint: QLabel
    existing_link: QPushButton
    reveal_button: QPushButton
    reveal_phone_button: QPushButton
    retype_id_button: QPushButton
    retype_phone_button: QPushButton
    _auto: set[str]
    _id_locked: bool
    _phone_locked: bool

    def _parsed_id(self):  # noqa: ANN202 (IdNumber | None)
        if self._id_locked:
            return None
        try:
            return validate_id_number(self.id_number.text())
        except IdNumberError:
            return None

    def _id_changed(self) -> None:
        self.existing_link.hide()
        saved_error = self.findChild(QLabel, "error_id_number")
        if saved_error is not None:
            saved_error.hide()  # the live hint below takes over from the last save's message
        text = normalise_id_number(self.id_number.text())
        try:
            parsed = validate_id_number(text) if text else None
        except IdNumberError as exc:
            parsed = None
            # Say nothing while the number is still being typed; complain once it is long enough.
            self._show_hint(self.id_hint, exc.message if len(text) >= 18 else "", error=True)
        else:
            # A valid number whose region code no GB/T 2260 revision had: worth a look, not a refusal.
            self._show_hint(self.id_hint, region_warning(parsed.number) or "" if parsed else "")
        if parsed is None:
            for field in list(self._auto):
                self._clear_auto(field)
        self._check_against_id()

    def _check_against_id(self) -> None:
        parsed = self._parsed_id()
        filled = _tr("由身份证号自动填入")
        if parsed is None:
            self._show_hint(self.birth_hint, "")
            self._show_hint(self.gender_hint, "")
            return
        typed_birth = self._typed_birth()
        if "birth_date" in self._auto or not self.birth_date.text().strip():
            self.birth_date.setText(parsed.birth_date.isoformat())
            self._auto.add("birth_date")
            self._show_hint(self.birth_hint, filled)
        elif typed_birth is not None and typed_birth != parsed.birth_date:
            self._show_hint(self.birth_hint, _tr("与身份证号不符：身份证号显示为 {date}").replace(
                "{date}", parsed.birth_date.isoformat()), error=True)
        else:
            self._show_hint(self.birth_hint, "")
        if "gender" in self._auto or not self.gender.currentData():
            self.gender.setCurrentIndex(self.gender.findData(parsed.gender))
            self._auto.add("gender")
            self._show_hint(self.gender_hint, filled)
        elif self.gender.currentData() != parsed.gender:
            self._show_hint(self.gender_hint, _tr("与身份证号不符：应为{gender}").replace(
                "{gender}", _tr(parsed.gender)), error=True)
        else:
            self._show_hint(self.gender_hint, "")

    def _typed_birth(self):  # noqa: ANN202 (date | None)
        try:
            return parse_date(self.birth_date.text())
        except ValueError:
            return None

    def _clear_auto(self, field: str) -> None:
        self._auto.discard(field)
        if field == "birth_date":
            self.birth_date.clear()
            self._show_hint(self.birth_hint, "")
        else:
            self.gender.setCurrentIndex(0)
            self._show_hint(self.gender_hint, "")

    def _birth_edited(self) -> None:
        self._auto.discard("birth_date")
        self._check_against_id()

    def _gender_edited(self) -> None:
        self._auto.discard("gender")
        self._check_against_id()

    @staticmethod
    def _show_hint(label: QLabel, text: str, error: bool = False) -> None:
        label.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        label.setText(text)
        label.setVisible(bool(text))

    def reveal_numbers(self) -> None:
        """显示完整: asks why (the audit records it), then shows both numbers in full."""
        if self.existing is None:
            return
        resident_id = self.existing.id
        full = ask_and_reveal(self, self.existing.name,
                              lambda reason: reading.reveal_numbers(self.actor, resident_id, reason))
        if full is None:
            return
        rows = ((self.id_number, self._id_locked, full.id_number, self.reveal_button, self.retype_id_button),
                (self.phone, self._phone_locked, full.phone, self.reveal_phone_button,
                 self.retype_phone_button))
        for field, locked, value, *buttons in rows:
            if locked:
                field.setText(value)
                field.setReadOnly(not self.can_edit)
            for button in buttons:
                button.hide()
        self._id_locked = self._phone_locked = False

    def _retype_id(self) -> None:
        self._id_locked = False
        self.id_number.clear()
        self.id_number.setReadOnly(False)
        self.retype_id_button.hide()
        self.id_number.setFocus()

    def _retype_phone(self) -> None:
        self._phone_locked = False
        self.phone.clear()
        self.phone.setReadOnly(False)
        self.retype_phone_button.hide()
        self.phone.setFocus()
