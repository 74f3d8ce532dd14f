"""Who acts on the ledger: 督查室 (office), 承办单位 (unit) users, 领导 (leader).

With sign-in configured, a TOML file (`SUMMARIZER_ROLES_FILE`) maps each signed-in account to a
role and, for unit users, the unit whose tasks they see and answer for:

    [[user]]
    email = "ducha@example.gov.cn"
    role = "office"            # or 督查室
    [[user]]
    email = "fgw@example.gov.cn"
    role = "unit"              # or 承办单位
    unit = "市发改委"
    [[user]]
    email = "leader@example.gov.cn"
    role = "leader"            # or 领导

Without sign-in there is one user at the machine, who acts as the office (单机模式).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from summarizer.errors import ConfigError

Role = Literal["office", "unit", "leader"]

ROLE_LABELS: dict[Role, str] = {"office": "督查室", "unit": "承办单位", "leader": "领导"}
ROLE_TEXT: dict[str, str] = {str(k): v for k, v in ROLE_LABELS.items()}  # by the stored role text (task_history.role)
_ROLE_NAMES: dict[str, Role] = {**{r: r for r in ROLE_LABELS}, **{v: k for k, v in ROLE_LABELS.items()}}


@dataclass(frozen=True)
class Actor:
    """The person acting: a name for the audit trail, a role, and for a unit user the unit."""

    name: str
    role: Role
    unit: str | None = None
    single_user: bool = False

    @property
    def label(self) -> str:
        where = f"（{self.unit}）" if self.unit else ""
        return f"{ROLE_LABELS[self.role]}{where}"


SINGLE_USER = Actor(name="", role="office", single_user=True)


def load_roles(path: Path) -> dict[str, Actor]:
    """Account (e-mail or name, lower-cased) → actor, read from the roles file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"cannot read the roles file {path}: {exc}", zh=f"无法读取角色配置文件 {path.name}，请检查文件格式。"
        ) from exc
    actors: dict[str, Actor] = {}
    for i, entry in enumerate(data.get("user", [])):
        account = str(entry.get("email") or entry.get("name") or "").strip().lower()
        role = _ROLE_NAMES.get(str(entry.get("role", "")).strip())
        unit = str(entry.get("unit") or "").strip() or None
        if not account or role is None or (role == "unit" and unit is None):
            raise ConfigError(
                f"roles file {path}: user #{i + 1} needs an email, a role (office, unit, leader) "
                "and, for a unit user, a unit",
                zh=f"角色配置文件第 {i + 1} 个用户缺少账号、角色或承办单位。",
            )
        actors[account] = Actor(name=account, role=role, unit=unit if role == "unit" else None)
    return actors


def actor_for(roles: dict[str, Actor], *accounts: str | None) -> Actor | None:
    """The actor of the first account (e-mail, then name) listed in the roles file."""
    for account in accounts:
        if account and (found := roles.get(account.strip().lower())) is not None:
            return found
    return None
