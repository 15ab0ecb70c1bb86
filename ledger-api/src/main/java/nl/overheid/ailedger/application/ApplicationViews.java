package nl.overheid.ailedger.application;

import java.time.Instant;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.core.application.RiskAnalysis;
import nl.overheid.ailedger.core.policy.Compliance;
import nl.overheid.ailedger.core.policy.ComplianceEvaluator;
import nl.overheid.ailedger.projections.register.RegisteredApplication;
import org.springframework.stereotype.Component;

/**
 * The view of an application in a state, with its compliance judged at a moment: of a state the register folded,
 * and of the state a command left, which answers the write.
 */
@Component
public class ApplicationViews {

    private final ComplianceEvaluator compliance;

    ApplicationViews(ComplianceEvaluator compliance) {
        this.compliance = compliance;
    }

    /** The application as the register knows it, judged at the moment of valid time the read asked for. */
    public ApplicationView of(RegisteredApplication application) {
        return of(application.state(), application.layer(), application.lastRecordedAt(), application.validAt());
    }

    /** {@code lastRecordedAt}: when its latest event was recorded; {@code judgedAt}: the moment of the verdict. */
    public ApplicationView of(ApplicationState state, GovernmentLayer layer, Instant lastRecordedAt, Instant judgedAt) {
        Compliance verdict = compliance.judge(state, layer, judgedAt);
        var details = state.details();
        return new ApplicationView(state.applicationId(), state.organisationId(), layer, details.name(),
                details.purpose(), state.phase(), details.generativeAi(), details.model(), details.hosting(),
                details.procurement(), details.personalData(), details.sensitiveData(), details.aiActRiskClass(),
                details.lars(), details.impactAssessment(),
                state.riskAnalyses().values().stream().map(ApplicationViews::view).toList(),
                state.signOffs().stream()
                        .map(s -> new ApplicationView.SignOffView(s.role(), s.signedBy(), s.occurredAt())).toList(),
                state.supplierAgreements().stream()
                        .map(a -> new ApplicationView.SupplierAgreementView(a.supplier(), a.agreementRef(),
                                a.coversDataProcessing())).toList(),
                state.exceptions(), ApplicationView.ComplianceView.of(verdict),
                state.version(), state.lastOccurredAt(), lastRecordedAt);
    }

    private static ApplicationView.RiskAnalysisView view(RiskAnalysis analysis) {
        return new ApplicationView.RiskAnalysisView(analysis.analysisId(), analysis.kind(), analysis.status(),
                analysis.documentRef(), analysis.documentSha256());
    }
}
