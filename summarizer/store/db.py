"""One database connection for all store code: SQLite (embedded default) or PostgreSQL.

Store code writes portable SQL once: `?` placeholders (translated to `%s` for psycopg), rows
read by column name (`row["id"]`) or position, new ids from `Database.insert` (`RETURNING id`),
one `transaction()` helper, and every driver error surfaces as a `StoreError`. `dialect` tells
the few places that must differ (search, migrations) which one they are talking to.

psycopg is imported only when a `postgresql://` URL is opened, so the SQLite path never pays
for it.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, Protocol

from summarizer.errors import StoreError

Dialect = Literal["sqlite", "postgres"]
Params = Sequence[Any]

_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class Row(Protocol):
    """A result row: by column name or position, and `dict(row)` gives name → value."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def keys(self) -> list[str]: ...


class _PgRow(tuple[Any, ...]):
    """A psycopg row that behaves like `sqlite3.Row` (index by name or position, `keys()`)."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> _PgRow:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _pg_row_factory(cursor: Any) -> Any:
    description = cursor.description
    if description is None:
        return tuple
    index = {column.name: i for i, column in enumerate(description)}
    return lambda values: _PgRow(values, index)


@functools.lru_cache(maxsize=512)
def to_psycopg(sql: str) -> str:
    """`?` placeholders to `%s` (outside quoted literals), literal `%` doubled."""
    out = []
    quote: str | None = None
    for char in sql:
        if quote is not None:
            if char == quote:
                quote = None
            out.append("%%" if char == "%" else char)
        elif char in "'\"":
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


def is_database_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(_POSTGRES_SCHEMES)


def redact(url: str) -> str:
    """A database URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class Cursor:
    """The rows of one statement; iterate, or fetch one or all."""

    def __init__(self, raw: Any, database: Database) -> None:
        self._raw = raw
        self._database = database

    def fetchone(self) -> Row | None:
        with self._database.wrapped():
            row: Row | None = self._raw.fetchone()
        return row

    def fetchall(self) -> list[Row]:
        with self._database.wrapped():
            rows: list[Row] = self._raw.fetchall()
        return rows

    def fetchmany(self, size: int) -> list[Row]:
        with self._database.wrapped():
            rows: list[Row] = self._raw.fetchmany(size)
        return rows

    def __iter__(self) -> Iterator[Row]:
        while True:
            rows = self.fetchmany(500)
            if not rows:
                return
            yield from rows

    def close(self) -> None:
        self._raw.close()


class Database:
    """An open connection; not shared across threads (open one per thread or process)."""

    def __init__(self, raw: Any, dialect: Dialect, where: str) -> None:
        self.raw = raw
        self.dialect: Dialect = dialect
        self.where = where
        self._in_transaction = False
        self._savepoints = 0
        self._streams = 0
        self._errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
        if dialect == "postgres":
            import psycopg

            self._errors = (psycopg.Error,)

    @classmethod
    def open(cls, target: str | Path) -> Database:
        if is_database_url(target):
            return cls._open_postgres(str(target))
        path = Path(target)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            raw = sqlite3.connect(path, isolation_level=None, timeout=30.0)
            raw.row_factory = sqlite3.Row
            raw.execute("PRAGMA journal_mode=WAL")
            raw.execute("PRAGMA synchronous=NORMAL")
            raw.execute("PRAGMA foreign_keys=ON")
            # A batch rewrites the same hot pages (FTS segments, index roots) document after document:
            # checkpointing every 40 MB of WAL instead of 4 MB, with a 64 MB page cache, copies them
            # back far less often (bench_scale: 32-34 -> 38-44 docs/s at 1,000 documents).
            raw.execute("PRAGMA cache_size=-65536")
            raw.execute("PRAGMA wal_autocheckpoint=10000")
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc
        return cls(raw, "sqlite", str(path))

    @classmethod
    def _open_postgres(cls, url: str) -> Database:
        where = redact(url)
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError(
                "SUMMARIZER_DATABASE_URL names PostgreSQL but psycopg is not installed; "
                'install it with `pip install "summarizer[postgres]"`'
            ) from exc
        try:
            raw = psycopg.connect(url, autocommit=True, row_factory=_pg_row_factory)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open the store at {where}: {exc}") from exc
        # Every integer as a bigint: psycopg otherwise sends the smallest type that holds each value,
        # so one statement gets a new parameter signature (parsed and planned again, never
        # prepared) for each mix of small and large values, as the band lookups have.
        from psycopg.types.numeric import Int8BinaryDumper, Int8Dumper

        raw.adapters.register_dumper(int, Int8Dumper)
        raw.adapters.register_dumper(int, Int8BinaryDumper)
        return cls(raw, "postgres", where)

    @contextmanager
    def wrapped(self, what: str = "") -> Iterator[None]:
        """Driver errors inside become `StoreError` naming the store."""
        try:
            yield
        except self._errors as exc:
            doing = f" ({what})" if what else ""
            raise StoreError(f"the store at {self.where} failed{doing}: {exc}") from exc

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        with self.wrapped():
            if self.dialect == "postgres":
                raw = self.raw.execute(to_psycopg(sql) if params else sql, tuple(params) or None)
            else:
                raw = self.raw.execute(sql, tuple(params))
        return Cursor(raw, self)

    def stream(self, sql: str, params: Params = ()) -> Iterator[Row]:
        """The rows of a long query as they are read, so memory does not grow with the result (on
        PostgreSQL a server-side cursor: the default client cursor receives every row first)."""
        if self.dialect != "postgres":
            cursor = self.execute(sql, params)
            try:
                yield from cursor
            finally:
                cursor.close()
            return
        self._streams += 1
        # WITH HOLD outside a transaction: autocommit would otherwise end the cursor at once.
        with self.wrapped(), self.raw.cursor(name=f"stream_{self._streams}", withhold=not self._in_transaction) as raw:
            raw.execute(to_psycopg(sql) if params else sql, tuple(params) or None)
            while rows := raw.fetchmany(500):
                yield from rows

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if not rows:
            return
        with self.wrapped():
            if self.dialect == "postgres":
                with self.raw.cursor() as cursor:
                    cursor.executemany(to_psycopg(sql), [tuple(r) for r in rows])
            else:
                self.raw.executemany(sql, [tuple(r) for r in rows])

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run an INSERT and return the new row's id (`RETURNING id`, on both backends)."""
        row = self.execute(sql.rstrip().rstrip(";") + " RETURNING id", params).fetchone()
        if row is None:  # pragma: no cover - an INSERT … RETURNING always returns its row
            raise StoreError(f"the store at {self.where} returned no id for an insert")
        return int(row[0])

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Params]) -> None:
        """Insert `rows` whose ids nobody needs back: PostgreSQL's COPY (one stream instead of a
        statement per row), SQLite's `executemany`."""
        if not rows:
            return
        if self.dialect == "sqlite":
            marks = ", ".join("?" * len(columns))
            self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            return
        copy_sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with self.wrapped(), self.raw.cursor() as cursor, cursor.copy(copy_sql) as copy:
            for row in rows:
                copy.write_row(tuple(row))

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[Params], key: str = "id") -> list[int]:
        """Insert `rows` in one round-trip and return their new ids (`key`), in order.

        PostgreSQL returns them (`RETURNING`, one result per row). SQLite's `executemany` returns
        no rows, so inside the caller's transaction (a write lock: no other writer) the ids are
        given explicitly: the next ones after the largest, as SQLite itself would choose them.
        """
        if not rows:
            return []
        names = ", ".join(columns)
        if self.dialect == "postgres":
            marks = ", ".join("?" * len(columns))
            return self._insert_returning(f"INSERT INTO {table} ({names}) VALUES ({marks}) RETURNING {key}", rows)
        assert self._in_transaction, "insert_many gives ids explicitly: it needs the write lock of a transaction"
        last = self.execute(f"SELECT COALESCE(MAX({key}), 0) FROM {table}").fetchone()
        first = int(last[0]) + 1 if last is not None else 1
        ids = list(range(first, first + len(rows)))
        marks = ", ".join("?" * (len(columns) + 1))
        self.executemany(
            f"INSERT INTO {table} ({key}, {names}) VALUES ({marks})",
            [(new_id, *row) for new_id, row in zip(ids, rows, strict=True)],
        )
        return ids

    def _insert_returning(self, sql: str, rows: Sequence[Params]) -> list[int]:
        ids: list[int] = []
        with self.wrapped(), self.raw.cursor() as cursor:
            cursor.executemany(to_psycopg(sql), [tuple(r) for r in rows], returning=True)
            while True:
                row = cursor.fetchone()
                assert row is not None, "INSERT … RETURNING returns each row's id"
                ids.append(int(row[0]))
                if not cursor.nextset():
                    return ids

    def script(self, sql: str) -> None:
        """Several statements without parameters (migrations)."""
        with self.wrapped("schema"):
            if self.dialect == "postgres":
                self.raw.execute(sql)
            else:
                self.raw.executescript(sql)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One all-or-nothing write; a crash inside it leaves the database as it was. Nested in
        another, it is a savepoint: if it fails, its own writes are undone and the outer one goes on."""
        if self._in_transaction:
            self._savepoints += 1
            name = f"nested_{self._savepoints}"
            with self.wrapped("savepoint"):
                self.raw.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                with self.wrapped("rollback"):
                    self.raw.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.raw.execute(f"RELEASE SAVEPOINT {name}")
                raise
            finally:
                self._savepoints -= 1
            with self.wrapped("savepoint"):
                self.raw.execute(f"RELEASE SAVEPOINT {name}")
            return
        with self.wrapped("begin"):
            self.raw.execute(self._begin)
        self._in_transaction = True
        try:
            yield self
        except BaseException:
            self._in_transaction = False
            with self.wrapped("rollback"):
                self.raw.execute("ROLLBACK")
            raise
        self._in_transaction = False
        with self.wrapped("commit"):
            self.raw.execute("COMMIT")

    @contextmanager
    def write_groups(self, documents: int, seconds: float) -> Iterator[Callable[[], None]]:
        """One transaction around many small ones, for a single writer storing document after
        document (a SQLite batch): each document's pages are then written once per group instead of
        once per document. Call the function it gives after each document: it commits when
        `documents` were written or `seconds` passed since the last commit, and goes on in a new
        transaction. A failure undoes only the uncommitted group; a rerun stores it again."""
        written, since = 0, time.monotonic()

        def done() -> None:
            nonlocal written, since
            written += 1
            if written >= documents or time.monotonic() - since >= seconds:
                with self.wrapped("commit"):
                    self.raw.execute("COMMIT")
                    self.raw.execute(self._begin)
                written, since = 0, time.monotonic()

        # Each statement on a table with triggers (tasks: the statistics' tally) opens a statement
        # journal, a temporary file unless temp_store is MEMORY: 18 µs per task row inserted, about
        # 0.5 ms of a document's 18-19 ms. A batch's statements are small, so its temporary data
        # stays in memory; other commands keep files (a whole-ledger export's sort would double
        # its memory: 200 -> 398 MB at 575,000 tasks).
        memory = self.dialect == "sqlite"
        if memory:
            self.raw.execute("PRAGMA temp_store = MEMORY")
        try:
            with self.transaction():
                yield done
        finally:
            if memory:
                self.raw.execute("PRAGMA temp_store = DEFAULT")

    @property
    def _begin(self) -> str:
        return "BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN"

    def close(self) -> None:
        self.raw.close()
