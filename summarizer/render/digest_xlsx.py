"""The weekly digest's task lists as an Excel workbook in the ledger's print-ready layout: the
week's new tasks and the carried-over reminders (overdue or due within 7 days), lights as of
the digest's date."""

from __future__ import annotations

from summarizer.digest import Digest
from summarizer.render.ledger_xlsx import render_ledger_xlsx

NEW_SHEET = "本周新增任务"
CARRIED_SHEET = "往期任务提醒"


def render_digest_xlsx(digest: Digest) -> bytes:
    sheets = [(NEW_SHEET, digest.tasks_opened), (CARRIED_SHEET, digest.tasks_carried_over)]
    return render_ledger_xlsx(sheets, as_of=digest.as_of)
