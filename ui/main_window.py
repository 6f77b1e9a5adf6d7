"""The main window: navigation on the left, one page per module, status bar, idle lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from station_app.accounts import permissions
from station_app.accounts.permissions import role_label
from station_app.core.actor import Actor
from station_app.settings.service import AppSettings
from station_app.station.service import StationInfo
from ui.common import file_dialogs
from ui.common.idle import IdleWatcher
from ui.common.noop import QT_TRANSLATE_NOOP
from ui.common.window_state import restore_geometry, save_geometry

if TYPE_CHECKING:
    from ui.accounts.login_dialog import LockDialog


def application() -> QApplication:
    """The running application (a QApplication: the window exists)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


# (page key, navigation label, what the module will do — shown until it is built)
VIEW_ACTIONS = {"disputes": "disputes.view", "patrols": "patrols.view", "residents": "residents.view",
                "hotline": "hotline.view", "restitution": "restitution.view", "visits": "visits.view"}
NAVIGATION: tuple[tuple[str, str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "工作台"), ""),
    ("disputes", QT_TRANSLATE_NOOP("MainWindow", "矛盾纠纷"),
     QT_TRANSLATE_NOOP("MainWindow", "登记矛盾纠纷、风险评估、预警通报、一事一策、调解笔录、打印调解协议书、回访。")),  # noqa: E501
    ("patrols", QT_TRANSLATE_NOOP("MainWindow", "巡逻"),
     QT_TRANSLATE_NOOP("MainWindow", "巡逻队、巡逻日志（含夜间、边境巡逻）、巡逻发现、义警时长统计。")),
    ("residents", QT_TRANSLATE_NOOP("MainWindow", "居民/网格"),
     QT_TRANSLATE_NOOP("MainWindow", "镇—村/嘎查—网格三级区域，居民登记、查询、Excel 导入导出，一员两长。")),
    ("hotline", QT_TRANSLATE_NOOP("MainWindow", "12345工单"),
     QT_TRANSLATE_NOOP("MainWindow", "12345 热线工单的接收、转派、办理、回访、归档和超期提醒。")),
    ("restitution", QT_TRANSLATE_NOOP("MainWindow", "返赃"),
     QT_TRANSLATE_NOOP("MainWindow", "返赃案件、被害人、追回与发还记录，集中返赃签收单。")),
    ("visits", QT_TRANSLATE_NOOP("MainWindow", "走访"),
     QT_TRANSLATE_NOOP("MainWindow", "百万警进千万家入户走访、普法宣传活动。")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "报表导出"),
     QT_TRANSLATE_NOOP("MainWindow", "周报（同比/环比）、PDF 与 Excel、导出到U盘、县局数据包。")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "设置"), ""),
)
# Role names come from the core in Chinese; listed here so the translation tools see them.
_ROLE_NAMES = (
    QT_TRANSLATE_NOOP("MainWindow", "管理员"), QT_TRANSLATE_NOOP("MainWindow", "所长"),
    QT_TRANSLATE_NOOP("MainWindow", "民警"), QT_TRANSLATE_NOOP("MainWindow", "辅警"),
    QT_TRANSLATE_NOOP("MainWindow", "网格员"), QT_TRANSLATE_NOOP("MainWindow", "只读"),
)


# Feature pages, built on first visit: "module:Class" taking the acting user.
FEATURE_PAGES: dict[str, str] = {
    "disputes": "ui.mediation.page:DisputesPage",
    "patrols": "ui.patrols.page:PatrolsPage",
    "residents": "ui.residents.page:ResidentsPage",
    "hotline": "ui.hotline.page:HotlinePage",
    "restitution": "ui.restitution.page:RestitutionPage",
    "visits": "ui.visits.page:VisitsPage",
    "reports": "ui.reports.page:ReportsPage",
}


class MainWindow(QMainWindow):
    sig_logout = Signal()
    sig_language = Signal(str)  # the user chose another interface language: build the window again in it

    def __init__(self, actor: Actor, station: StationInfo, database_display: str,
                 settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.station, self.database_display = actor, station, database_display
        self.setWindowTitle(self.tr("平安台账 — {station}").replace("{station}", station.name))
        restore_geometry(self, actor.username)
        file_dialogs.set_user(actor.username)
        self._pages: dict[str, QWidget] = {}
        self._locked = False
        self.lock_dialog: LockDialog | None = None
        self._covers: list[QWidget] = []

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(150)
        self.navigation.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px; }")
        for key, label, _about in NAVIGATION:
            self.navigation.addItem(self.tr(label))
            # A page whose data the role may not read is not offered.
            if key in VIEW_ACTIONS and not permissions.allowed(actor.role, VIEW_ACTIONS[key]):
                self.navigation.item(self.navigation.count() - 1).setHidden(True)
        self.stack = QStackedWidget()
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.body = body
        self.navigation.currentRowChanged.connect(self.show_page_at)
        # Clicking the page already shown brings its list back too (from a case, say).
        self.navigation.itemClicked.connect(lambda _item: self.show_page_at(self.navigation.currentRow()))

        self._build_menus()
        self._build_status_bar()
        self.idle = IdleWatcher(settings.idle_lock_minutes, self)
        self.idle.sig_idle.connect(lambda: self.lock(by_user=False))
        # The idle watcher sees every event of the application only after the first paint: a
        # Python filter on all events makes PySide6 build Python classes for each kind of object
        # it meets, ~30 ms before the window could appear (bench/startup.py).
        self._watching, self._closed = False, False
        self.idle.start()
        self.navigation.setCurrentRow(0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._watching:
            self._watching = True
            QTimer.singleShot(0, self, self._watch_activity)  # once this paint is on screen

    def _watch_activity(self) -> None:
        if not self._closed:
            application().installEventFilter(self.idle)

    # pages are built when first shown: start-up only pays for the dashboard
    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            widget = self._create_page(key)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def _create_page(self, key: str) -> QWidget:
        if key == "dashboard":
            from ui.pages.dashboard import DashboardPage

            return DashboardPage(self.actor, self.station)
        if key in FEATURE_PAGES:
            import importlib

            module_name, class_name = FEATURE_PAGES[key].split(":")
            page = getattr(importlib.import_module(module_name), class_name)(self.actor)
            # Pages that open a linked dispute case (a hotline order, a visit's finding, a patrol's
            # finding) ask for it by signal; the disputes page shows it.
            for signal_name in ("sig_open_case", "sig_show_case"):
                if hasattr(page, signal_name):
                    getattr(page, signal_name).connect(self.open_case)
            return page
        if key == "settings":
            return self._settings()
        from ui.pages.placeholder import PlaceholderPage

        _key, label, about = next(item for item in NAVIGATION if item[0] == key)
        return PlaceholderPage(self.tr(label), self.tr(about))

    def open_case(self, case_id: object) -> None:
        """Show a dispute case on the 矛盾纠纷 page."""
        page = self.show_page("disputes")
        if hasattr(page, "open_case"):
            page.open_case(case_id)

    def _settings(self) -> QWidget:
        from ui.settings.settings_page import SettingsPage

        return SettingsPage(self.actor, self.database_display)

    def show_page_at(self, row: int) -> None:
        """The sidebar's page, with its list in front (not the record last opened there)."""
        if 0 <= row < len(NAVIGATION):
            page = self.page(NAVIGATION[row][0])
            self.stack.setCurrentWidget(page)
            if hasattr(page, "show_list"):
                page.show_list()

    def current_page_key(self) -> str:
        row = self.navigation.currentRow()
        return NAVIGATION[row][0] if 0 <= row < len(NAVIGATION) else "dashboard"

    def show_page(self, key: str) -> QWidget:
        row = next(index for index, item in enumerate(NAVIGATION) if item[0] == key)
        self.navigation.setCurrentRow(row)
        return self.page(key)

    def _build_menus(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("文件(&F)"))
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        menu_file.addAction(quit_action)
        menu_account = self.menuBar().addMenu(self.tr("账户(&A)"))
        change = QAction(self.tr("修改密码…"), self)
        change.triggered.connect(self.change_password)
        lock = QAction(self.tr("锁定屏幕"), self, shortcut=QKeySequence("Ctrl+L"))
        lock.triggered.connect(lambda: self.lock(by_user=True))
        logout = QAction(self.tr("注销（切换用户）"), self)
        logout.triggered.connect(self.sig_logout)
        for action in (change, lock, logout):
            menu_account.addAction(action)
        menu_help = self.menuBar().addMenu(self.tr("帮助(&H)"))
        manual = QAction(self.tr("使用手册"), self)
        manual.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        manual.setObjectName("open_manual")
        manual.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # F1 on every page opens its own section
        manual.triggered.connect(self.show_manual)
        menu_help.addAction(manual)
        about = QAction(self.tr("关于平安台账"), self)
        about.triggered.connect(self.show_about)
        menu_help.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(self.tr("用户：{name}（{role}）")
                                 .replace("{name}", self.actor.full_name)
                                 .replace("{role}", self.tr(role_label(self.actor.role))))
        self.station_label = QLabel(self.tr("本所：{station}").replace("{station}", self.station.name))
        self.database_label = QLabel(self.tr("数据库：{db}").replace("{db}", self.database_display))
        for label in (self.user_label, self.station_label, self.database_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bar.addPermanentWidget(label)

    def apply_settings(self, settings: AppSettings) -> None:
        self.idle.set_minutes(settings.idle_lock_minutes)

    def change_password(self) -> None:
        from ui.accounts.login_dialog import ChangePasswordDialog

        if ChangePasswordDialog(self.actor, parent=self).exec():
            self.statusBar().showMessage(self.tr("密码已修改。"), 5000)

    def show_manual(self) -> QWidget | None:
        from ui.help.manual import open_manual

        return open_manual(self, self.current_page_key())

    def show_about(self) -> None:
        from ui.about import show_about

        show_about(self, self.database_display)

    @property
    def is_locked(self) -> bool:
        return self._locked

    def lock(self, by_user: bool = False) -> None:
        """Hide the data and ask for the password; 切换用户 logs out instead. `by_user`: the user
        locked it (Ctrl+L), not the idle timer — the lock says which.

        Dialogs that were open (a half-filled form) stay open, so nothing typed is lost, but are
        covered while locked: personal data must not stay readable on a shared PC.
        """
        if self._locked:
            return
        from ui.accounts.login_dialog import LockDialog

        self._locked = True
        self.idle.stop()
        self.body.setVisible(False)
        self._covers = [_PrivacyCover(widget) for widget in QApplication.topLevelWidgets()
                        if widget.isVisible() and widget is not self and isinstance(widget, QDialog)]
        dialog = LockDialog(self.actor, self, by_user=by_user)
        self.lock_dialog = dialog
        dialog.finished.connect(self._lock_finished)
        dialog.open()

    def _lock_finished(self, result: int) -> None:
        from ui.accounts.login_dialog import LockDialog

        self.lock_dialog = None
        self._locked = False
        for cover in self._covers:
            cover.deleteLater()
        self._covers = []
        if result == LockDialog.SWITCH_USER:
            self.sig_logout.emit()
            return
        self.body.setVisible(True)
        self.idle.start()

    def closeEvent(self, event) -> None:  # noqa: ANN001 (Qt signature)
        save_geometry(self, self.actor.username)
        self._closed = True
        application().removeEventFilter(self.idle)
        self.idle.stop()
        super().closeEvent(event)


class _PrivacyCover(QWidget):
    """An opaque sheet over a dialog while the window is locked."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.setObjectName("privacy_cover")
        self.setAutoFillBackground(True)
        self.setGeometry(dialog.rect())
        label = QLabel(self.tr("已锁定"), self)
        label.setGeometry(self.rect())
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show()
        self.raise_()
