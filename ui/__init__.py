"""The Qt user interface. Calls station_app services; holds no SQL and no business rules."""
