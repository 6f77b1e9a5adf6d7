import sys

def test_x(qtbot, sqlite_admin):
    print([m for m in sys.modules if "conftest" in m])
    from tests.conftest import ADMIN_PASSWORD
    import tests.conftest as c
    print(c, sys.modules.get("tests.conftest"))
