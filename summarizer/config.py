"""Settings, read once at the edge (the CLI, the UI) from the environment and passed down.

Nothing below the edge reads `os.environ`. Secrets are `SecretStr`: they never appear in a
repr, a log line or a file we write.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError

from summarizer.errors import ConfigError

LLMMode = Literal["tools", "json_schema", "json", "md_json"]

DEFAULT_MAX_INPUT_MB = 20


class LLMSettings(BaseModel):
    base_url: str | None = None
    api_key: SecretStr | None = None
    model: str | None = None
    mode: LLMMode = "tools"
    timeout_s: float = Field(default=60.0, gt=0)
    concurrency: int = Field(default=8, ge=1, le=256)
    requests_per_minute: float | None = Field(default=None, gt=0)
    # Consecutive failed requests after which a run stops calling the endpoint (docs/models.md);
    # None: twice the concurrency, at least 8, so one failed wave of requests does not trip it.
    breaker_failures: int | None = Field(default=None, ge=1)

    def breaker_threshold(self) -> int:
        return self.breaker_failures or max(8, 2 * self.concurrency)

    def missing(self) -> list[str]:
        """Names of the environment variables a model run still needs."""
        needed = []
        if not self.base_url:
            needed.append("SUMMARIZER_BASE_URL")
        if not self.model:
            needed.append("SUMMARIZER_MODEL")
        return needed

    def require(self) -> None:
        """Fail, before any file is read, when a model run is asked for and not configured."""
        missing = self.missing()
        if missing:
            raise ConfigError(
                f"--backend llm needs the environment variable(s) {', '.join(missing)} "
                "(an OpenAI-compatible endpoint and model; see docs/models.md)"
            )


class Settings(BaseModel):
    data_dir: Path = Path("summarizer-data")
    max_input_bytes: int = Field(default=DEFAULT_MAX_INPUT_MB * 1024 * 1024, gt=0)
    # Confirm every saved meeting at once, skipping review (SUMMARIZER_AUTO_CONFIRM=1).
    auto_confirm: bool = False
    llm: LLMSettings = Field(default_factory=LLMSettings)
    # Supervision: a task due within this many days is 黄 (临期); who acts as which role when signed in.
    warn_days: int = Field(default=3, ge=0, le=365)
    roles_file: Path | None = None
    # A `postgresql://` URL for a shared deployment; unset: the SQLite file under `data_dir`.
    database_url: SecretStr | None = None

    @property
    def database_path(self) -> Path:
        return self.data_dir / "summarizer.sqlite3"

    @property
    def model_cache_path(self) -> Path:
        """The model answers' own SQLite file: a batch's store writes never hold up its reads and writes."""
        return self.data_dir / "model-cache.sqlite3"

    @property
    def database(self) -> Path | str:
        """Where the store lives: the PostgreSQL URL when one is set, else the SQLite file."""
        if self.database_url is not None:
            return self.database_url.get_secret_value()
        return self.database_path

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def get(*names: str) -> str | None:
            for name in names:
                value = env.get(name)
                if value:
                    return value
            return None

        raw: dict[str, object] = {}
        if data_dir := get("SUMMARIZER_DATA_DIR"):
            raw["data_dir"] = data_dir
        if url := get("SUMMARIZER_DATABASE_URL"):
            if not url.startswith(("postgresql://", "postgres://")):
                raise ConfigError(
                    "SUMMARIZER_DATABASE_URL must be a postgresql:// URL; "
                    "leave it unset to use the SQLite file under SUMMARIZER_DATA_DIR"
                )
            raw["database_url"] = url
        if max_mb := get("SUMMARIZER_MAX_INPUT_MB"):
            try:
                raw["max_input_bytes"] = int(float(max_mb) * 1024 * 1024)
            except ValueError as exc:
                raise ConfigError(f"SUMMARIZER_MAX_INPUT_MB must be a number, got {max_mb!r}") from exc
        if auto := get("SUMMARIZER_AUTO_CONFIRM"):
            raw["auto_confirm"] = auto.strip().lower() in ("1", "true", "yes", "on")
        if warn_days := get("SUMMARIZER_WARN_DAYS"):
            raw["warn_days"] = warn_days
        if roles_file := get("SUMMARIZER_ROLES_FILE"):
            raw["roles_file"] = roles_file
        llm: dict[str, object] = {
            "base_url": get("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL"),
            "api_key": get("SUMMARIZER_API_KEY", "OPENAI_API_KEY"),
            "model": get("SUMMARIZER_MODEL"),
        }
        for field, name in (
            ("mode", "SUMMARIZER_MODE"),
            ("timeout_s", "SUMMARIZER_TIMEOUT"),
            ("concurrency", "SUMMARIZER_CONCURRENCY"),
            ("requests_per_minute", "SUMMARIZER_RPM"),
            ("breaker_failures", "SUMMARIZER_BREAKER"),
        ):
            if value := get(name):
                llm[field] = value
        raw["llm"] = {k: v for k, v in llm.items() if v is not None}
        try:
            return cls.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ConfigError(f"invalid setting {where}: {first['msg']}") from exc
