"""Scoring: the fit and verdict of a candidate, ranking, risk indicators, evaluations."""
