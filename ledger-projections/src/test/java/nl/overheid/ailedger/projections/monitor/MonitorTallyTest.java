package nl.overheid.ailedger.projections.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.Hosting;
import nl.overheid.ailedger.core.api.application.Model;
import nl.overheid.ailedger.core.api.application.ModelOrigin;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.policy.Compliance;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.projections.register.ApplicationSummary;
import nl.overheid.ailedger.projections.register.ReadMoment;
import org.junit.jupiter.api.Test;

class MonitorTallyTest {

    private static final ReadMoment MOMENT = new ReadMoment(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2025-07-01T00:00:00Z"));
    private static final Model OPEN_NL = new Model("GPT-NL", "TNO", true, ModelOrigin.NL);
    private static final Model OPEN_NON_EU = new Model("Llama", "Meta", true, ModelOrigin.NON_EU);
    private static final Model CLOSED_EU = new Model("Le Chat", "Mistral", false, ModelOrigin.EU);
    private static final Compliance OVERDUE = new Compliance(ComplianceStatus.OVERDUE, List.of());

    private int ids;

    private ApplicationSummary application(String organisation, GovernmentLayer layer, Phase phase, Model model,
                                           Hosting hosting, AiActRiskClass riskClass, Compliance compliance) {
        return new ApplicationSummary("app-" + ++ids, organisation, layer, phase,
                new ApplicationDetails("Toepassing", null, true, model, hosting, Procurement.OWN_DEVELOPMENT, false,
                        false, riskClass, null, null),
                compliance);
    }

    @Test
    void showsEveryPhaseLayerRiskClassAndVerdictWithZerosWhenNothingIsKnown() {
        MonitorView view = new MonitorTally().view(MOMENT, null);

        assertThat(view.applications()).isZero();
        assertThat(view.byPhase()).containsOnlyKeys(Phase.values()).allSatisfy((phase, count) -> assertThat(count).isZero());
        assertThat(view.byLayer()).containsOnlyKeys(GovernmentLayer.values());
        assertThat(view.byLayer().get(GovernmentLayer.WATERSCHAP).byPhase()).containsOnlyKeys(Phase.values());
        assertThat(view.byAiActRiskClass()).containsOnlyKeys(AiActRiskClass.values());
        assertThat(view.compliance()).containsOnlyKeys(ComplianceStatus.COMPLIANT, ComplianceStatus.NON_COMPLIANT,
                ComplianceStatus.OVERDUE, ComplianceStatus.UNKNOWN);
        assertThat(view.indicators()).isEqualTo(new MonitorView.Indicators(0.0, 0.0, 0.0));
        assertThat(view.organisationsReporting()).isZero();
        assertThat(view.asOf()).isEqualTo(MOMENT.asOf());
        assertThat(view.validAt()).isEqualTo(MOMENT.validAt());
    }

    @Test
    void countsEachApplicationUnderItsPhaseLayerRiskClassAndVerdict() {
        MonitorTally tally = new MonitorTally();
        tally.add(application("bzk", GovernmentLayer.RIJK, Phase.PRODUCTION, OPEN_NL, Hosting.ON_PREMISES,
                AiActRiskClass.HIGH_RISK, OVERDUE));
        tally.add(application("bzk", GovernmentLayer.RIJK, Phase.PILOT, OPEN_NL, Hosting.ON_PREMISES,
                AiActRiskClass.MINIMAL_RISK, Compliance.NOT_APPLICABLE));
        tally.add(application("utrecht", GovernmentLayer.GEMEENTE, Phase.PRODUCTION, CLOSED_EU, Hosting.EU_CLOUD,
                AiActRiskClass.MINIMAL_RISK, new Compliance(ComplianceStatus.COMPLIANT, List.of())));
        tally.add(application("amsterdam", GovernmentLayer.GEMEENTE, Phase.PRODUCTION, null, null,
                AiActRiskClass.UNDETERMINED, Compliance.UNKNOWN));

        MonitorView view = tally.view(MOMENT, null);

        assertThat(view.applications()).isEqualTo(4);
        assertThat(view.byPhase()).contains(entry(Phase.PRODUCTION, 3L), entry(Phase.PILOT, 1L),
                entry(Phase.EXPLORATION, 0L));
        assertThat(view.byLayer().get(GovernmentLayer.RIJK).applications()).isEqualTo(2);
        assertThat(view.byLayer().get(GovernmentLayer.RIJK).byPhase()).contains(entry(Phase.PRODUCTION, 1L),
                entry(Phase.PILOT, 1L));
        assertThat(view.byLayer().get(GovernmentLayer.GEMEENTE).byPhase()).contains(entry(Phase.PRODUCTION, 2L),
                entry(Phase.PILOT, 0L));
        assertThat(view.byLayer().get(GovernmentLayer.PROVINCIE).applications()).isZero();
        assertThat(view.byAiActRiskClass()).contains(entry(AiActRiskClass.HIGH_RISK, 1L),
                entry(AiActRiskClass.MINIMAL_RISK, 2L));
        assertThat(view.compliance()).as("unknown is counted apart, never as a violation").containsExactly(
                entry(ComplianceStatus.COMPLIANT, 1L), entry(ComplianceStatus.NON_COMPLIANT, 0L),
                entry(ComplianceStatus.OVERDUE, 1L), entry(ComplianceStatus.UNKNOWN, 1L));
        assertThat(view.organisationsReporting()).isEqualTo(3);
    }

    @Test
    void leavesRetiredApplicationsOutOfTheSharesAndCountsOneWithoutModelAsNeither() {
        MonitorTally tally = new MonitorTally();
        tally.add(application("a", GovernmentLayer.RIJK, Phase.PRODUCTION, OPEN_NL, Hosting.ON_PREMISES,
                AiActRiskClass.MINIMAL_RISK, Compliance.NOT_APPLICABLE));
        tally.add(application("a", GovernmentLayer.RIJK, Phase.PILOT, OPEN_NON_EU, Hosting.GOVERNMENT_CLOUD,
                AiActRiskClass.MINIMAL_RISK, Compliance.NOT_APPLICABLE));
        tally.add(application("a", GovernmentLayer.RIJK, Phase.EXPLORATION, CLOSED_EU, Hosting.ON_PREMISES,
                AiActRiskClass.MINIMAL_RISK, Compliance.NOT_APPLICABLE));
        tally.add(application("a", GovernmentLayer.RIJK, Phase.SUSPENDED, null, null,
                AiActRiskClass.MINIMAL_RISK, Compliance.NOT_APPLICABLE));
        tally.add(application("a", GovernmentLayer.RIJK, Phase.RETIRED, OPEN_NL, Hosting.ON_PREMISES,
                AiActRiskClass.MINIMAL_RISK, Compliance.NOT_APPLICABLE));

        MonitorView view = tally.view(MOMENT, null);

        assertThat(view.applications()).isEqualTo(5);
        assertThat(view.indicators()).isEqualTo(new MonitorView.Indicators(2.0 / 4, 2.0 / 4, 2.0 / 4));
    }

    @Test
    void countsAnApplicationOfAnUnknownOrganisationEverywhereButUnderALayer() {
        MonitorTally tally = new MonitorTally();
        tally.add(application("unknown", null, Phase.PILOT, OPEN_NL, Hosting.ON_PREMISES,
                AiActRiskClass.MINIMAL_RISK, Compliance.NOT_APPLICABLE));

        MonitorView view = tally.view(MOMENT, null);

        assertThat(view.applications()).isEqualTo(1);
        assertThat(view.byPhase()).contains(entry(Phase.PILOT, 1L));
        assertThat(view.byLayer().values()).allSatisfy(layer -> assertThat(layer.applications()).isZero());
        assertThat(view.organisationsReporting()).isEqualTo(1);
    }
}
