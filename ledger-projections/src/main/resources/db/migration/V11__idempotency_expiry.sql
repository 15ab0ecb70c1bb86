-- Idempotency records expire (ledger.idempotency-retention): each reservation removes the expired ones first.
CREATE INDEX ix_idempotency_record_created_at ON idempotency_record (created_at);
