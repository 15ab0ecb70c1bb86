package nl.overheid.ailedger.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.policy.Compliance;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.core.policy.PolicyDraft;
import nl.overheid.ailedger.projections.register.ApplicationSummary;
import nl.overheid.ailedger.projections.history.ReadMoment;
import nl.overheid.ailedger.projections.register.OrganisationView;
import nl.overheid.ailedger.web.CheckpointView;

/**
 * Counts applications into a simulation, one at a time, each judged now and under the draft; only the applications
 * whose status would change are kept.
 */
final class SimulationTally {

    private static final int ORGANISATIONS_SHOWN = 20;
    private static final Comparator<Simulation.ChangedApplication> LISTED = Comparator
            .comparing(Simulation.ChangedApplication::organisationId)
            .thenComparing(Simulation.ChangedApplication::applicationId);

    private final Counts total = new Counts();
    private final Map<RuleId, long[]> byRule = new EnumMap<>(RuleId.class);
    private final Map<GovernmentLayer, Counts> byLayer = new EnumMap<>(GovernmentLayer.class);
    private final Map<String, Counts> byOrganisation = new HashMap<>();
    private final List<Simulation.ChangedApplication> changed = new ArrayList<>();

    SimulationTally() {
        for (RuleId rule : RuleId.values()) {
            byRule.put(rule, new long[2]);
        }
        for (GovernmentLayer layer : GovernmentLayer.values()) {
            byLayer.put(layer, new Counts());
        }
    }

    /** One application: {@code summary} judged by the rules in force, {@code after} its verdict under the draft. */
    void add(ApplicationSummary summary, Compliance after) {
        Compliance before = summary.compliance();
        boolean changes = before.status() != after.status();
        total.add(before, after, changes);
        if (summary.layer() != null) {
            byLayer.get(summary.layer()).add(before, after, changes);
        }
        byOrganisation.computeIfAbsent(summary.organisationId(), id -> new Counts()).add(before, after, changes);
        unmet(before).forEach(rule -> byRule.get(rule)[0]++);
        unmet(after).forEach(rule -> byRule.get(rule)[1]++);
        if (changes) {
            changed.add(new Simulation.ChangedApplication(summary.applicationId(), summary.organisationId(),
                    summary.layer(), before.status(), after.status(), unmet(before), unmet(after)));
        }
    }

    /** What was counted, with every application that would change, in the register's order. */
    SimulationOutcome outcome(ReadMoment moment, CheckpointView checkpoint, PolicyDraft draft,
                              SimulationRequest.Filters filters, List<OrganisationView> organisations) {
        changed.sort(LISTED);
        Map<String, OrganisationView> known = new HashMap<>();
        organisations.forEach(organisation -> known.put(organisation.id(), organisation));
        Map<RuleId, Simulation.RuleEffect> rules = new EnumMap<>(RuleId.class);
        byRule.forEach((rule, counts) -> rules.put(rule, new Simulation.RuleEffect(counts[0], counts[1])));
        Map<GovernmentLayer, Simulation.Effect> layers = new EnumMap<>(GovernmentLayer.class);
        byLayer.forEach((layer, counts) -> layers.put(layer, counts.effect()));
        List<Simulation.OrganisationEffect> mostAffected = byOrganisation.entrySet().stream()
                .filter(organisation -> organisation.getValue().changed > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, Counts> organisation) ->
                        -organisation.getValue().changed).thenComparing(Map.Entry::getKey))
                .limit(ORGANISATIONS_SHOWN)
                .map(organisation -> {
                    OrganisationView view = known.get(organisation.getKey());
                    Simulation.Effect effect = organisation.getValue().effect();
                    return new Simulation.OrganisationEffect(organisation.getKey(), view == null ? null : view.name(),
                            view == null ? null : view.layer(), organisation.getValue().changed, effect.before(),
                            effect.after());
                })
                .toList();
        return new SimulationOutcome(moment, checkpoint, draft, filters, total.effect(), rules, layers, mostAffected,
                List.copyOf(changed));
    }

    /** The rules a verdict says are unmet, each once, in rule order. */
    private static List<RuleId> unmet(Compliance compliance) {
        return compliance.unmet().stream().map(violation -> violation.rule().id()).distinct().sorted().toList();
    }

    /** Compliance counts of some applications, now and under the draft. */
    private static final class Counts {

        private final Map<ComplianceStatus, Long> before = zeros();
        private final Map<ComplianceStatus, Long> after = zeros();
        private long changed;

        void add(Compliance now, Compliance underDraft, boolean changes) {
            count(before, now);
            count(after, underDraft);
            changed += changes ? 1 : 0;
        }

        Simulation.Effect effect() {
            return new Simulation.Effect(before, after);
        }

        private static void count(Map<ComplianceStatus, Long> counts, Compliance compliance) {
            if (ComplianceStatus.COUNTED.contains(compliance.status())) {
                counts.merge(compliance.status(), 1L, Long::sum);
            }
        }

        private static Map<ComplianceStatus, Long> zeros() {
            Map<ComplianceStatus, Long> counts = new EnumMap<>(ComplianceStatus.class);
            ComplianceStatus.COUNTED.forEach(status -> counts.put(status, 0L));
            return counts;
        }
    }
}
