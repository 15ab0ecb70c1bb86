package nl.overheid.ailedger.projections.register;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.policy.ComplianceStatus;

/** The register's filters; a null filter lets everything through. */
public record ApplicationFilter(
        String organisationId,
        GovernmentLayer layer,
        Phase phase,
        AiActRiskClass aiActRiskClass,
        ComplianceStatus complianceStatus,
        Boolean generativeAi) {

    public boolean matches(ApplicationSummary application) {
        return (organisationId == null || organisationId.equals(application.organisationId()))
                && (layer == null || layer == application.layer())
                && (phase == null || phase == application.phase())
                && (aiActRiskClass == null || aiActRiskClass == application.details().aiActRiskClass())
                && (complianceStatus == null || complianceStatus == application.compliance().status())
                && (generativeAi == null || generativeAi == application.details().generativeAi());
    }
}
