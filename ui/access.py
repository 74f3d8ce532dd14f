"""Optional sign-in: when `.streamlit/secrets.toml` has an `[auth]` section, every page needs it.

Streamlit's `st.login` speaks OpenID Connect to the provider configured there (see docs/ui.md);
it needs the `Authlib` package. Without `[auth]` the page is open to whoever can reach it, which
is why `summarizer ui` binds to loopback unless told otherwise.
"""

from __future__ import annotations

import importlib.util
from urllib.parse import urlsplit

import streamlit as st

from summarizer import SINGLE_USER, Actor, Settings, actor_for, load_roles
from ui.present import md


def login_configured() -> bool:
    """True when the secrets file exists and has an `[auth]` section (never reads the values out)."""
    return bool(st.secrets.load_if_toml_exists()) and "auth" in st.secrets


def signed_in_user() -> str | None:
    """Who is signed in (e-mail, else name), for the audit trail; None when sign-in is off."""
    if not login_configured() or not st.user.get("is_logged_in", False):
        return None
    return str(st.user.get("email") or st.user.get("name") or "") or None


_DEFAULT_PORTS = {"http": 80, "https": 443}


def same_origin(origin: str | None, host: str | None) -> bool:
    """Whether the websocket's `Origin` is the page's own address (`Host`), port included.

    Streamlit accepts any `localhost` origin whatever its port, so a page served by another
    program of this machine could drive this one; its script runs stop here instead. No `Origin`
    (not a browser) passes: Streamlit's own host check has already applied."""
    if not origin:
        return True
    if not host:
        return False
    try:
        page = urlsplit(origin)
        served = urlsplit(f"{page.scheme}://{host}")
        default = _DEFAULT_PORTS.get(page.scheme)
        return bool(page.hostname) and (page.hostname, page.port or default) == (
            served.hostname, served.port or default
        )
    except ValueError:  # a malformed port or address
        return False


def require_same_origin() -> None:
    """Stop every run started from a page of another origin (see `same_origin`)."""
    headers = st.context.headers
    if not same_origin(headers.get("Origin"), headers.get("Host")):
        st.error("拒绝访问：请求来自其他网页（来源与本页地址不符）。请直接在浏览器地址栏打开本页。")
        st.stop()


def require_login() -> None:
    """Stop the page with a sign-in button until the user is signed in; a no-op when not configured."""
    if not login_configured():
        return
    if importlib.util.find_spec("authlib") is None:
        st.error("已配置登录（[auth]），但未安装 Authlib。请运行 pip install 'Authlib>=1.3.2' 后重启。")
        st.stop()
    if not st.user.get("is_logged_in", False):
        st.title("常务会议纪要摘要")
        st.info("请先登录。")
        st.button("登录", on_click=st.login, type="primary")
        st.stop()
    with st.sidebar:
        st.caption(f"已登录：{md(str(st.user.get('name') or st.user.get('email') or ''))}")
        st.button("退出登录", on_click=st.logout)


def current_actor(current: Settings) -> Actor:
    """Who acts on this page: from the roles file when signed in; the single user (as the office) when not.

    A signed-in account that the roles file does not list gets no access (the page stops)."""
    if not login_configured():
        return SINGLE_USER
    roles = load_roles(current.roles_file) if current.roles_file is not None else {}
    email, name = st.user.get("email"), st.user.get("name")
    found = actor_for(roles, str(email) if email else None, str(name) if name else None)
    if found is None:
        st.error("您的账号尚未分配角色（督查室、承办单位或领导），请联系督查室在角色配置文件中添加。")
        st.stop()
    return found


def mode_notice(current: Settings) -> Actor:
    """Say on every screen who is acting: the role when signed in, 单机模式 when sign-in is off."""
    actor = current_actor(current)
    if actor.single_user:
        st.caption("单机模式，未启用登录：本机使用者以督查室身份操作。")
    else:
        st.caption(f"当前身份：{md(actor.label)}")
    return actor
