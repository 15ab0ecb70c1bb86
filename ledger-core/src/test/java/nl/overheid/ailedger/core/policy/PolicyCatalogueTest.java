package nl.overheid.ailedger.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.RiskAnalysisSubmitted;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.RoleSignedOff;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.application.ApplicationState;
import org.junit.jupiter.api.Test;

/** Rule sets are data: read strictly, each rule holding all it asks, and stricter house rules possible as such. */
class PolicyCatalogueTest {

    private static final Instant MID_2025 = Instant.parse("2025-06-02T09:00:00Z");
    private static final String SCOPE = """
            "scope": {"layers": ["RIJK", "GEMEENTE"], "generativeAiOnly": true}""";

    /** A ministry's own stricter rules: a DPIA when personal data is processed, the CISO for sensitive data. */
    private static final String HUISREGELS = """
            {"ruleSets": [{"id": "huisregels-ministerie", "kind": "HUISREGEL", "title": "Huisregels",
              "inForceFrom": "2025-01-01", %s,
              "rules": [
                {"id": "R1", "kind": "HUISREGEL", "title": "DPIA bij persoonsgegevens", "phases": ["PRODUCTION"],
                 "when": "PERSONAL_DATA", "kinds": ["DPIA"], "evidence": "APPROVED"},
                {"id": "R2", "kind": "HUISREGEL", "title": "CISO bij gevoelige gegevens", "phases": ["PRODUCTION"],
                 "when": "SENSITIVE_DATA", "roles": ["CISO"], "atLeast": 0}]}]}""".formatted(SCOPE);

    @Test
    void readsTheShippedRuleSetsWithEveryRuleInScopeOfItsSet() {
        PolicyCatalogue catalogue = PolicyCatalogue.standard();
        assertThat(catalogue.ruleSets()).extracting(RuleSet::id).containsExactly("voorlopig-standpunt-2023",
                "ai-verordening-verboden-praktijken", "standpunt-2025");
        catalogue.ruleSets().forEach(ruleSet -> ruleSet.rules().forEach(rule ->
                assertThat(rule.scope()).isEqualTo(ruleSet.scope())));
    }

    @Test
    void writesRulesWithTheirRequirementBesideThemAndReadsThatBackUnchanged() throws IOException {
        PolicyCatalogue catalogue = PolicyCatalogue.standard();
        String json = mapper().writeValueAsString(catalogue);
        assertThat(json).contains("\"refusedProcurements\":[\"CONSUMER_TERMS\"]").doesNotContain("requirement");
        assertThat(read(json)).isEqualTo(catalogue);
    }

    @Test
    void refusesARuleWithAFieldOfAnotherRule() {
        assertThatThrownBy(() -> read(oneRule("""
                {"id": "R1", "kind": "HUISREGEL", "title": "t", "phases": ["PRODUCTION"], "evidence": "PERFORMED",
                 "roles": ["CIO"]}""")))
                .isInstanceOf(IOException.class).hasMessageContaining("roles");
    }

    @Test
    void refusesAnUnknownConditionAndAStandpuntRuleWithoutItsSource() {
        assertThatThrownBy(() -> read(oneRule("""
                {"id": "R5", "kind": "HUISREGEL", "title": "t", "phases": ["EXPLORATION"], "refusedWhen": "ALTIJD"}""")))
                .isInstanceOf(IOException.class).hasMessageContaining("ALTIJD");
        assertThatThrownBy(() -> read(oneRule("""
                {"id": "R4", "kind": "STANDPUNT", "title": "t", "phases": ["PILOT"],
                 "refusedProcurements": ["CONSUMER_TERMS"]}""")))
                .isInstanceOf(IOException.class).hasMessageContaining("quotes the passage");
    }

    @Test
    void letsAHouseRuleAskMoreAndLabelsWhatItAsksAsAHouseRule() throws IOException {
        PolicyCatalogue catalogue = read(HUISREGELS);
        ApplicationState sensitive = pilot(new ApplicationDetails("Chat", null, true, null, null,
                Procurement.OWN_DEVELOPMENT, true, true, AiActRiskClass.MINIMAL_RISK, null, null));
        List<Violation> unmet = catalogue.unmet(Phase.PRODUCTION, sensitive, GovernmentLayer.RIJK, MID_2025);
        assertThat(unmet).extracting(violation -> violation.rule().id()).containsExactly(RuleId.R1, RuleId.R2);
        assertThat(unmet).allMatch(violation -> violation.rule().kind() == RuleKind.HUISREGEL);
        assertThat(unmet.get(0).message()).isEqualTo("needs a risk analysis of kind DPIA, approved");
        assertThat(unmet.get(1).message()).isEqualTo("needs a sign-off by CISO");
    }

    @Test
    void requiresNothingOfARuleThatIsTakenOut() throws IOException {
        ApplicationState withoutAnyStep = pilot(new ApplicationDetails("Chat", null, true, null, null,
                Procurement.OWN_DEVELOPMENT, false, false, AiActRiskClass.MINIMAL_RISK, null, null));
        RuleSet standpunt = PolicyCatalogue.standard().ruleSets().get(2);
        RuleSet withoutR2 = new RuleSet(standpunt.id(), standpunt.kind(), standpunt.title(), standpunt.sources(),
                standpunt.interpretation(), standpunt.inForceFrom(), standpunt.inForceUntil(),
                standpunt.transitionDeadline(), standpunt.scope(),
                standpunt.rules().stream().filter(rule -> rule.id() != RuleId.R2).toList());
        assertThat(new PolicyCatalogue(List.of(withoutR2))
                .unmet(Phase.PRODUCTION, withoutAnyStep, GovernmentLayer.GEMEENTE, MID_2025))
                .extracting(violation -> violation.rule().id()).containsExactly(RuleId.R1);
    }

    @Test
    void bindsOnlyTheLayersOfItsScope() throws IOException {
        ApplicationState personal = pilot(new ApplicationDetails("Chat", null, true, null, null,
                Procurement.OWN_DEVELOPMENT, true, false, AiActRiskClass.MINIMAL_RISK, null, null));
        PolicyCatalogue catalogue = read(HUISREGELS);
        assertThat(catalogue.unmet(Phase.PRODUCTION, personal, GovernmentLayer.PROVINCIE, MID_2025)).isEmpty();
        assertThat(catalogue.unmet(Phase.PRODUCTION, personal, null, MID_2025))
                .as("an organisation of unknown layer is bound only by rules for every layer").isEmpty();
        assertThat(catalogue.unmet(Phase.PRODUCTION, personal, GovernmentLayer.GEMEENTE, MID_2025)).hasSize(1);
    }

    @Test
    void countsAnApprovedAnalysisOnlyFromItsApproval() throws IOException {
        ApplicationState state = pilot(new ApplicationDetails("Chat", null, true, null, null,
                Procurement.OWN_DEVELOPMENT, true, false, AiActRiskClass.MINIMAL_RISK, null, null));
        state = state.fold(new RiskAnalysisSubmitted("app", "dpia", RiskAnalysisKind.DPIA, "doc", "ab", MID_2025));
        state = state.fold(new RoleSignedOff("app", Role.CISO, "C", MID_2025));
        assertThat(state.analysisKinds(AnalysisEvidence.PERFORMED, MID_2025)).isEqualTo(Set.of(RiskAnalysisKind.DPIA));
        assertThat(state.analysisKinds(AnalysisEvidence.APPROVED, MID_2025)).isEmpty();
        assertThat(read(HUISREGELS).unmet(Phase.PRODUCTION, state, GovernmentLayer.RIJK, MID_2025))
                .extracting(violation -> violation.rule().id()).containsExactly(RuleId.R1);
    }

    private static ApplicationState pilot(ApplicationDetails details) {
        return ApplicationState.NONE.fold(new ApplicationRegistered("app", "org", Phase.PILOT, details,
                Instant.parse("2025-05-01T09:00:00Z")));
    }

    private static String oneRule(String rule) {
        return """
                {"ruleSets": [{"id": "test", "kind": "HUISREGEL", "title": "Test", "inForceFrom": "2025-01-01", %s,
                  "rules": [%s]}]}""".formatted(SCOPE, rule);
    }

    private static PolicyCatalogue read(String json) throws IOException {
        return PolicyCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ObjectMapper mapper() {
        return JsonMapper.builder().addModule(new JavaTimeModule()).build();
    }
}
