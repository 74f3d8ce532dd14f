"""Supervision (督办): review of extracted tasks, their lifecycle, due dates, statistics and reminders."""
