package nl.overheid.ailedger.policy;

import java.util.List;

import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.text.Csv;
import nl.overheid.ailedger.text.Dutch;

/**
 * Every application whose status a draft would change, as CSV ({@link Csv}): the status now and under the draft as
 * words and as codes, the rules it misses in each, and on every row the moment and the checkpoint it was read at.
 */
final class SimulationCsv {

    private static final List<String> HEADER = List.of("Toepassing", "Organisatie", "Bestuurslaag", "Oordeel nu",
            "Oordeel onder het ontwerp", "Status nu", "Status onder het ontwerp", "Niet gehaald nu",
            "Niet gehaald onder het ontwerp", "Geldig op (validAt)", "Zoals bekend op (asOf)", "Controlepunt");

    private SimulationCsv() {
    }

    static String render(SimulationOutcome outcome) {
        String validAt = outcome.moment().validAt().toString();
        String asOf = outcome.moment().asOf().toString();
        String checkpoint = Dutch.checkpoint(outcome.checkpoint());
        return Csv.table(HEADER, outcome.changed().stream().map(application -> List.of(application.applicationId(),
                application.organisationId(), application.layer() == null ? "" : application.layer().name(),
                application.before().label(), application.after().label(), application.before().name(),
                application.after().name(), rules(application.unmetBefore()), rules(application.unmetAfter()),
                validAt, asOf, checkpoint)).toList());
    }

    private static String rules(List<RuleId> rules) {
        return String.join(" ", rules.stream().map(RuleId::name).toList());
    }
}
