-- Every 32nd version of an application also keeps its whole folded state (JSON), so that an as-of read of one
-- application folds at most 32 events from the latest snapshot it may use instead of all its events. Versions
-- written before this column have none and are read by folding from the first event, as before.
ALTER TABLE application_version ADD COLUMN state VARCHAR(1000000);
