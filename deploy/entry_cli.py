"""Standalone build, the `station` command."""

import sys

from station_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
