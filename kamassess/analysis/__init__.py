"""Statistics over the pool: agreement between assessors, and how well fit predicted outcomes."""
