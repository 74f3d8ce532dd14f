"""The `summarizer` command. The only package that prints, prompts or exits.

Each subcommand lives in its own module with `register(subparsers)`, which adds a parser
whose `run` default takes (args, settings) and returns an exit code.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from summarizer import redact
from summarizer.cli import batch, digest, evaluate, extract, remind, review, search, task, tasks, ui
from summarizer.config import Settings
from summarizer.errors import SummarizerError

SUBCOMMANDS = (extract, evaluate, batch, review, tasks, task, remind, digest, search, ui)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Structured, grounded summaries of government standing-meeting minutes (常务会议纪要).",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in SUBCOMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    redact.install()  # URL credentials and key-like query values, from the first log line on
    try:
        settings = Settings.from_env()
        if settings.llm.api_key is not None:
            redact.add_secret(settings.llm.api_key.get_secret_value())
        code: int = args.run(args, settings)
    except SummarizerError as exc:
        print(f"summarizer: error: {redact.redact(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
