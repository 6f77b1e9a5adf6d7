"""合并重复: two records of one person; the user picks which one stays."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core.actor import Actor
from station_app.residents import service
from station_app.residents.views import ResidentView
from ui.common.core_text import core_text
from ui.common.forms import general_error, run_service


class MergeDialog(QDialog):
    def __init__(self, actor: Actor, first: ResidentView, second: ResidentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.pair = actor, (first, second)
        self.merged: ResidentView | None = None
        self.setWindowTitle(self.tr("合并重复的居民"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "选择保留哪一条记录。另一条记录中保留记录没有填写的内容会补进来，"
            "网格职务等关联转到保留的记录；被合并的记录不再出现在名单中，但留存备查，并记录审计。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        labels = (self.tr("姓名"), self.tr("身份证号"), self.tr("出生日期"), self.tr("性别"),
                  self.tr("联系电话"), self.tr("网格"), self.tr("住址"))
        for row, label in enumerate(labels, start=1):
            grid.addWidget(QLabel(label), row, 0)
        self.choices = QButtonGroup(self)
        for column, view in enumerate(self.pair, start=1):
            choice = QRadioButton(self.tr("保留这一条"))
            choice.setObjectName(f"keep_{column}")
            self.choices.addButton(choice, column - 1)
            grid.addWidget(choice, 0, column)
            values = (view.name, view.id_masked, view.birth_date.isoformat() if view.birth_date else "",
                      core_text(view.gender), view.phone_masked, view.place, view.address)
            for row, value in enumerate(values, start=1):
                grid.addWidget(QLabel(value or "—"), row, column)
        layout.addLayout(grid)
        # The record with more filled in is the likelier survivor.
        filled = [sum(bool(value) for value in view.as_form().values()) for view in self.pair]
        self.choices.button(0 if filled[0] >= filled[1] else 1).setChecked(True)
        self.general = general_error(layout, "merge_error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("合并"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def survivor(self) -> ResidentView:
        return self.pair[self.choices.checkedId()]

    def submit(self) -> None:
        survivor = self.survivor()
        duplicate = self.pair[1 - self.choices.checkedId()]
        view = run_service(self, lambda: service.merge_residents(self.actor, survivor.id, duplicate.id),
                           general=self.general)
        if view is not None:
            self.merged = view
            self.accept()
