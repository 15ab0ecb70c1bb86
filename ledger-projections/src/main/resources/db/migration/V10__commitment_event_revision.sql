-- The commitments read model keeps each event's JSON; commitment events have a revision 2 now. Every row written
-- before this migration holds revision 1, and is read through the same upcasting as the event store.
ALTER TABLE commitment_event ADD COLUMN payload_revision VARCHAR(16) DEFAULT '1' NOT NULL;
