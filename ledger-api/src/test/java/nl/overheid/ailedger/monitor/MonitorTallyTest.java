package nl.overheid.ailedger.monitor;

import static org.assertj.core.api.Assertions.assertThat;

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
import nl.overheid.ailedger.projections.history.ReadMoment;
import nl.overheid.ailedger.projections.register.ApplicationSummary;
import nl.overheid.ailedger.web.CheckpointView;
import org.junit.jupiter.api.Test;

/** The monitor's counts of the register's applications at a moment, zeros included. */
class MonitorTallyTest {

    private static final ReadMoment MOMENT = new ReadMoment(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2025-12-31T00:00:00Z"));
    private static final Model OPEN_NL = new Model("GPT-NL", "TNO", true, ModelOrigin.NL);

    @Test
    void countsByPhaseLayerAndRiskClassAndOnlyApplicableVerdicts() {
        MonitorTally tally = new MonitorTally();
        List.of(summary("a", "gemeente-utrecht", GovernmentLayer.GEMEENTE, Phase.PRODUCTION, OPEN_NL,
                        Compliance.UNKNOWN),
                summary("b", "gemeente-utrecht", GovernmentLayer.GEMEENTE, Phase.PILOT, null,
                        Compliance.NOT_APPLICABLE),
                summary("c", "bzk", GovernmentLayer.RIJK, Phase.RETIRED, OPEN_NL, Compliance.NOT_APPLICABLE),
                summary("d", "onbekend", null, Phase.PRODUCTION, null,
                        new Compliance(ComplianceStatus.OVERDUE, List.of()))).forEach(tally::add);

        MonitorView view = tally.view(MOMENT, new CheckpointView(42, "ab", false));
        assertThat(view.applications()).isEqualTo(4);
        assertThat(view.byPhase()).containsEntry(Phase.PRODUCTION, 2L).containsEntry(Phase.PILOT, 1L)
                .containsEntry(Phase.RETIRED, 1L).containsEntry(Phase.EXPLORATION, 0L);
        assertThat(view.byLayer().get(GovernmentLayer.GEMEENTE).applications()).isEqualTo(2);
        assertThat(view.byLayer().get(GovernmentLayer.RIJK).byPhase()).containsEntry(Phase.RETIRED, 1L);
        assertThat(view.byLayer()).as("an organisation of unknown layer counts under no layer")
                .doesNotContainKey(null);
        assertThat(view.byAiActRiskClass()).containsEntry(AiActRiskClass.MINIMAL_RISK, 4L);
        assertThat(view.compliance()).containsEntry(ComplianceStatus.UNKNOWN, 1L)
                .containsEntry(ComplianceStatus.OVERDUE, 1L).containsEntry(ComplianceStatus.COMPLIANT, 0L)
                .doesNotContainKey(ComplianceStatus.NOT_APPLICABLE);
        assertThat(view.organisationsReporting()).isEqualTo(3);
        assertThat(view.checkpoint().treeSize()).isEqualTo(42);
    }

    @Test
    void sharesLeaveRetiredApplicationsOutAndAreZeroWithoutAny() {
        MonitorTally tally = new MonitorTally();
        tally.add(summary("a", "o", GovernmentLayer.RIJK, Phase.PRODUCTION, OPEN_NL, Compliance.UNKNOWN));
        tally.add(summary("b", "o", GovernmentLayer.RIJK, Phase.PILOT, null, Compliance.NOT_APPLICABLE));
        tally.add(summary("c", "o", GovernmentLayer.RIJK, Phase.RETIRED, OPEN_NL, Compliance.NOT_APPLICABLE));

        MonitorView.Indicators indicators = tally.view(MOMENT, null).indicators();
        assertThat(indicators.openSourceShare()).isEqualTo(0.5);
        assertThat(indicators.euOrNlOriginShare()).isEqualTo(0.5);
        assertThat(indicators.onPremisesShare()).isEqualTo(1.0);
        assertThat(new MonitorTally().view(MOMENT, null).indicators().openSourceShare()).isZero();
    }

    private static ApplicationSummary summary(String id, String organisation, GovernmentLayer layer, Phase phase,
                                              Model model, Compliance compliance) {
        return new ApplicationSummary(id, organisation, layer, phase, new ApplicationDetails("Toepassing " + id,
                "Doel", true, model, Hosting.ON_PREMISES, Procurement.OWN_DEVELOPMENT, false, false,
                AiActRiskClass.MINIMAL_RISK, null, null), compliance);
    }
}
