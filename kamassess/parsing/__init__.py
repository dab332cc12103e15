"""Reading user files: size limits, UTF-8, YAML with positions, located problems."""
