-- Each actor of an event says how sure it is (the record's source.basis and target.basis): catalogue, imported,
-- described, coreference, pronoun, story_country or unresolved; NULL for events stored before the field existed.
ALTER TABLE events ADD COLUMN source_basis TEXT;
ALTER TABLE events ADD COLUMN target_basis TEXT;
