package nl.overheid.ailedger.projections.register;

import java.time.Instant;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.projections.ProcessingBatch;
import nl.overheid.ailedger.projections.history.HistoryEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the register: each application event in the applications' history, the current facts of each application, and a version row per
 * event with the facts the list and the monitor need at any moment ({@link ApplicationVersions}). The rows of a
 * processing batch are written together ({@link RegisterBatch}) in the transaction that also stores the processor's
 * token, so an event is projected exactly once.
 */
@Component
@ProcessingGroup(RegisterProjection.PROCESSING_GROUP)
public class RegisterProjection {

    public static final String PROCESSING_GROUP = "register";
    private static final String BATCH = "register.batch";

    private final RegisterTables tables;

    RegisterProjection(RegisterTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(OrganisationRegistered event, @Timestamp Instant recordedAt) {
        tables.store().saveOrganisation(event, recordedAt);
    }

    @EventHandler
    void on(ApplicationEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        HistoryEvent stored = tables.history().events().record(event, message, sequence, recordedAt);
        ProcessingBatch.add(BATCH, () -> new RegisterBatch(tables), batch -> batch.add(event, stored));
    }

    @ResetHandler
    void reset() {
        tables.clear();
    }
}
