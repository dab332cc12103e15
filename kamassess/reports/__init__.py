"""PDF reports (reportlab): candidate profile, comparison, interview sheet. They compute nothing."""
