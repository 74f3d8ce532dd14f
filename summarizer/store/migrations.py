"""Append-only schema migrations for the store.

Each entry of `MIGRATIONS` is one step, applied once, in order, and recorded in
`schema_migrations`. Never edit or reorder a step that has shipped: add a new one.
The `model_cache` table belongs to `summarizer.model.cache` and is not created here.
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.store.db import Database


def _tally_key(row: str) -> str:
    """Step 15's tally key of a task row (`t`, `NEW`, `OLD`). Shipped: never change it."""
    return (
        f"COALESCE({row}.issuer, ''), {row}.unit, {row}.unit_verbatim, {row}.status, COALESCE({row}.due_date, ''), "
        f"CASE WHEN {row}.status = 'done' AND ({row}.due_date IS NULL OR {row}.done_on <= {row}.due_date) "
        "THEN 1 ELSE 0 END"
    )


def _counted(row: str) -> str:
    """Step 15: the task row's meeting counts (current version, confirmed). Shipped: never change it."""
    return (
        f"EXISTS (SELECT 1 FROM documents d WHERE d.id = {row}.document_id "
        "AND d.review = 'confirmed' AND d.superseded_by IS NULL)"
    )


_TALLY_ADD = (
    "ON CONFLICT (issuer, unit, unit_verbatim, status, due_date, on_time) DO UPDATE SET n = task_tally.n + excluded.n"
)


_TALLY_TABLE = f"""CREATE TABLE task_tally (
        issuer TEXT NOT NULL,
        unit TEXT NOT NULL,
        unit_verbatim TEXT NOT NULL,
        status TEXT NOT NULL,
        due_date TEXT NOT NULL,
        on_time INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (issuer, unit, unit_verbatim, status, due_date, on_time)
    );
    INSERT INTO task_tally SELECT {_tally_key("t")}, COUNT(*)
        FROM tasks t JOIN documents d ON d.id = t.document_id
        WHERE d.review = 'confirmed' AND d.superseded_by IS NULL GROUP BY 1, 2, 3, 4, 5, 6;"""

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, their normalized items and directives, the ledger and batch runs.
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        doc_id TEXT NOT NULL,
        source_file TEXT NOT NULL,
        media_type TEXT NOT NULL,
        issuer TEXT,
        number INTEGER,
        version_key TEXT,
        meeting_date TEXT,
        backend TEXT NOT NULL,
        minutes_json TEXT NOT NULL,
        source_text TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        superseded_by INTEGER REFERENCES documents(id)
    );
    CREATE INDEX documents_meeting_date ON documents(meeting_date);
    CREATE INDEX documents_version_key ON documents(version_key);

    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        heading TEXT NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        decision TEXT,
        decision_paragraph TEXT,
        lead_units TEXT NOT NULL,
        issuance TEXT NOT NULL
    );
    CREATE INDEX items_document ON items(document_id);

    CREATE TABLE directives (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        marker TEXT NOT NULL,
        text TEXT NOT NULL,
        addressees TEXT NOT NULL
    );
    CREATE INDEX directives_document ON directives(document_id);

    CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        meeting_date TEXT,
        item_number INTEGER NOT NULL,
        item_title TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('directive', 'lead_unit')),
        directive_ordinal INTEGER,
        unit TEXT NOT NULL,
        unit_verbatim TEXT NOT NULL,
        text TEXT NOT NULL,
        deadline_text TEXT,
        deadline_date TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        span_start INTEGER,
        span_end INTEGER,
        fingerprint TEXT NOT NULL,
        repeat_of INTEGER REFERENCES tasks(id),
        created_at TEXT NOT NULL
    );
    CREATE INDEX tasks_document ON tasks(document_id);
    CREATE INDEX tasks_unit ON tasks(unit);
    CREATE INDEX tasks_status ON tasks(status);

    CREATE TABLE task_history (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        old_status TEXT,
        new_status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX task_history_task ON task_history(task_id);

    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        backend TEXT NOT NULL,
        inputs TEXT NOT NULL,
        saved INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE run_failures (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        error TEXT NOT NULL
    );
    """,
    # 2: full-text search over item titles, decisions and directives (trigram: 3+ characters).
    """
    CREATE VIRTUAL TABLE search_index USING fts5(
        text, kind UNINDEXED, document_id UNINDEXED, ref_id UNINDEXED, tokenize='trigram'
    );
    """,
    # 3: repeat linking reads a unit's earlier tasks newest first.
    """
    CREATE INDEX tasks_unit_meeting_date ON tasks(unit, meeting_date);
    """,
    # 4: review before the ledger, and what the supervision lifecycle reads on every task.
    # A meeting is `pending` until a person confirms it; only confirmed meetings' tasks count.
    # Meetings stored before review existed were already in use, so they start confirmed.
    # Tasks carry their issuer (repeat links and filters stay within one government), their
    # co-units (协办单位, a JSON list), whether they are addressed to a group (泛指), and a due
    # date a reviewer may change (it starts as the resolved deadline). `task_history.kind` tells a
    # status change from other events on a task (feedback, extension, reminder, correction).
    """
    ALTER TABLE documents ADD COLUMN review TEXT NOT NULL DEFAULT 'pending';
    ALTER TABLE documents ADD COLUMN reviewed_at TEXT;
    ALTER TABLE documents ADD COLUMN reviewed_by TEXT;
    UPDATE documents SET review = 'confirmed', reviewed_by = 'migration', reviewed_at = ingested_at;
    CREATE INDEX documents_review ON documents(review);

    ALTER TABLE tasks ADD COLUMN issuer TEXT;
    ALTER TABLE tasks ADD COLUMN co_units TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE tasks ADD COLUMN is_group INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE tasks ADD COLUMN due_date TEXT;
    UPDATE tasks SET due_date = deadline_date,
        issuer = (SELECT d.issuer FROM documents d WHERE d.id = tasks.document_id);
    CREATE INDEX tasks_issuer_unit ON tasks(issuer, unit);
    CREATE INDEX tasks_due_date ON tasks(due_date);

    ALTER TABLE task_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'status';
    """,
    # 5: repeat links are found through an index, scoped by issuer and unit: each task's text
    # signature bands (summarizer.store.repeats). Rows stored before are indexed (and their links,
    # which could cross governments, recomputed) by `Store.open` right after this step.
    """
    CREATE TABLE task_keys (
        key BIGINT NOT NULL,
        meeting_date TEXT NOT NULL,
        task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        PRIMARY KEY (key, meeting_date, task_id)
    ) WITHOUT ROWID;
    CREATE INDEX task_keys_task ON task_keys(task_id);
    CREATE INDEX tasks_repeat_of ON tasks(repeat_of);
    """,
    # 6: one- and two-character search through an index: every character and character pair of a
    # search_index row, as tokens of a contentless FTS5 table with the same rowid (PostgreSQL: a
    # text[] column with a GIN index). Rows stored before are indexed by `Store.open`.
    """
    CREATE VIRTUAL TABLE search_grams USING fts5(grams, content='', detail=none, tokenize='unicode61');
    """,
    # 7: batch workers sharing a database claim each file (by sha256) before extracting it; the
    # primary key makes a claim exclusive, and a claim older than the batch's stale limit
    # (a worker that died) may be taken over.
    """
    CREATE TABLE claims (
        sha256 TEXT PRIMARY KEY,
        worker TEXT NOT NULL,
        claimed_at TEXT NOT NULL
    );
    """,
    # 8: the weekly digest reads one issuer's open tasks by due date (overdue, due within a week)
    # and stops at a LIMIT, so its cost does not grow with the store's history; it counts an
    # issuer's open tasks per unit from a covering index, without reading the task rows.
    """
    CREATE INDEX tasks_issuer_due_date ON tasks(issuer, due_date);
    CREATE INDEX tasks_issuer_open ON tasks(issuer, unit, status, meeting_date, due_date, document_id);
    """,
    # 9: every correction a reviewer makes (the audit trail, and evaluation data). No foreign key:
    # the trail outlives a deleted meeting, so it names the document by sha256 and doc_id too.
    # Values are JSON text (a list of units, a date, a whole task for a split or a deletion).
    """
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        document_id INTEGER,
        document_sha256 TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        item_number INTEGER,
        task_id INTEGER,
        field TEXT NOT NULL,
        extracted TEXT,
        corrected TEXT,
        who TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX corrections_document ON corrections(document_sha256);
    CREATE INDEX corrections_task ON corrections(task_id);
    """,
    # 10: the supervision lifecycle (summarizer.supervision.lifecycle). The first open state is now
    # `assigned` (已交办). History events carry the actor's role and unit, a new due date (extension
    # requests and approvals) and the day a progress report speaks of. `tasks.pending_due` holds an
    # extension request awaiting the office; `tasks.done_on` the China day a task was signed off
    # (on-time rate). The ledger sorts and filters open tasks by status and due date.
    """
    UPDATE tasks SET status = 'assigned' WHERE status = 'open';
    UPDATE task_history SET old_status = 'assigned' WHERE old_status = 'open';
    UPDATE task_history SET new_status = 'assigned' WHERE new_status = 'open';
    ALTER TABLE task_history ADD COLUMN role TEXT NOT NULL DEFAULT '';
    ALTER TABLE task_history ADD COLUMN actor_unit TEXT;
    ALTER TABLE task_history ADD COLUMN new_due TEXT;
    ALTER TABLE task_history ADD COLUMN event_date TEXT;
    ALTER TABLE tasks ADD COLUMN pending_due TEXT;
    ALTER TABLE tasks ADD COLUMN done_on TEXT;
    CREATE INDEX tasks_status_due_date ON tasks(status, due_date);
    """,
    # 11: items whose model call failed or was never sent (the endpoint was down, the breaker
    # open): the document is stored with their rule-based records, and the next llm batch (or
    # `summarizer batch --retry-model`) asks the model again for these items only.
    """
    ALTER TABLE documents ADD COLUMN model_pending INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX documents_model_pending ON documents(model_pending);
    """,
    # 12: fewer pages written per saved document (a batch's commit cost). Repeat keys carry their
    # issuer and unit in their high bits, so a document's keys land in a few neighbouring index
    # pages instead of one random page each: the keys stored before are dropped here and rebuilt
    # by `Store.open`. Three indexes that are the prefix of another one go. A document newer than
    # every other of its issuer (found through the new index) has no later repeats to look for.
    """
    DELETE FROM task_keys;
    CREATE INDEX documents_issuer_meeting_date ON documents(issuer, meeting_date);
    DROP INDEX tasks_unit;
    DROP INDEX tasks_issuer_unit;
    DROP INDEX tasks_status;
    """,
    # 13: the digest counts one issuer's open tasks without reading a document row: which of the
    # issuer's documents count (current and confirmed) comes from this index alone. In SQLite the
    # review state sits after the stored texts in each row, so a join read every document's
    # overflow pages (a cold week's digest of every issuer took 2-2.6 s at 20,000 documents).
    """
    CREATE INDEX documents_counted ON documents(issuer, review, superseded_by);
    """,
    # 14: one row of band values per task, keyed by its issuer and unit (hashed) and meeting date,
    # instead of one key per band: a saved document's rows land at the newest end of each of its
    # units' ranges, a page or two per unit, where the keys of step 5 fell on a random page each
    # (about 230 of the 430 pages a document wrote at 8,000 documents). Filled by `Store.open`.
    """
    CREATE TABLE task_bands (
        scope BIGINT NOT NULL,
        meeting_date TEXT NOT NULL,
        task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        b0 BIGINT NOT NULL,
        b1 BIGINT NOT NULL,
        b2 BIGINT NOT NULL,
        b3 BIGINT NOT NULL,
        b4 BIGINT NOT NULL,
        b5 BIGINT NOT NULL,
        b6 BIGINT NOT NULL,
        b7 BIGINT NOT NULL,
        b8 BIGINT NOT NULL,
        b9 BIGINT NOT NULL,
        b10 BIGINT NOT NULL,
        b11 BIGINT NOT NULL,
        PRIMARY KEY (scope, meeting_date, task_id)
    ) WITHOUT ROWID;
    CREATE INDEX task_bands_task ON task_bands(task_id);
    DROP TABLE task_keys;
    """,
    # 15: the 统计 page counts from a tally instead of reading every task (0.9 s at 575,000 tasks):
    # counted tasks (current versions of confirmed meetings) per issuer, unit, status, due date and
    # whether a signed-off task met its due date, kept by triggers on every write to tasks and to a
    # meeting's review or version, so no code path can forget it. '' stands for no issuer and no
    # due date (a key column cannot be NULL). Ages are not in it: they move with the day, and only
    # the last 90 days of open tasks are read for them (`tasks_open_start`).
    f"""
    {_TALLY_TABLE}
    CREATE TRIGGER task_tally_insert AFTER INSERT ON tasks WHEN {_counted("NEW")}
    BEGIN
        INSERT INTO task_tally VALUES ({_tally_key("NEW")}, 1) {_TALLY_ADD};
    END;
    CREATE TRIGGER task_tally_delete AFTER DELETE ON tasks WHEN {_counted("OLD")}
    BEGIN
        INSERT INTO task_tally VALUES ({_tally_key("OLD")}, -1) {_TALLY_ADD};
    END;
    CREATE TRIGGER task_tally_update AFTER UPDATE OF issuer, unit, unit_verbatim, status, due_date, done_on
        ON tasks WHEN {_counted("NEW")}
    BEGIN
        INSERT INTO task_tally VALUES ({_tally_key("OLD")}, -1) {_TALLY_ADD};
        INSERT INTO task_tally VALUES ({_tally_key("NEW")}, 1) {_TALLY_ADD};
    END;
    CREATE TRIGGER document_tally_update AFTER UPDATE OF review, superseded_by ON documents
        WHEN (OLD.review = 'confirmed' AND OLD.superseded_by IS NULL)
            <> (NEW.review = 'confirmed' AND NEW.superseded_by IS NULL)
    BEGIN
        INSERT INTO task_tally SELECT {_tally_key("t")},
            CASE WHEN NEW.review = 'confirmed' AND NEW.superseded_by IS NULL THEN COUNT(*) ELSE -COUNT(*) END
            FROM tasks t WHERE t.document_id = NEW.id GROUP BY 1, 2, 3, 4, 5, 6 {_TALLY_ADD};
    END;
    CREATE TRIGGER document_tally_delete BEFORE DELETE ON documents
        WHEN OLD.review = 'confirmed' AND OLD.superseded_by IS NULL
    BEGIN
        INSERT INTO task_tally SELECT {_tally_key("t")}, -COUNT(*)
            FROM tasks t WHERE t.document_id = OLD.id GROUP BY 1, 2, 3, 4, 5, 6 {_TALLY_ADD};
    END;
    CREATE INDEX tasks_open_start ON tasks(status, COALESCE(meeting_date, SUBSTR(created_at, 1, 10)));
    """,
)

# The steps after which `Store.open` indexes rows already stored (repeat bands, search grams), and
# those after which it recomputes every repeat link too (step 14 only changed how they are found).
REPEAT_KEYS_STEPS = (5, 12, 14)
RELINK_STEPS = (5, 12)
SEARCH_GRAMS_STEP = 6


# PostgreSQL reads the same steps, translated when they are applied (`for_postgres`): an
# `INTEGER PRIMARY KEY` becomes an identity column, and the SQLite-only FTS5 step becomes a
# plain table with a pg_trgm GIN index (PostgreSQL's trigram search).
_POSTGRES_REPLACEMENTS: dict[int, str] = {
    2: """
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE TABLE search_index (
        rowid INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        document_id INTEGER NOT NULL,
        ref_id INTEGER NOT NULL
    );
    CREATE INDEX search_index_trigrams ON search_index USING gin (text gin_trgm_ops);
    CREATE INDEX search_index_document ON search_index(document_id);
    """,
    6: """
    ALTER TABLE search_index ADD COLUMN grams TEXT[];
    CREATE INDEX search_index_grams ON search_index USING gin (grams);
    """,
    # 15: the same table, backfill and index; the triggers as functions.
    15: f"""
    {_TALLY_TABLE}
    CREATE FUNCTION task_tally_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' AND {_counted("OLD")} THEN
            INSERT INTO task_tally VALUES ({_tally_key("OLD")}, -1) {_TALLY_ADD};
        END IF;
        IF TG_OP <> 'DELETE' AND {_counted("NEW")} THEN
            INSERT INTO task_tally VALUES ({_tally_key("NEW")}, 1) {_TALLY_ADD};
        END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER task_tally_row AFTER INSERT OR DELETE
        OR UPDATE OF issuer, unit, unit_verbatim, status, due_date, done_on ON tasks
        FOR EACH ROW EXECUTE FUNCTION task_tally_row();
    CREATE FUNCTION document_tally() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        counted_before BOOLEAN := TG_OP <> 'INSERT' AND OLD.review = 'confirmed' AND OLD.superseded_by IS NULL;
        counted_after BOOLEAN := TG_OP = 'UPDATE' AND NEW.review = 'confirmed' AND NEW.superseded_by IS NULL;
    BEGIN
        IF counted_before <> counted_after THEN
            INSERT INTO task_tally SELECT {_tally_key("t")}, CASE WHEN counted_after THEN COUNT(*) ELSE -COUNT(*) END
                FROM tasks t WHERE t.document_id = OLD.id GROUP BY 1, 2, 3, 4, 5, 6 {_TALLY_ADD};
        END IF;
        RETURN OLD;  -- a BEFORE DELETE trigger returning NULL would skip the delete
    END $$;
    CREATE TRIGGER document_tally_update AFTER UPDATE OF review, superseded_by ON documents
        FOR EACH ROW EXECUTE FUNCTION document_tally();
    CREATE TRIGGER document_tally_delete BEFORE DELETE ON documents
        FOR EACH ROW EXECUTE FUNCTION document_tally();
    CREATE INDEX tasks_open_start ON tasks(status, (COALESCE(meeting_date, SUBSTR(created_at, 1, 10))));
""",
}

_IDENTITY = re.compile(r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b", re.IGNORECASE)


def for_postgres(version: int, sql: str) -> str:
    """A shipped step in PostgreSQL's dialect."""
    sql = _POSTGRES_REPLACEMENTS.get(version, sql)
    sql = re.sub(r"\)\s*WITHOUT\s+ROWID\s*;", ");", sql, flags=re.IGNORECASE)
    return _IDENTITY.sub("INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql)


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def apply_migrations(db: Database) -> list[int]:
    """Apply every step not yet recorded; return the versions applied now.

    Each step and its record are one transaction. On PostgreSQL an advisory lock keeps workers
    that start together from applying a step twice.
    """
    db.script(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    if db.dialect == "sqlite":
        return _apply_sqlite(db)
    applied = []
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(7316001)")
        done = {int(row[0]) for row in db.execute("SELECT version FROM schema_migrations")}
        for version, sql in enumerate(MIGRATIONS, start=1):
            if version not in done:
                db.script(for_postgres(version, sql))
                db.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", (version, _stamp()))
                applied.append(version)
    return applied


def _apply_sqlite(db: Database) -> list[int]:
    done = {int(row[0]) for row in db.execute("SELECT version FROM schema_migrations")}
    applied = []
    for version, sql in enumerate(MIGRATIONS, start=1):
        if version in done:
            continue
        # executescript commits first; the step and its record are one script-level transaction.
        try:
            db.script(
                "BEGIN IMMEDIATE;\n"
                + sql
                + f"\nINSERT INTO schema_migrations (version, applied_at) VALUES ({version}, '{_stamp()}');\nCOMMIT;"
            )
        except BaseException:
            if db.raw.in_transaction:
                db.raw.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
