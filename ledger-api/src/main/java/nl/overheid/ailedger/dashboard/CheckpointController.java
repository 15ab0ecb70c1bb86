package nl.overheid.ailedger.dashboard;

import java.time.Clock;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import nl.overheid.ailedger.projections.sealing.CheckpointQueries;
import nl.overheid.ailedger.web.CheckpointView;
import nl.overheid.ailedger.web.Moments;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed checkpoint that answers as of a moment rest on, for every reader. The register's answers do not
 * carry one, so a page pins its moment here first, reads the register as of that moment, and states both.
 * The full signed checkpoints stay under {@code /audit}.
 */
@RestController
class CheckpointController {

    private final CheckpointQueries checkpoints;
    private final Clock clock;

    CheckpointController(CheckpointQueries checkpoints, Clock clock) {
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @Operation(summary = "Read the checkpoint of a moment", description = "The newest signed checkpoint (tree size, root hash) at asOf, now by default; checkpoint is null while none was signed by then.")
    @GetMapping("/api/v1/checkpoint")
    CheckpointAt checkpoint(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        Instant moment = asOf == null ? clock.instant() : Moments.readAt("asOf", asOf);
        return new CheckpointAt(moment, CheckpointView.latestAt(checkpoints, moment));
    }

    record CheckpointAt(Instant asOf, CheckpointView checkpoint) {
    }
}
