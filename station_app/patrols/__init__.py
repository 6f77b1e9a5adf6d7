"""Patrols (巡逻): teams, the patrol log, findings, figures for the weekly summary."""

from station_app.patrols import merging  # noqa: F401 (moves volunteers' links when residents merge)
