package nl.overheid.ailedger.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.web.CheckpointView;

/**
 * What a draft rule set would change in the register at one moment: compliance counted as it is ({@code before},
 * the monitor's count) and as it would be under the draft ({@code after}), per rule, per layer and for the
 * organisations most affected, and the applications whose status would change. Counts leave NOT_APPLICABLE out, as
 * the monitor does.
 *
 * @param checkpoint     the newest signed checkpoint at {@code asOf}: the sealed history the answer rests on
 * @param filters        the applications counted
 * @param byRule         per rule, the applications that fail it
 * @param byOrganisation the 20 organisations with the most changes, most first
 * @param changed        one page of the applications whose status would change, by organisation and id
 */
record Simulation(
        Instant validAt,
        Instant asOf,
        CheckpointView checkpoint,
        Draft draft,
        SimulationRequest.Filters filters,
        Map<ComplianceStatus, Long> before,
        Map<ComplianceStatus, Long> after,
        Map<RuleId, RuleEffect> byRule,
        Map<GovernmentLayer, Effect> byLayer,
        List<OrganisationEffect> byOrganisation,
        ChangedPage changed) {

    /** The draft judged by: its id and title, what it replaces, and the transition deadline it was judged with. */
    record Draft(String id, String title, String replaces, LocalDate transitionDeadline) {
    }

    /** How many applications fail one rule, now and under the draft. */
    record RuleEffect(long before, long after) {
    }

    /** Compliance counted now and under the draft. */
    record Effect(Map<ComplianceStatus, Long> before, Map<ComplianceStatus, Long> after) {
    }

    /** One organisation's counts, and how many of its applications would change status. */
    record OrganisationEffect(String organisationId, String name, GovernmentLayer layer, long changed,
                              Map<ComplianceStatus, Long> before, Map<ComplianceStatus, Long> after) {
    }

    /** An application whose status would change, with the rules it misses now and would miss under the draft. */
    record ChangedApplication(String applicationId, String organisationId, GovernmentLayer layer,
                              ComplianceStatus before, ComplianceStatus after, List<RuleId> unmetBefore,
                              List<RuleId> unmetAfter) {
    }

    record ChangedPage(List<ChangedApplication> items, int page, int pageSize, long total) {
    }
}
