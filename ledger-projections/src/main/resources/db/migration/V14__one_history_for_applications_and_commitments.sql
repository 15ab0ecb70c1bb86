-- Applications and commitments keep their events in one kind of table, written and read by one component (the
-- projections' history): an event per row keyed by entity and sequence, with both times, who reported it, and its JSON
-- with the revision of its shape. The register's snapshots are that component's too.

-- The register's rows keep their events; they were written in the shape current when they were projected, which is the
-- shape of today's revisions (the register was rebuilt when an application event last changed shape, in V9).
ALTER TABLE application_event RENAME COLUMN application_id TO entity_id;
ALTER TABLE application_event ADD COLUMN payload_revision VARCHAR(16) DEFAULT '1' NOT NULL;
UPDATE application_event SET payload_revision = '3' WHERE event_type IN ('ApplicationRegistered', 'DetailsAmended');
ALTER TABLE application_snapshot RENAME COLUMN application_id TO entity_id;

-- The commitments' rows did not keep who reported each event; they are few, and are projected again from the event
-- store, which knows.
ALTER TABLE commitment_event RENAME COLUMN commitment_id TO entity_id;
ALTER TABLE commitment_event ADD COLUMN actor VARCHAR(255);
DELETE FROM commitment_event;
DELETE FROM token_entry WHERE processor_name = 'commitments';
