"""The only module that talks to model SDKs (openai, instructor, tenacity).

One retry layer per failure kind, and one budget over all of them:
- transport: the openai client has `max_retries=0`; tenacity wraps each HTTP request and retries
  429 (honouring `Retry-After`), 5xx, timeouts and connection errors with jittered exponential
  backoff, under a total deadline;
- validation: instructor re-asks (at most `max_reasks`) when the answer does not parse or a
  copied value is not in the source; instructor never retries an HTTP error (it only retries
  parse errors);
- `finish_reason=length` is a failure, not a retry: the item falls back to the rules;
- the budget: at most `max_requests` (default `MAX_REQUESTS_PER_ITEM`) HTTP requests per item,
  transport retries and re-asks together. Both retry layers stop when it is spent, so the two
  never multiply;
- a shared `Breaker` stops sending requests for the rest of the run after consecutive failures.
"""

from __future__ import annotations

import json
import logging
import re
import time
import weakref
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException, ResponseParsingError
from openai.types.chat import ChatCompletion
from pydantic import ValidationError, model_validator
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    retry_if_exception_type,
    stop_after_attempt,
    stop_before_delay,
    wait_random_exponential,
)
from tenacity.stop import stop_base

from summarizer.align import Squeezed
from summarizer.config import LLMSettings
from summarizer.model.breaker import Breaker, CircuitOpen
from summarizer.model.check import ground, ungrounded
from summarizer.model.prompts import Prompts
from summarizer.model.protocol import Counters, ItemRequest, ItemResult
from summarizer.schema import ItemAnswer

log = logging.getLogger(__name__)

MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
MAX_REASKS = 2
# Every HTTP request an item may cost: first answer, transport retries and re-asks together.
MAX_REQUESTS_PER_ITEM = 6
MAX_OUTPUT_TOKENS = 2048
MAX_RETRY_AFTER_S = 60.0
_NO_KEY = "not-needed"  # local servers (vLLM, Ollama, llama.cpp) accept any key
# Request parameters sent as they are (anything else goes through the SDK's own `create`).
_PLAIN_BODY = frozenset(
    {"model", "messages", "tools", "tool_choice", "response_format", "max_tokens", "temperature", "stream"}
)
# What instructor re-asks on (its own retry condition, restated for our bounded Retrying).
_PARSE_ERRORS = (ValidationError, json.JSONDecodeError, ResponseParsingError)


@dataclass(frozen=True)
class _Grounding:
    source: Squeezed
    prompts: Prompts


# What the validator grounds against, for the item being extracted in this thread. Not passed as
# instructor's `context=`: instructor renders every message as a Jinja template when a context is
# given, and the item text is untrusted input (it may contain `{{ ... }}`). A ContextVar is set
# and reset around each call, so it is scoped to one request and one thread.
_grounding: ContextVar[_Grounding | None] = ContextVar("summarizer_llm_grounding", default=None)


class AgendaItem(ItemAnswer, instructor.ResponseSchema):
    """One agenda item of a government standing-meeting minutes (政府常务会议纪要的一个议题)."""

    # Subclassing ResponseSchema spares instructor re-wrapping (and re-generating the JSON schema
    # of) the model on every call. With grounding set, a copied value that is not in the item's
    # source text fails validation with a short Chinese message, and instructor re-asks.

    @model_validator(mode="after")
    def _grounded(self) -> AgendaItem:
        grounding = _grounding.get()
        if grounding is None:
            return self
        missing = ungrounded(ground(self, grounding.source))
        if missing:
            raise ValueError(grounding.prompts.reask_message([g.label for g in missing]))
        return self


class BudgetSpent(Exception):
    """The item's request budget is spent: no re-ask is sent."""


class _StopWhenSpent(stop_base):
    """Stop retrying (transport or re-ask) once the item's request budget is spent."""

    def __init__(self, spent: Callable[[], bool]) -> None:
        self._spent = spent

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self._spent()


def _check_async_validators_once() -> None:
    """instructor walks the whole response model for async validators several times per call
    (~1.5 ms of CPU per item, a fifth of our work per item); for a given class the answer never
    changes, so each class is walked once. Where instructor no longer has the walk, nothing is done."""
    import importlib

    try:
        module = importlib.import_module("instructor.v2.validation.async_validators")
    except ImportError:
        return
    original = getattr(module, "reject_async_validators", None)
    if original is None or getattr(original, "checked_once", False):
        return
    passed: weakref.WeakSet[Any] = weakref.WeakSet()

    def reject_async_validators(model: Any) -> Any:
        if model is not None and model in passed:
            return None
        result = original(model)
        if model is not None:
            passed.add(model)  # only reached when the walk found nothing to reject
        return result

    reject_async_validators.checked_once = True  # type: ignore[attr-defined]
    for name in ("instructor.v2.validation.async_validators", "instructor.v2.core.patch",
                 "instructor.v2.core.response_model"):
        found = importlib.import_module(name)
        if getattr(found, "reject_async_validators", None) is original:
            found.reject_async_validators = reject_async_validators  # type: ignore[attr-defined]


_check_async_validators_once()


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500
    return False


def _retry_after(exc: BaseException | None) -> float | None:
    if not isinstance(exc, openai.APIStatusError):
        return None
    headers = exc.response.headers
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value:
            try:
                return min(MAX_RETRY_AFTER_S, max(0.0, float(value) * scale))
            except ValueError:
                continue
    return None


class _Wait:
    """Retry-After when the server sends it, else jittered exponential backoff."""

    def __init__(self, base_s: float, max_s: float) -> None:
        self._backoff = wait_random_exponential(multiplier=base_s, max=max_s)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        after = _retry_after(exc)
        return after if after is not None else float(self._backoff(state))


def _completion_json(completion: Any) -> str | None:
    """The JSON text of a chat completion, from a tool call or the message content."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError):
        return None
    if message.tool_calls:
        arguments: str = message.tool_calls[0].function.arguments
        return arguments
    content = message.content or ""
    fenced = re.search(r"```(?:json)?\s*(.*?)```", content, re.DOTALL)
    text = fenced.group(1) if fenced else content
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else None


class ModelClient:
    """Extracts one agenda item through an OpenAI-compatible endpoint."""

    def __init__(
        self,
        settings: LLMSettings,
        prompts: Prompts,
        *,
        before_request: Callable[[], None] | None = None,
        max_reasks: int = MAX_REASKS,
        retry_deadline_s: float | None = None,
        max_attempts: int = MAX_REQUESTS_PER_ITEM,
        max_requests: int = MAX_REQUESTS_PER_ITEM,
        backoff_base_s: float = 0.5,
        backoff_max_s: float = 20.0,
        breaker: Breaker | None = None,
    ) -> None:
        settings.require()
        assert settings.base_url is not None and settings.model is not None
        self.settings = settings
        self.prompts = prompts
        self.model = settings.model
        self.mode = MODES[settings.mode]
        self._before_request = before_request
        self._max_reasks = max_reasks
        self._deadline_s = retry_deadline_s if retry_deadline_s is not None else 4 * settings.timeout_s
        self._max_attempts = max_attempts
        self.max_requests = max_requests
        self.breaker = breaker
        self._wait = _Wait(backoff_base_s, backoff_max_s)
        key = settings.api_key.get_secret_value() if settings.api_key else _NO_KEY
        self._client = openai.OpenAI(
            base_url=settings.base_url, api_key=key, timeout=settings.timeout_s, max_retries=0
        )
        # instructor logs every failed attempt at ERROR with the whole exception: the CLI prints one
        # line per failed item instead, and `-v` (INFO) shows instructor's own account.
        logging.getLogger("instructor").setLevel(
            logging.NOTSET if logging.getLogger().isEnabledFor(logging.INFO) else logging.CRITICAL
        )

    def close(self) -> None:
        self._client.close()

    def _spent(self, counters: Counters) -> bool:
        return counters.requests >= self.max_requests

    def _post(self, *args: Any, **kwargs: Any) -> ChatCompletion:
        """`chat.completions.create` without its parameter transform: our parameters are plain JSON
        (instructor's messages, tools or response_format), and walking the tool schema through the
        SDK's typed-dict transform costs ~3 ms of CPU per request, which caps a pool's throughput."""
        if args or not _PLAIN_BODY.issuperset(kwargs):
            created: ChatCompletion = self._client.chat.completions.create(*args, **kwargs)
            return created
        return self._client.post("/chat/completions", body=kwargs, cast_to=ChatCompletion)

    def _request(self, *args: Any, **kwargs: Any) -> Any:
        """One HTTP request, reported to the breaker (a 429 counts neither way)."""
        try:
            completion = self._post(*args, **kwargs)
        except openai.APIStatusError as exc:
            if self.breaker is not None and exc.status_code != 429:
                self.breaker.failure()
            raise
        except openai.APIConnectionError:
            if self.breaker is not None:
                self.breaker.failure()
            raise
        if self.breaker is not None:
            self.breaker.success()
        return completion

    def _sender(self, counters: Counters) -> Callable[..., Any]:
        """`chat.completions.create` with the transport retry layer, the budget and usage counting."""

        def before_attempt(state: RetryCallState) -> None:
            if self.breaker is not None:
                self.breaker.check()  # raised out of tenacity: an open breaker is not retried
            if state.attempt_number > 1:
                counters.retries += 1
            if self._before_request is not None:
                self._before_request()
            counters.requests += 1

        def send(*args: Any, **kwargs: Any) -> Any:
            counters.asks += 1
            if self._spent(counters):
                raise BudgetSpent(f"{self.max_requests} requests spent on this item")
            retrying = Retrying(
                retry=retry_if_exception(_is_transient),
                stop=stop_before_delay(self._deadline_s)
                | stop_after_attempt(self._max_attempts)
                | _StopWhenSpent(lambda: self._spent(counters)),
                wait=self._wait,
                sleep=self.breaker.sleep if self.breaker is not None else time.sleep,
                before=before_attempt,
                reraise=True,
            )
            completion = retrying(self._request, *args, **kwargs)
            counters.completions += 1
            usage = getattr(completion, "usage", None)
            if usage is not None:
                counters.input_tokens += usage.prompt_tokens or 0
                counters.output_tokens += usage.completion_tokens or 0
                details = getattr(usage, "prompt_tokens_details", None)
                counters.cached_tokens += (getattr(details, "cached_tokens", 0) or 0) if details else 0
            return completion

        return send

    def _reasks(self, counters: Counters) -> Retrying:
        """instructor's validation layer: at most `max_reasks` re-asks, and none once the budget is spent."""
        return Retrying(
            stop=stop_after_attempt(self._max_reasks + 1) | _StopWhenSpent(lambda: self._spent(counters)),
            retry=retry_if_exception_type(_PARSE_ERRORS),
            reraise=True,
        )

    def extract_item(self, request: ItemRequest) -> ItemResult:
        counters = Counters()
        started = time.monotonic()
        create = instructor.patch(create=self._sender(counters), mode=self.mode)
        token = _grounding.set(_Grounding(request.source, self.prompts))
        try:
            answer = create(
                model=self.model,
                messages=self.prompts.messages(request.item_text, request.meeting_date),
                response_model=AgendaItem,
                max_retries=self._reasks(counters),
                strict=False,
                max_tokens=MAX_OUTPUT_TOKENS,
                temperature=0,
            )
        except IncompleteOutputException:
            return self._failed(counters, started, "length", "the answer was cut off (finish_reason=length)")
        except InstructorRetryException as exc:
            return self._after_reasks(exc, counters, started)
        finally:
            _grounding.reset(token)
        plain = ItemAnswer.model_validate(answer.model_dump())
        return ItemResult(answer=plain, usage=counters.usage(self._t(started)))

    @staticmethod
    def _t(started: float) -> float:
        return time.monotonic() - started

    def _failed(self, counters: Counters, started: float, kind: str, detail: str) -> ItemResult:
        detail = " ".join(detail.split())  # one line: the CLI prints it as is
        log.info("model failed (%s): %s", kind, detail)
        return ItemResult(failure=kind, failure_detail=detail, usage=counters.usage(self._t(started)))

    def _after_reasks(self, exc: InstructorRetryException, counters: Counters, started: float) -> ItemResult:
        cause = exc.__cause__
        if isinstance(cause, CircuitOpen):
            return self._failed(counters, started, "circuit_open", str(cause))
        if isinstance(cause, openai.APIStatusError):
            return self._failed(counters, started, f"http_{cause.status_code}", str(cause)[:200])
        if isinstance(cause, openai.APIError | openai.OpenAIError):
            return self._failed(counters, started, "transport", f"{type(cause).__name__}: {cause}"[:200])
        # Re-asks exhausted: keep the last answer if it parses, with its ungrounded values flagged.
        text = _completion_json(exc.last_completion)
        if text is None:
            return self._failed(counters, started, "invalid", "no JSON in the last answer")
        try:
            answer = ItemAnswer.model_validate(json.loads(text))
        except (ValueError, ValidationError) as err:
            return self._failed(counters, started, "invalid", str(err).splitlines()[0][:200])
        return ItemResult(answer=answer, usage=counters.usage(self._t(started)))
