"""Small input pieces of the mediation forms: combos with type-ahead (Chinese, pinyin or pinyin
initials: "wg" finds 网格员上报, "ll" 邻里纠纷) and the place picker over the area tree."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget

from station_app.core.actor import Actor
from station_app.residents import areas
from ui.common.completers import PinyinCompleter
from ui.common.fields import add_words
from ui.common.forms import line_of, run_service
from ui.residents.area_tree import flatten


def typeahead_combo(texts: Iterable[str], editable: bool = True, placeholder: str = "") -> QComboBox:
    """An editable combo listing the core's words `texts` (shown in the interface language; read
    it with fields.chosen_word); typing shows the matches (pinyin too) to pick with Enter."""
    combo = QComboBox()
    combo.setEditable(editable)
    add_words(combo, texts)
    if editable:
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCompleter(PinyinCompleter([combo.itemText(index) for index in range(combo.count())], combo))
        combo.setCurrentText("")
        line_of(combo).setPlaceholderText(placeholder)
    combo.setMaxVisibleItems(12)
    return combo


def editable_choices(texts: Iterable[str], placeholder: str = "") -> QComboBox:
    """The usual answers to pick from, or anything else typed (no pop-up list while typing); read
    it with fields.chosen_word."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    add_words(combo, texts)
    combo.setCurrentText("")
    line_of(combo).setPlaceholderText(placeholder)
    return combo


class AreaCombo(QComboBox):
    """镇 / 嘎查 / 网格 from the area tree, or any place typed freely (e.g. a road with no area)."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("place_area")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        nodes = run_service(self, lambda: areas.area_tree(actor.home)) or []
        self.paths: dict[str, uuid.UUID] = {}
        self.addItem("", None)
        for node, path in flatten(nodes):
            text = " / ".join(path)
            self.paths[text] = node.id
            # Text, not the UUID: QComboBox.findData compares Python objects by identity.
            self.addItem(text, str(node.id))
        self.setCompleter(PinyinCompleter(list(self.paths), self))
        self.setCurrentText("")
        line_of(self).setPlaceholderText(self.tr("镇/嘎查/网格，可输入拼音首字母；也可直接填写"))
        self.setMinimumContentsLength(20)

    def area_id(self) -> uuid.UUID | None:
        return self.paths.get(self.currentText().strip())

    def free_text(self) -> str:
        """What was typed when it is not an area of the tree."""
        text = self.currentText().strip()
        return "" if text in self.paths else text

    def select_area(self, area_id: uuid.UUID | None) -> None:
        index = self.findData(str(area_id)) if area_id else 0
        self.setCurrentIndex(max(index, 0))
