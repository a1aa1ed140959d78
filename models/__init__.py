"""Shared models: tables, the submission state machine, the incident taxonomy, the database and the keys."""
