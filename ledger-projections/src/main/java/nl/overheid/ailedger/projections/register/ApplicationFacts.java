package nl.overheid.ailedger.projections.register;

import java.time.Instant;
import java.util.Set;

import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.core.policy.AnalysisEvidence;
import nl.overheid.ailedger.core.policy.ComplianceEvaluator;
import nl.overheid.ailedger.core.policy.GovernanceRecord;

/**
 * The facts of one version of an application that its summary needs: the fold of its events up to that version,
 * reduced to what filters, counts and the compliance judgement look at. Every step folded occurred by
 * {@code occurredUntil}, so the facts answer governance questions for any moment from then on, and refuse
 * earlier ones: those need a fold of the events that had occurred by then.
 */
record ApplicationFacts(
        String applicationId,
        String organisationId,
        Phase phase,
        ApplicationDetails details,
        boolean registeredAsExistingUse,
        Instant productionSince,
        Set<RiskAnalysisKind> performedAnalyses,
        Set<RiskAnalysisKind> approvedAnalyses,
        Set<Role> signedOffRoles,
        boolean supplierAgreement,
        Set<RuleId> exceptions,
        boolean reportedByOrganisation,
        Instant occurredUntil) implements GovernanceRecord {

    static ApplicationFacts of(ApplicationState state) {
        Instant until = state.lastOccurredAt();
        return new ApplicationFacts(state.applicationId(), state.organisationId(), state.phase(), state.details(),
                state.registeredAsExistingUse(), state.productionSince(),
                state.analysisKinds(AnalysisEvidence.PERFORMED, until),
                state.analysisKinds(AnalysisEvidence.APPROVED, until), state.signedOffRoles(until),
                state.hasSupplierAgreement(until), state.exceptions(until), state.reportedByOrganisation(), until);
    }

    /** The summary at {@code validAt}, with compliance judged in valid time. */
    ApplicationSummary summary(GovernmentLayer layer, ComplianceEvaluator evaluator, Instant validAt) {
        return new ApplicationSummary(applicationId, organisationId, layer, phase, details,
                evaluator.judge(this, layer, validAt));
    }

    @Override
    public Set<RiskAnalysisKind> analysisKinds(AnalysisEvidence evidence, Instant by) {
        requireCovered(by);
        return evidence == AnalysisEvidence.APPROVED ? approvedAnalyses : performedAnalyses;
    }

    @Override
    public Set<Role> signedOffRoles(Instant by) {
        requireCovered(by);
        return signedOffRoles;
    }

    @Override
    public boolean hasSupplierAgreement(Instant by) {
        requireCovered(by);
        return supplierAgreement;
    }

    @Override
    public Set<RuleId> exceptions(Instant by) {
        requireCovered(by);
        return exceptions;
    }

    private void requireCovered(Instant by) {
        if (by.isBefore(occurredUntil)) {
            throw new IllegalArgumentException("the facts of " + applicationId + " hold steps up to " + occurredUntil
                    + "; judging them at " + by + " needs a fold of the events that had occurred by then");
        }
    }
}
