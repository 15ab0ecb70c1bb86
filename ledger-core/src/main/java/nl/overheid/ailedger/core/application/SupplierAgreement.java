package nl.overheid.ailedger.core.application;

import java.time.Instant;

/** Agreements made with the supplier of a procured model or application. */
public record SupplierAgreement(String supplier, String agreementRef, boolean coversDataProcessing,
                                Instant occurredAt) {
}
