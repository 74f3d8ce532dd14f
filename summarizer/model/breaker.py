"""A circuit breaker shared by every request of one model run.

After `threshold` consecutive failed HTTP requests (5xx, timeouts, connection errors, other
4xx such as a bad key; a 429 is the endpoint pacing us and counts neither way) the breaker
opens and stays open for the rest of the run: no further request is sent, and the items not
yet answered keep their rule-based records, marked model-pending for the next run. Any
successful request resets the count.
"""

from __future__ import annotations

import threading

DEFAULT_THRESHOLD = 8


class CircuitOpen(Exception):
    """Raised instead of sending a request once the breaker is open."""


class Breaker:
    def __init__(self, threshold: int = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._failures = 0
        self._opened = threading.Event()
        self._lock = threading.Lock()

    @property
    def open(self) -> bool:
        return self._opened.is_set()

    def sleep(self, seconds: float) -> None:
        """A retry's backoff, cut short when the breaker opens (the retry then stops at once)."""
        self._opened.wait(seconds)

    def check(self) -> None:
        if self._opened.is_set():
            raise CircuitOpen(f"the endpoint failed {self.threshold} requests in a row; not called again this run")

    def success(self) -> None:
        with self._lock:
            self._failures = 0

    def failure(self) -> None:
        with self._lock:
            self._failures += 1
            if self._failures >= self.threshold:
                self._opened.set()
