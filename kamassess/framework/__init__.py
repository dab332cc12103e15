"""The competency framework: dataclasses (model), its schema, the validator and a cache."""
