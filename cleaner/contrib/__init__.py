"""Integrations with other tools; each needs its tool installed (an optional extra)."""
