package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.serialization.Revision;

/**
 * Registration details were amended. {@code source} names the public source the change was observed in;
 * null when the organisation reported it. Revision 2 added {@code source}: a revision-1 event reads with a
 * null source, no upcaster needed.
 * Revision 3 added {@code impactAssessment} to the details, absent (null) in earlier ones: no upcaster needed.
 */
@Revision("3")
public record DetailsAmended(String applicationId, DetailsAmendment amendment,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String source, Instant occurredAt)
        implements ApplicationEvent {

    /** An amendment reported by the organisation itself. */
    public DetailsAmended(String applicationId, DetailsAmendment amendment, Instant occurredAt) {
        this(applicationId, amendment, null, occurredAt);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
