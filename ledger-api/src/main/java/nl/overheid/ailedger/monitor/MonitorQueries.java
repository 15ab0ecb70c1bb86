package nl.overheid.ailedger.monitor;

import java.time.Clock;
import java.time.Instant;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.projections.history.ReadMoment;
import nl.overheid.ailedger.projections.register.ApplicationFilter;
import nl.overheid.ailedger.projections.register.RegisterQueries;
import nl.overheid.ailedger.projections.sealing.CheckpointQueries;
import nl.overheid.ailedger.web.CheckpointView;
import org.springframework.stereotype.Service;

/**
 * The monitor at any moment, counted from the register's summaries at that moment (see
 * {@code ApplicationVersions} for how they are read without folding the whole history).
 */
@Service
public class MonitorQueries {

    private final RegisterQueries register;
    private final CheckpointQueries checkpoints;
    private final Clock clock;

    MonitorQueries(RegisterQueries register, CheckpointQueries checkpoints, Clock clock) {
        this.register = register;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** The monitor at ({@code asOf}, {@code validAt}; null means now), narrowed when a filter is given. */
    public MonitorView monitor(Instant asOf, Instant validAt, GovernmentLayer layer, Boolean generativeAi) {
        ReadMoment moment = ReadMoment.of(asOf, validAt, clock);
        MonitorTally tally = new MonitorTally();
        register.forEachApplication(moment, new ApplicationFilter(null, layer, null, null, null, generativeAi),
                tally::add);
        return tally.view(moment, CheckpointView.latestAt(checkpoints, moment.asOf()));
    }
}
