"""Document identity: two files of the same name are two meetings, listed and opened as themselves.

`doc_id` is the file name without its extension, which two folders can share; the identity is
the sha256 of the bytes. The page's picker is keyed by it and names meetings by issuer, number
and date; a search hit opens the meeting it was found in.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, W21_DOC, W26_DOC
from streamlit.testing.v1 import AppTest

from summarizer.batch import extractor_for, run_batch
from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.store import Store

APP = str(Path(__file__).resolve().parent.parent / "ui" / "app.py")


@pytest.fixture
def same_named(tmp_path: Path) -> Store:
    """Both corpus meetings, each saved as `minutes.txt` in its own folder (W21's folder sorts first)."""
    for folder, doc in (("a", W21_DOC), ("b", W26_DOC)):
        (tmp_path / "inbox" / folder).mkdir(parents=True)
        shutil.copy(CORPUS / f"{doc}.txt", tmp_path / "inbox" / folder / "minutes.txt")
    settings = Settings(data_dir=tmp_path / "data")
    store = Store.open(settings.database_path)
    list(run_batch(store, [tmp_path / "inbox"], extractor_for("rules", settings)))
    return store


def start(store: Store) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["settings"] = Settings(data_dir=Path(store.path).parent)
    at.run()
    return at


def test_the_store_keeps_both_and_refuses_to_guess_between_them(same_named: Store) -> None:
    rows = same_named.meetings()
    assert [(r.doc_id, r.number) for r in rows] == [("minutes", 10), ("minutes", 14)]
    for row in rows:
        assert same_named.get(row.sha256).minutes.number == row.number
    with pytest.raises(InputError) as caught:
        same_named.get("minutes")
    assert "2 stored meetings are named 'minutes'" in str(caught.value)
    assert caught.value.zh is not None and "2 份" in caught.value.zh


def test_the_picker_lists_every_meeting_by_issuer_number_and_date_and_opens_each(same_named: Store) -> None:
    at = start(same_named)
    at.radio[0].set_value("stored").run()
    assert at.selectbox[0].options == [
        "【待审核】太仓市 第14号 2023年6月29日（3 项议题）", "【待审核】太仓市 第10号 2023年5月23日（12 项议题）"
    ]  # saved, not yet confirmed
    for sha, number in ((r.sha256, r.number) for r in same_named.meetings()):
        at.selectbox[0].set_value(sha).run()
        assert not at.exception and not at.error
        facts = [m.value for m in at.markdown if m.value.startswith("**纪要编号**")]
        assert facts == [f"**纪要编号**  \n第{number}号"]


def test_a_search_hit_opens_the_meeting_it_was_found_in(same_named: Store) -> None:
    hits = same_named.search("消防安全专项治理")
    w21 = next(r.sha256 for r in same_named.meetings() if r.number == 10)
    assert hits and {hit.sha256 for hit in hits} == {w21}  # only in the first-saved of the two
    at = start(same_named)
    at.switch_page("screens/search.py").run()
    at.text_input[0].input("消防安全专项治理").run()
    at.button(key="open-hit-0").click().run()
    assert not at.exception and at.title[0].value == "原文对照"
    excerpt = next(c.value for c in at.caption if c.value.startswith("原文摘录："))
    assert "消防安全专项治理" in excerpt
