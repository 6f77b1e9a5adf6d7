"""Standalone build, the window: the same entry as `python main.py`."""

import sys

from ui.start import main

if __name__ == "__main__":
    sys.exit(main())
