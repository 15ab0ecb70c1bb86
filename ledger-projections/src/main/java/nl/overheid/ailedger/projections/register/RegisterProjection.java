package nl.overheid.ailedger.projections.register;

import java.time.Instant;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationEventTypes;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.core.application.AiApplicationState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the register: a row per application event, the folded state of each application, and a version row per
 * event with the facts the list and the monitor need at any moment ({@link ApplicationVersions}). The rows
 * and the processor's token are written in one transaction, so an event is projected exactly once.
 */
@Component
@ProcessingGroup(RegisterProjection.PROCESSING_GROUP)
public class RegisterProjection {

    public static final String PROCESSING_GROUP = "register";
    /** The metadata key of the credential that sent the command. */
    public static final String ACTOR = "actor";

    private final RegisterStore store;
    private final ApplicationVersions versions;
    private final RegisterCodec codec;

    RegisterProjection(RegisterStore store, ApplicationVersions versions, RegisterCodec codec) {
        this.store = store;
        this.versions = versions;
        this.codec = codec;
    }

    @EventHandler
    void on(OrganisationRegistered event, @Timestamp Instant recordedAt) {
        store.saveOrganisation(event, recordedAt);
    }

    @EventHandler
    void on(ApplicationEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        Object actor = message.getMetaData().get(ACTOR);
        boolean appended = store.appendEvent(new StoredApplicationEvent(event.applicationId(), sequence,
                message.getIdentifier(), ApplicationEventTypes.nameOf(event), event.occurredAt(), recordedAt,
                actor == null ? null : actor.toString(), codec.encode(event)));
        if (!appended) {
            return;
        }
        AiApplicationState state = event instanceof ApplicationRegistered
                ? new AiApplicationState()
                : store.currentState(event.applicationId()).orElseThrow(() -> new IllegalStateException(
                        "event " + sequence + " of " + event.applicationId() + " before its registration"));
        state.apply(event);
        store.saveCurrent(state, recordedAt);
        versions.append(state, recordedAt);
    }

    @ResetHandler
    void reset() {
        versions.clear();
        store.clear();
    }
}
