"""NLP stage: organisations and places tagged in every field, each linked to its entry."""
