"""One pure renderer per output format: data in, str or bytes out."""
