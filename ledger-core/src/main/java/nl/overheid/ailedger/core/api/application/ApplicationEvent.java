package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

/**
 * A fact in the life of an AI application. {@code occurredAt} is valid time, as the organisation
 * reports it; the ledger's own timestamp of the stored event is the transaction time (recordedAt).
 */
public sealed interface ApplicationEvent permits ApplicationRegistered, PilotStarted, RiskAnalysisSubmitted,
        RiskAnalysisApproved, RiskAnalysisRejected, RoleSignedOff, SupplierAgreementRecorded, MovedToProduction,
        Suspended, Resumed, IncidentReported, DetailsAmended, Retired, PhaseObserved, OwnerObserved,
        PolicyExceptionGranted {

    String applicationId();

    Instant occurredAt();
}
