"""Station-wide settings (idle lock, language, document font, backup folder)."""
