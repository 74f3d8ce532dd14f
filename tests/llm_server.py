"""A real HTTP server on loopback speaking `POST /v1/chat/completions`, scripted per test.

The openai client uses its own HTTP stack, so transport-patching mocks do not see it; this
server does. A test scripts replies with `server.script(reply, reply, ...)` (consumed in order,
the last one repeats) or `server.handler = fn` (called with the request body and its 0-based
index). A `Reply` with `answer=` is formatted as the request asks: a tool call when the request
has `tools`, message content otherwise (fenced in ```json when `fence`).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Reply:
    answer: dict[str, Any] | None = None
    raw: str | None = None  # message content or tool arguments as given (malformed JSON)
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    finish_reason: str | None = None
    fence: bool = False
    prompt_tokens: int | None = None
    cached_tokens: int = 0  # the provider's prompt-cache hits it reports


@dataclass
class Server:
    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    handler: Callable[[dict[str, Any], int], Reply] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def script(self, *replies: Reply) -> None:
        self.replies = list(replies)

    def next_reply(self, body: dict[str, Any]) -> Reply:
        with self.lock:
            index = len(self.requests)
            self.requests.append(body)
            if self.handler is None:
                reply = self.replies[min(index, len(self.replies) - 1)]
        return self.handler(body, index) if self.handler is not None else reply

    @property
    def count(self) -> int:
        return len(self.requests)


def completion(body: dict[str, Any], reply: Reply) -> dict[str, Any]:
    text = reply.raw if reply.raw is not None else json.dumps(reply.answer, ensure_ascii=False)
    message: dict[str, Any] = {"role": "assistant", "content": None}
    finish = reply.finish_reason
    if body.get("tools"):
        name = body["tools"][0]["function"]["name"]
        message["tool_calls"] = [{"id": "call_1", "type": "function", "function": {"name": name, "arguments": text}}]
        finish = finish or "tool_calls"
    else:
        message["content"] = f"```json\n{text}\n```" if reply.fence else text
    prompt_chars = sum(len(str(m.get("content") or "")) for m in body.get("messages", []))
    prompt_tokens = reply.prompt_tokens if reply.prompt_tokens is not None else prompt_chars
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "test"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish or "stop"}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": len(text),
            "total_tokens": prompt_tokens + len(text),
            "prompt_tokens_details": {"cached_tokens": reply.cached_tokens},
        },
    }


def _handler_class(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; with Nagle's algorithm on, the client's delayed
        # ACK holds the body back ~40 ms per response on a kept-alive connection.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            if not self.path.endswith("/chat/completions"):
                self._send(404, {"error": {"message": "not found"}}, {})
                return
            reply = server.next_reply(body)
            if reply.delay_s:
                time.sleep(reply.delay_s)
            if reply.status != 200:
                self._send(reply.status, {"error": {"message": f"scripted {reply.status}"}}, reply.headers)
                return
            self._send(200, completion(body, reply), reply.headers)

        def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str]) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

    return Handler


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True
    # A real endpoint (vLLM, uvicorn, a provider's balancer) listens with a long accept queue;
    # socketserver's default of 5 drops the 6th simultaneous connect, which then waits a 1 s
    # SYN retry, so 32 concurrent calls measured the fixture instead of the client.
    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


def start() -> tuple[Server, Callable[[], None]]:
    state = Server(url="")
    httpd = _Quiet(("127.0.0.1", 0), _handler_class(state))
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    def stop() -> None:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)

    return state, stop


@pytest.fixture(name="llm_server")
def llm_server_fixture() -> Iterator[Server]:
    state, stop = start()
    try:
        yield state
    finally:
        stop()


def serve_answers(answers: dict[str, dict[str, Any]], latency_s: float) -> None:
    """Serve until stdin closes: each request is answered with the answer whose key starts its item
    text (the text after 议题原文：), after `latency_s`. Prints the base URL first. For benchmarks,
    which need the server in its own process so its work does not share the client's GIL."""
    import sys

    server, stop = start()

    def reply(body: dict[str, Any], index: int) -> Reply:
        prompt = next(str(m["content"]) for m in body["messages"] if m["role"] == "user")
        text = prompt.split("议题原文：", 1)[1].strip()
        key = next((k for k in answers if text.startswith(k)), None)
        if key is None:
            return Reply(status=400)
        return Reply(answer=answers[key], delay_s=latency_s)

    server.handler = reply
    print(server.url, flush=True)
    try:
        sys.stdin.read()
    finally:
        print(f"requests {server.count}", file=sys.stderr, flush=True)
        stop()


if __name__ == "__main__":
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(description="loopback chat-completions server answering from a file")
    parser.add_argument("answers", type=Path, help="JSON object: item-text prefix -> answer")
    parser.add_argument("--latency-ms", type=float, default=0.0)
    options = parser.parse_args()
    serve_answers(json.loads(options.answers.read_text(encoding="utf-8")), options.latency_ms / 1000)
