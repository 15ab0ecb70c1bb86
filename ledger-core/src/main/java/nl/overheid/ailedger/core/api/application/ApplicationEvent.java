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

    <R> R accept(Visitor<R> visitor);

    /**
     * One answer per kind of event. Java 17 has no exhaustive {@code switch} over a sealed interface (a preview
     * feature there), so this is how the compiler refuses a fold that misses a kind: a new event type adds a method
     * here, and every visitor must answer it.
     */
    interface Visitor<R> {

        R on(ApplicationRegistered event);

        R on(PilotStarted event);

        R on(RiskAnalysisSubmitted event);

        R on(RiskAnalysisApproved event);

        R on(RiskAnalysisRejected event);

        R on(RoleSignedOff event);

        R on(SupplierAgreementRecorded event);

        R on(MovedToProduction event);

        R on(Suspended event);

        R on(Resumed event);

        R on(IncidentReported event);

        R on(DetailsAmended event);

        R on(Retired event);

        R on(PhaseObserved event);

        R on(OwnerObserved event);

        R on(PolicyExceptionGranted event);
    }
}
