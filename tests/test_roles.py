"""The roles file: accounts to 督查室 / 承办单位 / 领导, Chinese or English role names, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.config import Settings
from summarizer.errors import ConfigError
from summarizer.supervision.roles import Actor, actor_for, load_roles


def test_roles_file_maps_accounts_case_insensitively(tmp_path: Path) -> None:
    path = tmp_path / "roles.toml"
    path.write_text(
        '[[user]]\nemail = "DuCha@Example.gov.cn"\nrole = "督查室"\n'
        '[[user]]\nemail = "fgw@example.gov.cn"\nrole = "unit"\nunit = "市发改委"\n'
        '[[user]]\nname = "王市长"\nrole = "领导"\n',
        encoding="utf-8",
    )
    roles = load_roles(path)
    assert actor_for(roles, "ducha@example.gov.cn") == Actor(name="ducha@example.gov.cn", role="office")
    assert actor_for(roles, None, "fgw@example.gov.cn") == Actor("fgw@example.gov.cn", "unit", "市发改委")
    assert actor_for(roles, "nobody@example.gov.cn", "王市长") == Actor("王市长", "leader")
    assert actor_for(roles, "stranger@example.gov.cn") is None
    assert roles["fgw@example.gov.cn"].label == "承办单位（市发改委）"


@pytest.mark.parametrize(
    "text, zh",
    [
        ('[[user]]\nemail = "a@b"\nrole = "unit"\n', "角色配置文件第 1 个用户缺少账号、角色或承办单位。"),
        ('[[user]]\nemail = "a@b"\nrole = "admin"\n', "角色配置文件第 1 个用户缺少账号、角色或承办单位。"),
        ("[[user]\n", "无法读取角色配置文件 roles.toml，请检查文件格式。"),
    ],
)
def test_a_bad_roles_file_is_one_clear_error(tmp_path: Path, text: str, zh: str) -> None:
    path = tmp_path / "roles.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_roles(path)
    assert error.value.zh == zh


def test_settings_read_the_roles_file_and_warning_days_from_the_environment(tmp_path: Path) -> None:
    settings = Settings.from_env({"SUMMARIZER_ROLES_FILE": str(tmp_path / "r.toml"), "SUMMARIZER_WARN_DAYS": "5"})
    assert settings.roles_file == tmp_path / "r.toml" and settings.warn_days == 5
    assert Settings.from_env({}).warn_days == 3
    with pytest.raises(ConfigError, match="warn_days"):
        Settings.from_env({"SUMMARIZER_WARN_DAYS": "-1"})
