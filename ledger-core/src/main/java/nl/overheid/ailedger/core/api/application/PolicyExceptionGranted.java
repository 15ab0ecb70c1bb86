package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import nl.overheid.ailedger.core.api.policy.RuleId;
import org.axonframework.serialization.Revision;

/**
 * An exception to a rule was granted for the application, by whom and why; it counts only under a rule that
 * allows one (the voorlopig standpunt's "tenzij wordt voldaan aan geldende wet- en regelgeving").
 */
@Revision("1")
public record PolicyExceptionGranted(String applicationId, RuleId rule, String grantedBy, String justification,
                                     Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
