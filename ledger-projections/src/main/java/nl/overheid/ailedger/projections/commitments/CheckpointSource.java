package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a report gets the latest integrity checkpoint signed at or before its moment. The sealing processor
 * implements it; until then the default answers empty and the report says the checkpoint is not yet available.
 */
public interface CheckpointSource {

    Optional<CheckpointRef> latestAt(Instant asOf);
}
