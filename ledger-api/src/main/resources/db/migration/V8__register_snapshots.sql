-- Every 32nd version of an application also keeps its whole folded state (JSON), so that a read of one application,
-- now or as of any moment, folds at most 32 events from the latest snapshot it may use. TEXT keeps the large value out
-- of the row (a LOB on H2, TOAST on PostgreSQL), so that reads of the versions' facts stay small. Versions written
-- before this column have none and are read by folding from the first event.
ALTER TABLE application_version ADD COLUMN state TEXT;

-- The state of now is that same fold: no longer a copy that every event rewrote.
ALTER TABLE application_current DROP COLUMN state;
