"""Character-level location of quotes, and the calibration of the fuzzy threshold.

The threshold must accept every corpus sentence as the model might copy it (PDF spacing, a
dropped or changed character, full-width digits) and reject paraphrases of the same sentences
and sentences from the other document.
"""

from __future__ import annotations

import pytest

from summarizer.align import FUZZY_THRESHOLD, fold, locate, similarity, squeeze
from tests.corpus_items import DOCS, corpus_text, gold


def sentences(doc_id: str) -> list[str]:
    out = []
    for item in gold(doc_id)["items"]:
        for directive in item["directives"]:
            out += [s + "。" for s in directive["text"].split("。") if len(s) >= 15]
    return out


def slips(sentence: str) -> list[str]:
    """How a careful model copies a sentence imperfectly: one character dropped or changed."""
    middle = len(sentence) // 2
    return [
        sentence[:middle] + sentence[middle + 1 :],
        sentence[:middle] + "的" + sentence[middle + 1 :],
        " ".join(sentence),  # spaced out like the PDF text
    ]


# Paraphrases of corpus sentences: the same meaning in other words must not count as a quote.
PARAPHRASES = [
    "各项目部门和管理部门需要认真开展调研分析，全面考虑各种因素，把项目谋划做实做细。",
    "要加快项目建设进度，保证项目尽早开工和交付，发挥政府投资的效益。",
    "市发改委要会同财政、国资部门主动服务，帮助解决项目推进中的困难。",
    "项目部门要深入调研，综合考虑各方面因素，做好项目的谋划。",
]


@pytest.mark.parametrize("doc_id", DOCS)
def test_every_corpus_sentence_is_found_exactly_with_a_span_into_the_raw_text(doc_id: str) -> None:
    text = corpus_text(doc_id)
    for sentence in sentences(doc_id):
        found = locate(sentence, text)
        assert found is not None and found.span.alignment == "exact", sentence
        assert fold(text[found.span.start : found.span.end]) == fold(sentence)


@pytest.mark.parametrize("doc_id", DOCS)
def test_threshold_accepts_slips_of_real_sentences(doc_id: str) -> None:
    text = corpus_text(doc_id)
    scores = [similarity(slip, text) for s in sentences(doc_id) for slip in slips(s)]
    assert min(scores) >= FUZZY_THRESHOLD
    found = locate(slips(sentences(doc_id)[0])[1], text)
    assert found is not None and found.span.alignment in ("exact", "fuzzy")


def test_threshold_rejects_paraphrases_and_other_documents() -> None:
    text = corpus_text("taicang-2023-10")
    for paraphrase in PARAPHRASES:
        assert similarity(paraphrase, text) < FUZZY_THRESHOLD, paraphrase
        assert locate(paraphrase, text) is None
    other = [s for s in sentences("taicang-2023-14") if s not in text.replace(" ", "")]
    assert other and max(similarity(s, text) for s in other) < FUZZY_THRESHOLD


def test_short_values_match_exactly_or_not_at_all() -> None:
    text = corpus_text("taicang-2023-10")
    assert locate("市发改委", text) is not None
    assert locate("市发展委", text) is None  # one character off is another unit
    assert locate("", text) is None


def test_squeeze_keeps_offsets_into_the_original() -> None:
    text = "第 1 4 号\n２０２３年　7月"
    squeezed = squeeze(text)
    assert squeezed.text == "第14号2023年7月"
    assert [text[i] for i in squeezed.origin][:4] == ["第", "1", "4", "号"]
    found = locate("2023年7月", text)
    assert found is not None and text[found.span.start : found.span.end] == "２０２３年　7月"
