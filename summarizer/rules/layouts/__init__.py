"""Layout families of minutes as plug-ins, tried in a declared order.

Each layout is one module with `detect(page)` (cheap: could this page be laid out so?) and
`items(page)` (the agenda items, or none when it is not after all). `read(page)` takes the
first layout that finds items; its name (and detail, e.g. the numbering style) becomes the
record's `format`, and `summarizer eval` scores documents per layout.

Adding a layout: a module here with `LAYOUT = Layout(name, detect, items)`, its place in
`ORDER`, and tests (see docs/rules.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from summarizer.rules.blocks import ItemBlock, Marker, Region


@dataclass
class Page:
    """What every layout reads: the normalized text and where its parts are."""

    text: str
    body: Region  # after the opening (or the items opener), before the trailer
    opening_start: int  # where the meeting sentence starts (0 when none)
    opening_end: int  # where the meeting sentence ends (at `…会议`; 0 when none)
    opening_found: bool  # a meeting sentence was found
    opener_found: bool  # an explicit `会议议定以下事项：` opened the items
    opener_start: int  # where that opener starts (the body's start when none)
    cell_starts: list[int] = field(default_factory=list)  # where a removed tab separated table cells
    lines_are_paragraphs: bool = True  # false for a wrapped PDF's text, whose line ends were guessed
    markers: list[Marker] = field(default_factory=list)  # every numbering marker of the text, in order
    detail: str = ""  # what the layout that read the items adds to its name (`dun` for `numbered:dun`)


@dataclass(frozen=True)
class Layout:
    name: str
    detect: Callable[[Page], bool]
    items: Callable[[Page], list[ItemBlock]]


def _order() -> tuple[Layout, ...]:
    from summarizer.rules.layouts import agenda_field, heading_lines, labelled, numbered, paragraphs, table

    # A table's rows are unmistakable; a first line that is a bare heading means list numbering
    # the text lost; matters labelled `【议题】` with no number (before numbers: their tasks may be
    # numbered `1.`); then numbers; prose (a news report, else plain paragraphs); last a labelled
    # agenda field whose report names no matter itself.
    return (
        table.LAYOUT, heading_lines.LAYOUT, labelled.LAYOUT, numbered.LAYOUT, paragraphs.REPORT, paragraphs.LAYOUT,
        agenda_field.LAYOUT,
    )


ORDER: tuple[Layout, ...] = _order()
NAMES: tuple[str, ...] = tuple(layout.name for layout in ORDER)


def read(page: Page) -> tuple[str, list[ItemBlock]]:
    """(format, items) from the first layout in `ORDER` that detects the page and finds items."""
    from summarizer.rules.layouts.field_rows import read_field_rows, read_labelled_lines
    from summarizer.rules.layouts.task_rows import split_task_rows

    for layout in ORDER:
        if layout.detect(page):
            page.detail = ""
            items = layout.items(page)
            if items:
                split_task_rows(page, items)  # (a table of tasks under an item, whatever the layout)
                read_field_rows(page, items)  # (an item's decision as a two-column table)
                read_labelled_lines(page, items)  # (or as labelled lines: `【会议决定】…`, `决定事项：…`)
                return (f"{layout.name}:{page.detail}" if page.detail else layout.name), items
    return "unnumbered", []
