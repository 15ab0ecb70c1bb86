-- The register keeps, per version, the facts that compliance is judged on; this release judges on more of them
-- (analyses performed as well as approved, exceptions granted, whether the organisation recorded a step of its own)
-- and its snapshots fold events it did not know. Those rows are caches of a fold: the register is rebuilt from the
-- event store, which is left as it is.
DELETE FROM token_entry WHERE processor_name = 'register';
DELETE FROM application_snapshot;
DELETE FROM application_version;
DELETE FROM application_current;
DELETE FROM application_event;
DELETE FROM organisation_view;

-- The register's impactassessment is now kept on the application as an observed fact. The import compares each
-- snapshot with what it saw before, so forgetting what it saw of this field makes the next snapshot record it, on
-- that snapshot's date, for the registrations imported before.
UPDATE algoritmeregister_registration SET impact_assessment = NULL;
