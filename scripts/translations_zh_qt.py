"""Chinese for the few labels of Qt's own dialogs that Qt's qtbase_zh_CN.qm leaves English.

Found by opening Qt's file, print and page-setup dialogs with Qt's catalogue installed
(tests/ui/test_qt_dialogs_chinese.py does it on every run). Keys are (Qt's context, Qt's source).
"""

CHINESE = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QPageSetupWidget", "Page &order:"): "页面顺序(&O)：",
    ("QPageSetupWidget", "Pages &per sheet:"): "每张纸页数(&P)：",
    ("QPrintSettingsOutput", "Page &Set:"): "页面集(&S)：",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
}
