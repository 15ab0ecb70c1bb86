package nl.overheid.ailedger.policy;

import java.time.Instant;
import java.time.LocalDate;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import tools.jackson.databind.JsonNode;

/**
 * A policy simulation: a draft rule set, in the form of {@code GET /policy/rulesets}, judged at one moment.
 *
 * @param draft              the draft rule set, read strictly as the rule sets in force are
 * @param replaces           the id of the rule set it takes the place of; none: it comes beside the ones in force
 * @param validAt            the moment judged in valid time; now when absent
 * @param asOf               what the ledger knew by then (transaction time); now when absent
 * @param transitionDeadline replaces the draft's own: "what if the deadline moves"
 * @param filters            which applications are counted; all when absent
 */
record SimulationRequest(JsonNode draft, String replaces, Instant validAt, Instant asOf, LocalDate transitionDeadline,
                         Filters filters) {

    /** The applications counted: of one layer, of one organisation, generative AI or not; null lets all through. */
    record Filters(GovernmentLayer layer, String organisationId, Boolean generativeAi) {
    }
}
