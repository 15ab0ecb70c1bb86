package nl.overheid.ailedger.application;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.Hosting;
import nl.overheid.ailedger.core.api.application.ImpactAssessment;
import nl.overheid.ailedger.core.api.application.Model;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.RiskAnalysisStatus;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.application.GrantedException;
import nl.overheid.ailedger.core.policy.Compliance;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.core.policy.UnmetRule;

/**
 * An application as the register shows it, on one moment of transaction time and one of valid time.
 * {@code impactAssessment} is what the Algoritmeregister reports, null when it reported nothing; {@code exceptions}
 * the exceptions to rules granted for it.
 */
public record ApplicationView(
        String id,
        String organisationId,
        GovernmentLayer layer,
        String name,
        String purpose,
        Phase phase,
        boolean generativeAi,
        Model model,
        Hosting hosting,
        Procurement procurement,
        boolean personalData,
        boolean sensitiveData,
        AiActRiskClass aiActRiskClass,
        String lars,
        ImpactAssessment impactAssessment,
        List<RiskAnalysisView> riskAnalyses,
        List<SignOffView> signOffs,
        List<SupplierAgreementView> supplierAgreements,
        List<GrantedException> exceptions,
        ComplianceView compliance,
        long version,
        Instant lastOccurredAt,
        Instant lastRecordedAt) {

    public record RiskAnalysisView(String analysisId, RiskAnalysisKind kind, RiskAnalysisStatus status,
                                   String documentRef, String documentSha256) {
    }

    public record SignOffView(Role role, String signedBy, Instant occurredAt) {
    }

    public record SupplierAgreementView(String supplier, String agreementRef, boolean coversDataProcessing) {
    }

    /** {@code unmet}: the ids of the unmet rules; {@code unmetRules}: each with what is missing and its source. */
    public record ComplianceView(ComplianceStatus status, List<RuleId> unmet, List<UnmetRule> unmetRules) {

        static ComplianceView of(Compliance compliance) {
            return new ComplianceView(compliance.status(),
                    compliance.unmet().stream().map(violation -> violation.rule().id()).toList(),
                    compliance.unmet().stream().map(UnmetRule::of).toList());
        }
    }
}
