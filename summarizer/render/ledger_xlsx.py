"""The task ledger (督办台账) as XLSX and CSV, streamed: rows are written as they come (from a
SQL cursor, see `store.weekly.iter_ledger`), so memory does not grow with the ledger.

XLSX (openpyxl write-only mode): A4 landscape, fit to one page wide, the header row repeated on
every printed page and frozen on screen, an autofilter, real date cells, column widths with the
task text widest, the meeting named by issuer and number (never the file name), a warning-light
column (红黄绿灰 text in colour) and page numbers in the footer.
CSV: UTF-8 with a BOM (Excel on Chinese Windows reads it without mojibake), same columns.
Text that a spreadsheet would read as a formula is escaped (see `render.safe`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from summarizer.clock import today_in_china
from summarizer.render.digest_text import (
    LIGHT_RGB,
    chinese_number,
    light_word,
    meeting_ref,
    remaining_label,
    status_label,
)
from summarizer.render.safe import cell_value
from summarizer.supervision.dues import light, remaining_days

LEDGER_HEADERS = [
    "编号", "会议", "会议日期", "议题", "责任单位", "协办单位",
    "任务内容", "时限", "截止日期", "距截止", "预警", "状态", "重复自",
]
_WIDTHS = [7, 20, 11, 24, 14, 10, 50, 11, 11, 9, 5, 7, 7]
_DATE_COLUMNS = frozenset({2, 8})  # 会议日期, 截止日期 (0-based)
_WRAPPED_COLUMNS = frozenset({1, 3, 4, 5, 6, 7})
_LIGHT_COLUMN = 10
LINE_HEIGHT_PT = 15.0
DATE_FORMAT = "yyyy-mm-dd"
CSV_BOM = "\ufeff"


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _field(task: Any, name: str, default: Any = None) -> Any:
    if isinstance(task, dict):
        return task.get(name, default)
    return getattr(task, name, default)


def ledger_values(task: Any, as_of: dt.date) -> tuple[list[object], str | None]:
    """The ledger columns of one task (a row dict from the store, or a Task-like object) and its
    light, computed at `as_of`."""
    due = _date(_field(task, "due_date")) or _date(_field(task, "deadline_date"))
    status = str(_field(task, "status"))
    meeting_date = _date(_field(task, "meeting_date"))
    co_units = _field(task, "co_units") or []
    if isinstance(co_units, str):
        co_units = json.loads(co_units or "[]")
    task_light = light(due, status, as_of)
    values: list[object] = [
        _field(task, "id"),
        meeting_ref(_field(task, "issuer"), _field(task, "number"), meeting_date, with_issuer=True),
        meeting_date,
        f"{chinese_number(int(_field(task, 'item_number')))}、{_field(task, 'item_title')}",
        _field(task, "unit"),
        "、".join(str(u) for u in co_units),
        " ".join(str(_field(task, "text")).split()),
        _field(task, "deadline_text") or "",
        due,
        remaining_label(remaining_days(due, as_of)) if task_light else "",
        light_word(task_light) if task_light else "",
        status_label(status),
        _field(task, "repeat_of") or "",
    ]
    return values, task_light


class _Styles:
    """Shared style objects (openpyxl deduplicates them; creating one per cell is slow)."""

    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="F2F2F2")
    header_alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")


_LIGHT_FONTS = {name: Font(bold=True, color=rgb) for name, rgb in LIGHT_RGB.items()}


def _setup_sheet(sheet: Any) -> None:
    """Everything openpyxl's write-only mode needs before the first row."""
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"


def _header_row(sheet: Any) -> list[WriteOnlyCell]:
    cells = []
    for title in LEDGER_HEADERS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font, cell.fill, cell.alignment = _Styles.header_font, _Styles.header_fill, _Styles.header_alignment
        cells.append(cell)
    return cells


class _Templates:
    """One styled cell per kind; data cells share its style array instead of setting fonts and
    alignments one by one (openpyxl hashes every style object on each assignment: the export's
    main cost)."""

    def __init__(self, sheet: Any) -> None:
        self.top = WriteOnlyCell(sheet)
        self.top.alignment = _Styles.top
        self.wrap = WriteOnlyCell(sheet)
        self.wrap.alignment = _Styles.wrap
        self.date = WriteOnlyCell(sheet)
        self.date.alignment, self.date.number_format = _Styles.top, DATE_FORMAT
        self.lights: dict[str, Any] = {}
        for name, font in _LIGHT_FONTS.items():
            cell = WriteOnlyCell(sheet)
            cell.alignment, cell.font = _Styles.top, font
            self.lights[name] = cell


def _row(sheet: Any, templates: _Templates, values: list[object], task_light: str | None) -> list[WriteOnlyCell]:
    cells = []
    for column, value in enumerate(values):
        cell = WriteOnlyCell(sheet, value=cell_value(value))
        if column in _DATE_COLUMNS and isinstance(value, dt.date):
            template = templates.date
        elif column == _LIGHT_COLUMN and task_light:
            template = templates.lights[task_light]
        else:
            template = templates.wrap if column in _WRAPPED_COLUMNS else templates.top
        cell._style = template._style  # written at once and never changed: sharing is safe
        cells.append(cell)
    return cells


def _display_width(text: str) -> float:
    """Width in spreadsheet column units: a Chinese character is about two."""
    return sum(1.8 if ord(char) > 0x2E80 else 1.0 for char in text)


def row_height(values: list[object]) -> float:
    """Points for a row whose wrapped cells must show all their lines. Spreadsheet programs do
    not all fit row heights on opening (LibreOffice keeps the default), so the file says it."""
    lines = 1
    for column in _WRAPPED_COLUMNS:
        value = values[column]
        if isinstance(value, str) and value:
            lines = max(lines, math.ceil(_display_width(value) / (_WIDTHS[column] - 1)))
    return lines * LINE_HEIGHT_PT + 2


def write_ledger_xlsx(
    target: Path | IO[bytes], sheets: Iterable[tuple[str, Iterable[Any]]], as_of: dt.date | None = None
) -> int:
    """Stream one worksheet per (title, rows) pair into `target`; return the number of rows."""
    today = as_of or today_in_china()
    workbook = Workbook(write_only=True)
    written = 0
    for title, tasks in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        _setup_sheet(sheet)
        sheet.append(_header_row(sheet))
        templates = _Templates(sheet)
        count = 0
        for task in tasks:
            values, task_light = ledger_values(task, today)
            number = count + 2
            sheet.row_dimensions[number].height = row_height(values)
            sheet.append(_row(sheet, templates, values, task_light))
            del sheet.row_dimensions[number]  # written with the row; keep memory flat
            count += 1
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(LEDGER_HEADERS))}{count + 1}"
        written += count
    workbook.save(target)
    return written


def render_ledger_xlsx(sheets: Sequence[tuple[str, Iterable[Any]]], as_of: dt.date | None = None) -> bytes:
    """The same workbook in memory (for a download button: the page's lists are bounded)."""
    buffer = io.BytesIO()
    write_ledger_xlsx(buffer, sheets, as_of)
    return buffer.getvalue()


def write_ledger_csv(out: IO[str], tasks: Iterable[Any], as_of: dt.date | None = None) -> int:
    """Stream the ledger as CSV into a text stream, BOM first; return the number of rows."""
    today = as_of or today_in_china()
    out.write(CSV_BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(LEDGER_HEADERS)
    count = 0
    for task in tasks:
        values, _ = ledger_values(task, today)
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, dt.date) else cell_value(v)
                         for v in values])
        count += 1
    return count


def render_ledger_csv(tasks: Iterable[Any], as_of: dt.date | None = None) -> str:
    buffer = io.StringIO()
    write_ledger_csv(buffer, tasks, as_of)
    return buffer.getvalue()
