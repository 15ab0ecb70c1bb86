package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

/**
 * A command about one AI application; {@code occurredAt} is when the step happened (valid time). Sealed, so that
 * everything that counts commands knows them all.
 */
public sealed interface ApplicationCommand permits RegisterApplication, StartPilot, SubmitRiskAnalysis,
        ApproveRiskAnalysis, RejectRiskAnalysis, SignOffRole, RecordSupplierAgreement, MoveToProduction,
        SuspendApplication, ResumeApplication, ReportIncident, AmendDetails, RetireApplication, GrantPolicyException,
        RecordObservedRegistration, RecordObservedPhase, RecordObservedOwner, RecordObservedDetails {

    String applicationId();

    Instant occurredAt();
}
