"""Start the desktop app: python main.py [--db URL] [--data-dir DIR]."""

import sys

from ui.start import main

if __name__ == "__main__":
    sys.exit(main())
