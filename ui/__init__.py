"""The officials' Streamlit page. Imports only the public `summarizer` API and streamlit."""
