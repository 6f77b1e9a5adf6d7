"""Station-wide settings: defaults, validation naming the field, audit."""

import pytest

from station_app.audit.chain import recent_entries
from station_app.core.errors import ValidationError
from station_app.settings import service as settings


def test_defaults_then_saved_values(admin) -> None:
    assert settings.load_settings() == settings.AppSettings()
    assert settings.load_settings().idle_lock_minutes == 10
    saved = settings.update_settings(admin, idle_lock_minutes=5, language="en")
    assert settings.load_settings() == saved
    assert (saved.idle_lock_minutes, saved.language) == (5, "en")
    assert recent_entries(1)[0].action == "settings.update"


def test_bad_values_name_the_field_and_save_nothing(admin, tmp_path) -> None:
    with pytest.raises(ValidationError) as caught:
        settings.update_settings(admin, idle_lock_minutes=0, language="fr", backup_dir="relative/dir")
    assert set(caught.value.errors) == {"idle_lock_minutes", "language", "backup_dir"}
    assert "1 到 240" in caught.value.errors["idle_lock_minutes"]
    assert settings.load_settings() == settings.AppSettings()


def test_backup_folder_default_is_in_the_data_directory(admin, data_dir) -> None:
    assert settings.load_settings().effective_backup_dir() == data_dir / "backups"
