"""Render the encryption screenshots from real widgets (offscreen).

    python scripts/screenshots_encryption.py [OUT_DIR]     # default: docs/screenshots

encrypt-offer.png      an administrator of a plain database is offered encryption
recovery-code.png      the recovery code, shown once, with 打印恢复密钥单 and the confirmation
login-locked.png       the login window of an encrypted database (用恢复密钥打开…)
recovery-open.png      opening with the recovery code
recovery-sheet.png     the printed recovery key sheet (page 1, rendered by pdftoppm)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from station_app.backup.encryption import recovery_sheet_pdf
    from station_app.core import paths, vault
    from station_app.core.startup import open_database
    from station_app.station.service import initialise_station
    from ui.accounts.encryption_dialogs import EncryptDatabaseDialog, RecoveryCodeDialog, RecoveryDialog
    from ui.accounts.login_dialog import LoginDialog

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="station-shots-encryption-"))
    paths.set_data_dir(folder / "data")
    open_database(f"sqlite:///{(folder / 'station.sqlite3').as_posix()}")
    admin = initialise_station("152222-GLB", "高力板派出所", "科右中旗", "高力板镇", "admin", "崔鑫龙",
                               "Admin1234")
    code = vault.new_recovery_code()
    for name, dialog in (("encrypt-offer", EncryptDatabaseDialog(admin)),
                         ("recovery-code", RecoveryCodeDialog(admin, code)),
                         ("login-locked", LoginDialog("高力板派出所", unlock=lambda user, password: None)),
                         ("recovery-open", RecoveryDialog(None))):
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.close()
    pdf = folder / "sheet.pdf"
    pdf.write_bytes(recovery_sheet_pdf(admin, code))
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(out / "recovery-sheet")],
                   check=True)
    print(f"encryption screenshots written to {out}")


if __name__ == "__main__":
    main()
