package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the agreements made with the supplier of a procured model or application. */
public record RecordSupplierAgreement(@TargetAggregateIdentifier String applicationId, String supplier, String agreementRef, boolean coversDataProcessing, Instant occurredAt)
        implements ApplicationCommand {
}
