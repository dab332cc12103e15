"""Independent rating, consensus and calibration (DOMAIN.md): what a blind assessor sees, the
debrief's view of a candidate, and the calibration of the pool of final ratings."""
