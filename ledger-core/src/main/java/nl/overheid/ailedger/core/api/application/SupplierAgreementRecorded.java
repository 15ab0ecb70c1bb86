package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** Agreements with the supplier were recorded. */
@Revision("1")
public record SupplierAgreementRecorded(String applicationId, String supplier, String agreementRef, boolean coversDataProcessing, Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
