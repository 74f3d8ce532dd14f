"""The model path: one agenda item at a time to an OpenAI-compatible endpoint, grounded and
cross-checked against the rules. Only `summarizer.model.llm` imports the SDKs."""
