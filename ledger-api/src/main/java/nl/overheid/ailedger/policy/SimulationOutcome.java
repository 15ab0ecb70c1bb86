package nl.overheid.ailedger.policy;

import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.policy.PolicyDraft;
import nl.overheid.ailedger.projections.history.ReadMoment;
import nl.overheid.ailedger.web.CheckpointView;

/**
 * All a simulation found: the JSON answer shows a page of the changed applications, the CSV lists them all, the
 * Markdown summary names the draft's rules and the largest effects.
 *
 * @param changed every application whose status would change, by organisation and id
 */
record SimulationOutcome(ReadMoment moment, CheckpointView checkpoint, PolicyDraft draft,
                         SimulationRequest.Filters filters, Simulation.Effect total,
                         Map<RuleId, Simulation.RuleEffect> byRule, Map<GovernmentLayer, Simulation.Effect> byLayer,
                         List<Simulation.OrganisationEffect> byOrganisation,
                         List<Simulation.ChangedApplication> changed) {

    /** The answer with page {@code page} (from 1) of the changed applications. */
    Simulation page(int page, int pageSize) {
        List<Simulation.ChangedApplication> items = changed.stream().skip((long) (page - 1) * pageSize)
                .limit(pageSize).toList();
        return new Simulation(moment.validAt(), moment.asOf(), checkpoint, draftJudged(), filters, total.before(),
                total.after(), byRule, byLayer, byOrganisation,
                new Simulation.ChangedPage(items, page, pageSize, changed.size()));
    }

    Simulation.Draft draftJudged() {
        return new Simulation.Draft(draft.ruleSet().id(), draft.ruleSet().title(), draft.replaces(),
                draft.ruleSet().transitionDeadline());
    }
}
