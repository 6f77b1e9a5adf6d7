"""Station Ledger (平安台账): the core — domain, services, storage, documents, CLI.

Never imports Qt: the CLI, the tests and the benchmarks drive it without a display.
"""

__version__ = "0.1.0"
APP_NAME = "StationLedger"
