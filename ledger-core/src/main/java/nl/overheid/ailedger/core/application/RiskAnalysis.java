package nl.overheid.ailedger.core.application;

import java.time.Instant;

import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.RiskAnalysisStatus;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.policy.AnalysisEvidence;

/** A risk analysis of an application, as it stands; {@code decidedAt} is null while it is submitted. */
public record RiskAnalysis(
        String analysisId,
        RiskAnalysisKind kind,
        String documentRef,
        String documentSha256,
        RiskAnalysisStatus status,
        Instant submittedAt,
        Instant decidedAt,
        Role approverRole) {

    RiskAnalysis decided(RiskAnalysisStatus decision, Instant at, Role approver) {
        return new RiskAnalysis(analysisId, kind, documentRef, documentSha256, decision, submittedAt, at, approver);
    }

    /** Whether it counts as {@code evidence} at {@code moment}: submitted and not yet rejected, or approved. */
    boolean counts(AnalysisEvidence evidence, Instant moment) {
        boolean decidedBy = decidedAt != null && !decidedAt.isAfter(moment);
        return switch (evidence) {
            case PERFORMED -> !submittedAt.isAfter(moment) && !(decidedBy && status == RiskAnalysisStatus.REJECTED);
            case APPROVED -> decidedBy && status == RiskAnalysisStatus.APPROVED;
        };
    }
}
