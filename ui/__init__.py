"""KAM Assess desktop application (PySide6); reads and writes only through kamassess."""
