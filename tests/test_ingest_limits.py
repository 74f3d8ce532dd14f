"""Bounds on a .docx container: every ZIP member is checked before python-docx unpacks anything.

python-docx loads every part of a package into memory, images included, so a small file with a
huge, highly compressible part (a zip bomb) once cost gigabytes in the long-lived page process.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import CORPUS, ROOT, W21_DOC
from PIL import Image

from summarizer.errors import InputError
from summarizer.ingest import read_bytes
from summarizer.ingest.docxtext import MAX_MEMBERS
from tests.variants import docx_bytes

LIMIT = 20 * 1024 * 1024  # the default input limit
MINUTES = (CORPUS / f"{W21_DOC}.txt").read_text(encoding="utf-8")


def with_part(base: bytes, name: str, chunks: int, chunk: bytes) -> bytes:
    """`base` (a real .docx) with one more part, streamed in so the test never holds it unpacked."""
    buffer = io.BytesIO(base)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive, archive.open(
        name, "w", force_zip64=True
    ) as part:
        for _ in range(chunks):
            part.write(chunk)
    return buffer.getvalue()


def with_huge_picture(megabytes: int) -> bytes:
    """The minutes with a picture the body shows (so python-docx loads it), its bytes then swapped
    for `megabytes` MB of zeros: a small file that unpacks to a huge part."""
    image = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(image, "PNG")
    document = docx.Document(io.BytesIO(docx_bytes(MINUTES)))
    document.add_picture(io.BytesIO(image.getvalue()))
    saved = io.BytesIO()
    document.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = [info.filename for info in source.infolist()]
        picture = next(name for name in names if name.startswith("word/media/"))
        for name in names:
            if name != picture:
                target.writestr(name, source.read(name))
        with target.open(picture, "w", force_zip64=True) as part:
            for _ in range(megabytes):
                part.write(bytes(1024 * 1024))
    return out.getvalue()


def refusal(data: bytes) -> InputError:
    with pytest.raises(InputError) as caught:
        read_bytes(data, "minutes.docx", max_bytes=LIMIT)
    return caught.value


_PROBE = """
import json, resource, sys, time
from pathlib import Path
from summarizer.errors import InputError
from summarizer.ingest import read_bytes
data = Path(sys.argv[1]).read_bytes()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    read_bytes(data, "bomb.docx", max_bytes=20 * 1024 * 1024)
    error = None
except InputError as exc:
    error = [str(exc), exc.zh]
seconds = time.perf_counter() - start
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"error": error, "seconds": seconds, "grown_kb": grown}))
"""


def test_a_huge_compressible_image_part_is_refused_fast_in_little_memory(tmp_path: Path) -> None:
    # A picture the body shows, 400 MB of zeros packed into ~400 KB: no camera makes that.
    bomb = with_huge_picture(400)
    assert len(bomb) < 2 * 1024 * 1024
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    probe = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True, env=env,
                           check=True, timeout=120)
    result = json.loads(probe.stdout)
    assert result["error"] is not None, "the bomb was read"
    message, zh = result["error"]
    assert message.startswith("bomb.docx: the .docx part word/media/image")
    assert "zip bomb" in message and zh and "压缩炸弹" in zh
    assert result["seconds"] < 1.0
    assert result["grown_kb"] < 20 * 1024  # peak memory grew by less than 20 MB


def test_the_total_unpacked_size_is_bounded_even_at_an_ordinary_ratio() -> None:
    # With a 1 MB input limit: 12 parts of 1 MB that compress ~16 times, 12 MB over 10 × 1 MB.
    data = docx_bytes(MINUTES)
    for index in range(12):
        data = with_part(data, f"word/media/image{index}.bin", 16, os.urandom(4 * 1024) + bytes(60 * 1024))
    assert len(data) < 1024 * 1024
    with pytest.raises(InputError) as caught:
        read_bytes(data, "minutes.docx", max_bytes=1024 * 1024)
    assert "unpacks to" in str(caught.value) and "more than 10 times the input limit" in str(caught.value)
    assert caught.value.zh is not None and "超过上限 10 MB" in caught.value.zh


def test_too_many_members_are_refused() -> None:
    buffer = io.BytesIO(docx_bytes(MINUTES))
    with zipfile.ZipFile(buffer, "a") as archive:
        for index in range(MAX_MEMBERS):
            archive.writestr(f"word/extra/part{index}.xml", "<a/>")
    error = refusal(buffer.getvalue())
    assert f"more than {MAX_MEMBERS}" in str(error) and error.zh is not None


def test_an_ordinary_picture_does_not_stop_the_minutes_being_read() -> None:
    # A 3 MB photo (incompressible, like JPEG data) inside a real document.
    data = with_part(docx_bytes(MINUTES), "word/media/photo.jpeg", 3, os.urandom(1024 * 1024))
    source = read_bytes(data, "minutes.docx", max_bytes=LIMIT)
    assert source.media_type == "docx" and "太仓市人民政府" in source.text
