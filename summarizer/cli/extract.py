"""`summarizer extract` (being written)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("extract", help="(being written)")
    parser.set_defaults(run=lambda args, settings: 1)
