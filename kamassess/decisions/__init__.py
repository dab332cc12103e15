"""What was decided about a candidate, how the person did afterwards, and when their data is due
for deletion."""
