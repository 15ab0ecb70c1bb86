package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.serialization.Revision;

/**
 * An application was registered; in PRODUCTION it is existing use, judged by compliance rather than refused.
 * {@code source} names the public source it was observed in (such as the Algoritmeregister) when the ledger
 * recorded it as observed rather than as reported by its organisation; null for a reported registration.
 * Revision 2 added {@code source}: a revision-1 event reads with a null source, no upcaster needed.
 * Revision 3 added {@code impactAssessment} to the details, absent (null) in earlier ones: no upcaster needed.
 */
@Revision("3")
public record ApplicationRegistered(String applicationId, String organisationId, Phase phase, ApplicationDetails details,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) String source, Instant occurredAt)
        implements ApplicationEvent {

    /** A registration reported by the organisation itself. */
    public ApplicationRegistered(String applicationId, String organisationId, Phase phase, ApplicationDetails details,
                                 Instant occurredAt) {
        this(applicationId, organisationId, phase, details, null, occurredAt);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
