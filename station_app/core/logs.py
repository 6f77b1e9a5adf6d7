"""Rotating log file in the data directory; every message passes through a masking filter."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from station_app.core import paths

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


class _MaskPersonalData(logging.Filter):
    """Logs leave the PC with bug reports: never let a full ID or mobile number into them."""

    def filter(self, record: logging.LogRecord) -> bool:
        from station_app.core.masking import mask_sensitive_text

        message = record.getMessage()
        masked = mask_sensitive_text(message)
        if masked != message:
            record.msg, record.args = masked, None
        # A traceback ends with the exception's message (an import row, a driver's "Key (id_number)=…").
        # The formatter reuses exc_text when it is set, so the masked text is what gets written.
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_sensitive_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_sensitive_text(record.stack_info)
        return True


class _LogFile(logging.handlers.RotatingFileHandler):
    """A log line that cannot be written (a full disk) is dropped quietly: the log cannot report its
    own disk, and Python's default would print a traceback on the command's stderr for each line."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handleError(record)


def setup_logging(level: int = logging.INFO) -> None:
    """Send the app's logs to `logs/station.log` (1 MB × 5 files). Safe to call twice."""
    root = logging.getLogger()
    target = str(paths.log_file())
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == target:
            return
    handler = _LogFile(target, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(_MaskPersonalData())
    root.addHandler(handler)
    root.setLevel(level)
