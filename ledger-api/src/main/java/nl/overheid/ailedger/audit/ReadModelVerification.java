package nl.overheid.ailedger.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.overheid.ailedger.projections.admin.ProjectionProcessors;
import nl.overheid.ailedger.projections.commitments.CommitmentsAudit;
import nl.overheid.ailedger.projections.register.RegisterAudit;
import org.springframework.stereotype.Service;

/**
 * The checkpoint covers the events; what the register, the monitor, the commitments and the Kamer report state is
 * read from read models derived from them, which anyone with access to the database could edit. This compares those
 * read models with the events, so that an edit is found where the journal alone would still verify. Publishes
 * {@code ledger_audit_read_models_ok} (1 or 0; NaN before the first run).
 */
@Service
class ReadModelVerification {

    /** The findings a verification names at most; the count says how many there were. */
    static final int NAMED = 100;

    private final RegisterAudit register;
    private final CommitmentsAudit commitments;
    private final ProjectionProcessors processors;
    private final Clock clock;
    private final AtomicReference<Double> lastResult = new AtomicReference<>(Double.NaN);

    ReadModelVerification(RegisterAudit register, CommitmentsAudit commitments, ProjectionProcessors processors,
                          Clock clock, MeterRegistry meters) {
        this.register = register;
        this.commitments = commitments;
        this.processors = processors;
        this.clock = clock;
        Gauge.builder("ledger.audit.read.models.ok", lastResult, AtomicReference::get)
                .description("Outcome of the last comparison of the read models with the events: 1 equal, 0 a finding")
                .register(meters);
    }

    ReadModelVerdict verify() {
        Instant started = clock.instant();
        boolean registerCaughtUp = caughtUp("register");
        boolean commitmentsCaughtUp = caughtUp("commitments");
        List<String> findings = new ArrayList<>(register.findings(registerCaughtUp ? started : null));
        findings.addAll(commitments.findings(commitmentsCaughtUp ? started : null));
        lastResult.set(findings.isEmpty() ? 1.0 : 0.0);
        return new ReadModelVerdict(findings.isEmpty(), registerCaughtUp && commitmentsCaughtUp, findings.size(),
                findings.stream().limit(NAMED).toList());
    }

    private boolean caughtUp(String processor) {
        return processors.lag(processor).map(lag -> lag.eventsBehind() == 0).orElse(false);
    }

    /**
     * @param complete whether the read models had taken every event, so that a missing row is a finding too
     * @param findings how many differences there were; {@code named} lists the first {@value #NAMED}
     */
    record ReadModelVerdict(boolean ok, boolean complete, int findings, List<String> named) {
    }
}
