package nl.overheid.ailedger.projections.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RiskAnalysisApproved;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.RiskAnalysisSubmitted;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.core.policy.ComplianceEvaluator;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import org.junit.jupiter.api.Test;

class ApplicationFactsTest {

    private static final ComplianceEvaluator EVALUATOR = new ComplianceEvaluator(PolicyCatalogue.standard());
    private static final Instant REGISTERED = Instant.parse("2025-05-01T09:00:00Z");
    private static final Instant APPROVED = Instant.parse("2025-06-20T09:00:00Z");

    /** Existing use with an analysis reported late, approved, and no role involved. */
    private static ApplicationFacts existingUseWithoutARoleInvolved() {
        ApplicationState state = ApplicationState.NONE;
        state = state.fold(new ApplicationRegistered("app-1", "org-1", Phase.PRODUCTION, new ApplicationDetails("Chat", null,
                true, null, null, Procurement.OWN_DEVELOPMENT, false, false, AiActRiskClass.MINIMAL_RISK, null, null),
                REGISTERED));
        state = state.fold(new RiskAnalysisSubmitted("app-1", "ra", RiskAnalysisKind.OTHER, "ref", "a".repeat(64),
                Instant.parse("2025-06-01T09:00:00Z")));
        state = state.fold(new RiskAnalysisApproved("app-1", "ra", Role.CIO, APPROVED));
        return ApplicationFacts.of(state);
    }

    @Test
    void judgesTheFoldedStepsFromTheLastOfThemOn() {
        ApplicationFacts facts = existingUseWithoutARoleInvolved();

        ApplicationSummary midYear = facts.summary(GovernmentLayer.GEMEENTE, EVALUATOR, Instant.parse("2025-07-01T00:00:00Z"));
        ApplicationSummary nextYear = facts.summary(GovernmentLayer.GEMEENTE, EVALUATOR, Instant.parse("2026-01-02T00:00:00Z"));

        assertThat(facts.occurredUntil()).isEqualTo(APPROVED);
        assertThat(midYear.compliance().status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(midYear.compliance().unmet()).extracting(violation -> violation.rule().id())
                .containsExactly(RuleId.R2);
        assertThat(nextYear.compliance().status()).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(nextYear.layer()).isEqualTo(GovernmentLayer.GEMEENTE);
    }

    @Test
    void refusesToJudgeAMomentBeforeItsLastStep() {
        ApplicationFacts facts = existingUseWithoutARoleInvolved();

        assertThatThrownBy(() -> facts.summary(GovernmentLayer.GEMEENTE, EVALUATOR, APPROVED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a fold");
    }
}
