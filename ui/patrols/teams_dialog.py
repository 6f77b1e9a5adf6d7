"""巡逻队: the station's teams on the left, the chosen one's form on the right.

Members are accounts (民警/辅警, from the list of colleagues) and resident volunteers (义警, found
in the registry: name, pinyin, initials, ID or phone suffix). The leader is picked among them.
Someone removed stays on record as a former member. Ctrl+N starts a new team, Ctrl+S saves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station_app.accounts import permissions
from station_app.accounts.service import list_colleagues
from station_app.core.actor import Actor
from station_app.patrols import limits, teams
from station_app.patrols.views import TeamView
from station_app.patrols.vocab import TEAM_KINDS
from ui.common.core_text import core_text
from ui.common.fields import line_edit
from ui.common.forms import FieldErrors, general_error, run_service
from ui.mediation.party_picker import PartyPicker
from ui.patrols.labels import vt

PERSON_ROLE = Qt.ItemDataRole.UserRole


class PatrolTeamsDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("patrol_teams")
        self.setWindowTitle(self.tr("巡逻队"))
        self.can_edit = permissions.allowed(actor.role, "patrols.edit")
        self.current: TeamView | None = None
        self._rows_added = 0  # a key per member row: the leader is picked by row, not by name
        self.changed = False
        self.errors = FieldErrors()
        self._build()
        for keys, slot in (("Ctrl+N", self.new_team), ("Ctrl+S", self.submit)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.reload()
        self.resize(980, 620)

    def _build(self) -> None:
        row = QHBoxLayout(self)
        left = QVBoxLayout()
        self.team_list = QListWidget()
        self.team_list.setObjectName("team_list")
        self.team_list.setSpacing(3)
        self.team_list.currentRowChanged.connect(self._show_row)
        self.new_button = QPushButton(self.tr("新建巡逻队"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_team)
        self.new_button.setVisible(self.can_edit)
        left.addWidget(self.team_list, 1)
        left.addWidget(self.new_button)
        row.addLayout(left, 2)

        right = QVBoxLayout()
        form = QFormLayout()
        self.name = line_edit("team_name", self.tr("如：红城义警"))
        self.errors.add_row(form, self.tr("名称*"), "name", self.name)
        self.kind = QComboBox()
        self.kind.setObjectName("team_kind")
        for key, label in TEAM_KINDS.items():
            self.kind.addItem(vt(label), key)
        self.errors.add_row(form, self.tr("类型*"), "kind", self.kind)
        self.active = QCheckBox(self.tr("在用（停用后不能再记录新的巡逻）"))
        self.active.setObjectName("team_active")
        form.addRow("", self.active)
        self.note = QLineEdit()
        self.note.setObjectName("team_note")
        self.errors.add_row(form, self.tr("备注"), "note", self.note)
        self.errors.apply_limits(limits.TEAM)

        adding = QHBoxLayout()
        self.colleague = QComboBox()
        self.colleague.setObjectName("colleague")
        colleagues = run_service(self, lambda: list_colleagues(self.actor)) or []
        self.colleagues = {str(colleague.id): colleague for colleague in colleagues}
        for colleague in colleagues:
            role = QCoreApplication.translate("MainWindow", colleague.role_label)
            self.colleague.addItem(f"{colleague.full_name}（{role}）", str(colleague.id))
        add_colleague = QPushButton(self.tr("加入民警/辅警"))
        add_colleague.setAutoDefault(False)
        add_colleague.clicked.connect(self.add_colleague)
        adding.addWidget(self.colleague, 1)
        adding.addWidget(add_colleague)
        form.addRow(self.tr("民警/辅警"), adding)
        self.volunteers = PartyPicker(self.actor)
        self.volunteers.setObjectName("volunteer_picker")
        self.volunteers.search.setPlaceholderText(self.tr("查找义警（居民）：姓名、拼音或首字母、身份证号或电话后几位"))
        self.volunteers.new_button.setText(self.tr("新增义警（未登记的居民）"))
        self.volunteers.table.hide()  # the team's list below shows everyone added
        self.volunteers.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # the picker fills a row's cells after inserting it: take the person once it is complete
        self.volunteers.table.model().rowsInserted.connect(
            lambda: QTimer.singleShot(0, self._volunteer_added))
        form.addRow(self.tr("义警"), self.volunteers)
        self.member_list = QListWidget()
        self.member_list.setObjectName("team_members")
        self.member_list.setToolTip(self.tr("Delete 键移出本队（保留为原队员记录）"))
        self.member_list.installEventFilter(self)
        self.errors.add_row(form, self.tr("队员*"), "members", self.member_list)
        self.leader = QComboBox()
        self.leader.setObjectName("team_leader")
        self.errors.add_row(form, self.tr("队长*"), "leader", self.leader)
        right.addLayout(form, 1)
        self.general = general_error(right, "general_error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setEnabled(self.can_edit)
        if not self.can_edit:  # a reader looks at the teams: nothing here may start a change
            for widget in (self.name, self.kind, self.active, self.note, self.colleague, add_colleague,
                           self.volunteers, self.leader):
                widget.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        right.addWidget(buttons)
        row.addLayout(right, 5)

    # the list of teams
    def reload(self, select: object = None) -> None:
        self.all_teams = run_service(self, lambda: teams.list_teams(self.actor)) or []
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for team in self.all_teams:
            state = "" if team.active else self.tr("（已停用）")
            item = QListWidgetItem(f"{team.name}{state}\n{vt(team.kind_label)} · "
                                   + self.tr("{n} 人").replace("{n}", str(len(team.active_members))))
            if not team.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.team_list.addItem(item)
        self.team_list.blockSignals(False)
        index = next((n for n, team in enumerate(self.all_teams) if str(team.id) == str(select)), 0)
        if self.all_teams:
            self.team_list.setCurrentRow(index)
            self._show_row(index)
        else:
            self.new_team()

    def _show_row(self, number: int) -> None:
        if 0 <= number < len(self.all_teams):
            self.show_team(self.all_teams[number])

    def show_team(self, team: TeamView | None) -> None:
        self.current = team
        self.errors.clear()
        self.general.clear()
        self.name.setText(team.name if team else "")
        self.kind.setCurrentIndex(max(self.kind.findData(team.kind if team else "volunteer"), 0))
        self.active.setChecked(team.active if team else True)
        self.note.setText(team.note if team else "")
        self.member_list.clear()
        self.leader.clear()
        leader_row = None
        for member in team.active_members if team else []:
            key = {"account_id" if member.person_kind == "account" else "resident_id": member.person_id}
            self._add_member(key, member.name, member.detail)
            if member.is_leader:
                leader_row = self._rows_added
        self._refresh_leaders(leader_row)

    def new_team(self) -> None:
        self.team_list.clearSelection()
        self.show_team(None)
        self.name.setFocus()

    # members
    @staticmethod
    def _key(person: dict[str, object]) -> tuple[str, str] | None:
        """Who a row is; None for a new volunteer (registered when the team is saved)."""
        for kind in ("account_id", "resident_id"):
            if person.get(kind):
                return (kind, str(person[kind]))
        return None

    def _add_member(self, person: dict[str, object], name: str, detail: str) -> None:
        key = self._key(person)
        if key is not None and any(self._key(member) == key for member in self._members()):
            return  # already in the team
        self._rows_added += 1
        item = QListWidgetItem(f"{name}    {core_text(detail)}")
        item.setData(PERSON_ROLE, {**person, "name": name, "detail": detail, "row": self._rows_added})
        self.member_list.addItem(item)
        self._refresh_leaders()

    def add_colleague(self) -> None:
        colleague = self.colleagues.get(self.colleague.currentData())
        if colleague is not None:
            self._add_member({"account_id": colleague.id}, colleague.full_name, colleague.role_label)

    def _volunteer_added(self) -> None:
        """The picker found (or was given) a person: move them into the team's list."""
        for person, name in zip(self.volunteers.people, self.volunteers.names(), strict=True):
            detail = self.tr("义警") + ("" if "resident_id" in person else " " + self.tr("新登记"))
            self._add_member(dict(person), name, detail)
        self.volunteers.people.clear()
        self.volunteers.table.setRowCount(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.member_list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete):
            self.member_list.takeItem(self.member_list.currentRow())
            self._refresh_leaders()
            return True
        return super().eventFilter(watched, event)

    def _members(self) -> list[dict[str, object]]:
        return [self.member_list.item(number).data(PERSON_ROLE) for number in range(self.member_list.count())]

    def _refresh_leaders(self, wanted: int | None = None) -> None:
        wanted = wanted if wanted is not None else self.leader.currentData()
        self.leader.clear()
        for member in self._members():
            detail = core_text(member.get("detail", ""))
            self.leader.addItem(f"{member['name']}    {detail}".rstrip(), member["row"])
        index = self.leader.findData(wanted) if wanted is not None else -1
        self.leader.setCurrentIndex(index if index >= 0 else 0)

    # saving
    def submit(self) -> None:
        if not self.can_edit:
            return
        details = {"name": self.name.text(), "kind": self.kind.currentData(), "note": self.note.text(),
                   "active": self.active.isChecked()}
        leader = self.leader.currentData()
        members = [{key: value for key, value in member.items() if key not in ("name", "detail", "row")}
                   | {"is_leader": member["row"] == leader} for member in self._members()]
        team = self.current
        if team is None:
            saved = run_service(self, lambda: teams.create_team(self.actor, details, members), self.errors,
                                self.general)
        else:
            saved = run_service(self, lambda: teams.update_team(self.actor, team.id, team.version, details,
                                                                members), self.errors, self.general)
        if saved is not None:
            self.changed = True
            self.reload(select=saved.id)
