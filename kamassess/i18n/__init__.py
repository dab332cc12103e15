"""Messages in Russian and English, and the wording and formatting of figures."""
