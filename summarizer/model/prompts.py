"""Load, render and hash the prompt files in `prompts/`.

The static part (system prompt with worked examples) comes first and the item text last, so
provider prompt caches see a stable prefix. `prompt_sha` is the SHA-256 over every prompt file
(name and content), stored with each model result and part of the cache key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from string import Template

from summarizer.errors import ConfigError

PROMPT_DIR = Path(__file__).resolve().parents[2] / "prompts"
_FILES = ("system.md", "item.md", "reask.md")


@dataclass(frozen=True)
class Prompts:
    system: str
    item: Template
    reask: Template
    sha: str

    def messages(self, item_text: str, meeting_date: str | None) -> list[dict[str, str]]:
        user = self.item.substitute(meeting_date=meeting_date or "未知", item_text=item_text)
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]

    def reask_message(self, missing: list[str]) -> str:
        return self.reask.substitute(missing="；".join(missing)).strip()


def load(directory: Path = PROMPT_DIR) -> Prompts:
    texts: dict[str, str] = {}
    digest = hashlib.sha256()
    for name in _FILES:
        path = directory / name
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"prompt file {path} cannot be read: {exc.strerror}") from exc
        texts[name] = text
        digest.update(name.encode("utf-8") + b"\0" + text.encode("utf-8") + b"\0")
    return Prompts(
        system=texts["system.md"].strip(),
        item=Template(texts["item.md"].strip()),
        reask=Template(texts["reask.md"]),
        sha=digest.hexdigest(),
    )
