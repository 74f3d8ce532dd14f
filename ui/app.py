"""The officials' page: `summarizer ui` runs this with `streamlit run`.

Pages live in `ui/screens/`, one script each; pure helpers in `ui/present.py`;
the optional sign-in gate in `ui/access.py`.
"""

from __future__ import annotations

import streamlit as st

from ui import access, session

st.set_page_config(page_title="常务会议纪要摘要", page_icon="📄", layout="wide")
access.require_same_origin()
access.require_login()
access.mode_notice(session.settings())
# Streamlit's own widget text cannot be translated: its input hints ("Press Enter to apply") go
# (the placeholders and the 提交 buttons say it in Chinese), and the file uploader's "Upload" and
# "40MB per file" are drawn in Chinese instead (the limit itself is in the uploader's help).
st.html(
    """<style>
[data-testid='InputInstructions']{display:none}
[data-testid='stFileUploaderDropzone'] button p{font-size:0}
[data-testid='stFileUploaderDropzone'] button p::after{content:'选择文件';font-size:0.875rem}
[data-testid='stFileUploaderDropzoneInstructions'] span{display:none}
[data-testid='stFileUploaderDropzoneInstructions'] div::after{content:'或将文件拖放到此处';font-size:0.875rem}
</style>"""
)

PAGES = [
    st.Page("screens/minutes.py", title="会议纪要", icon=":material/description:", default=True),
    st.Page("screens/source.py", title="原文对照", icon=":material/find_in_page:"),
    st.Page("screens/review.py", title="审核确认", icon=":material/fact_check:"),
    st.Page("screens/ledger.py", title="督办台账", icon=":material/checklist:"),
    st.Page("screens/remind.py", title="催办", icon=":material/notifications_active:"),
    st.Page("screens/stats.py", title="统计", icon=":material/bar_chart:"),
    st.Page("screens/digest.py", title="周报", icon=":material/calendar_month:"),
    st.Page("screens/search.py", title="检索", icon=":material/search:"),
]

st.navigation(PAGES).run()
