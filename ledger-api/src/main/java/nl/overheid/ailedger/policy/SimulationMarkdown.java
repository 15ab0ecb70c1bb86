package nl.overheid.ailedger.policy;

import static nl.overheid.ailedger.text.Markdown.heading;
import static nl.overheid.ailedger.text.Markdown.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.core.policy.PolicySource;
import nl.overheid.ailedger.core.policy.Rule;
import nl.overheid.ailedger.core.policy.RuleSet;
import nl.overheid.ailedger.text.Dutch;
import nl.overheid.ailedger.text.Markdown;

/**
 * A simulation summarised in Dutch, to attach to a beslisnota: what the draft is and when it was judged, its rules
 * with their sources (or that they have none yet), the counts now and under the draft, per rule, per layer, the most
 * affected organisations, and the first applications that would change (all of them are in the CSV).
 */
final class SimulationMarkdown {

    private static final int APPLICATIONS_SHOWN = 25;
    private static final String NOW = "Nu";
    private static final String UNDER_DRAFT = "Onder het ontwerp";
    private static final String DIFFERENCE = "Verschil";
    private static final String CHANGING = "Veranderen";
    private static final String ARROWS = "Per oordeel het aantal nu → onder het ontwerp.";
    private static final Map<GovernmentLayer, String> LAYERS = Map.of(GovernmentLayer.RIJK, "Rijk",
            GovernmentLayer.UITVOERINGSORGANISATIE, "Uitvoeringsorganisaties", GovernmentLayer.GEMEENTE, "Gemeenten",
            GovernmentLayer.PROVINCIE, "Provincies", GovernmentLayer.WATERSCHAP, "Waterschappen",
            GovernmentLayer.OVERIG, "Overig");

    private SimulationMarkdown() {
    }

    static String render(SimulationOutcome outcome) {
        RuleSet draft = outcome.draft().ruleSet();
        StringBuilder md = new StringBuilder();
        md.append("# Beleidsverkenning: ").append(text(draft.title())).append("\n\n")
                .append(text("Een verkenning van een ontwerp, geen vastgesteld beleid: wat de regels van het ontwerp "
                        + "zouden betekenen voor de AI-toepassingen in de ledger. Voor deze verkenning is niets "
                        + "vastgelegd.")).append("\n\n");
        facts(outcome).forEach(line -> md.append("- ").append(text(line)).append('\n'));
        md.append('\n');

        heading(md, "Regels van het ontwerp");
        Markdown.table(md, List.of("Regel", "Soort", "Fasen", "Bron"), draft.rules().stream()
                .map(rule -> List.of(rule.id() + ": " + rule.title(), rule.kind().label(),
                        String.join(", ", rule.phases().stream().sorted().map(Dutch::phase).toList()), source(rule)))
                .toList(), Set.of());

        heading(md, "Oordeel nu en onder het ontwerp");
        Markdown.table(md, List.of("Oordeel", NOW, UNDER_DRAFT, DIFFERENCE), ComplianceStatus.COUNTED.stream()
                .map(status -> List.of(status.label(), count(outcome.total().before(), status),
                        count(outcome.total().after(), status),
                        difference(outcome.total().before().get(status), outcome.total().after().get(status))))
                .toList(), Set.of(NOW, UNDER_DRAFT, DIFFERENCE));

        heading(md, "Per regel: toepassingen die de regel niet halen");
        Markdown.table(md, List.of("Regel", NOW, UNDER_DRAFT, DIFFERENCE), outcome.byRule().entrySet().stream()
                .map(rule -> List.of(rule.getKey().name(), Long.toString(rule.getValue().before()),
                        Long.toString(rule.getValue().after()),
                        difference(rule.getValue().before(), rule.getValue().after())))
                .toList(), Set.of(NOW, UNDER_DRAFT, DIFFERENCE));

        heading(md, "Per bestuurslaag").append(text(ARROWS)).append("\n\n");
        List<String> layerColumns = new ArrayList<>(List.of("Bestuurslaag"));
        ComplianceStatus.COUNTED.forEach(status -> layerColumns.add(status.label()));
        Markdown.table(md, layerColumns, outcome.byLayer().entrySet().stream()
                .map(layer -> row(LAYERS.get(layer.getKey()), layer.getValue())).toList(), Set.of());

        heading(md, "Organisaties met de meeste veranderingen");
        if (outcome.byOrganisation().isEmpty()) {
            md.append(text("Bij geen enkele organisatie verandert een oordeel.")).append("\n\n");
        } else {
            List<String> columns = new ArrayList<>(List.of("Organisatie", "Bestuurslaag", CHANGING));
            ComplianceStatus.COUNTED.forEach(status -> columns.add(status.label()));
            Markdown.table(md, columns, outcome.byOrganisation().stream().map(organisation -> {
                List<String> cells = new ArrayList<>(List.of(
                        organisation.name() == null ? organisation.organisationId() : organisation.name(),
                        organisation.layer() == null ? "onbekend" : LAYERS.get(organisation.layer()),
                        Long.toString(organisation.changed())));
                ComplianceStatus.COUNTED.forEach(status ->
                        cells.add(arrow(organisation.before(), organisation.after(), status)));
                return cells;
            }).toList(), Set.of(CHANGING));
        }

        heading(md, "Toepassingen waarvan het oordeel verandert");
        List<Simulation.ChangedApplication> changed = outcome.changed();
        md.append(text(changed.size() + (changed.size() == 1 ? " toepassing" : " toepassingen")
                + (changed.size() > APPLICATIONS_SHOWN ? "; de eerste " + APPLICATIONS_SHOWN
                + " staan hieronder, alle staan in de CSV van deze verkenning." : "."))).append("\n\n");
        if (!changed.isEmpty()) {
            Markdown.table(md, List.of("Toepassing", "Organisatie", NOW, UNDER_DRAFT, "Niet gehaald onder het ontwerp"),
                    changed.stream().limit(APPLICATIONS_SHOWN).map(application -> List.of(application.applicationId(),
                            application.organisationId(), application.before().label(), application.after().label(),
                            application.unmetAfter().isEmpty() ? "—" : String.join(", ",
                                    application.unmetAfter().stream().map(Enum::name).toList()))).toList(), Set.of());
        }
        return md.toString();
    }

    private static List<String> facts(SimulationOutcome outcome) {
        RuleSet draft = outcome.draft().ruleSet();
        String replaces = outcome.draft().replaces();
        List<String> facts = new ArrayList<>();
        facts.add("Ontwerp: " + draft.id() + (replaces == null ? ", naast de regelsets die gelden"
                : ", in plaats van de regelset " + replaces));
        facts.add("Overgangstermijn: " + (draft.transitionDeadline() == null ? "geen"
                : "tot en met " + Dutch.day(draft.transitionDeadline())));
        facts.add("Peilmoment: de stand op " + moment(outcome.moment().validAt()) + ", zoals de ledger die kende op "
                + moment(outcome.moment().asOf()));
        facts.add("Geteld: " + counted(outcome.filters()));
        facts.add("Controlepunt: " + Dutch.checkpoint(outcome.checkpoint()));
        return facts;
    }

    /** "alle toepassingen", or what the filters let through: "bestuurslaag Gemeenten; alleen generatieve AI". */
    private static String counted(SimulationRequest.Filters filters) {
        List<String> scope = new ArrayList<>();
        if (filters.layer() != null) {
            scope.add("bestuurslaag " + LAYERS.get(filters.layer()));
        }
        if (filters.organisationId() != null) {
            scope.add("organisatie " + filters.organisationId());
        }
        if (filters.generativeAi() != null) {
            scope.add(filters.generativeAi() ? "alleen generatieve AI" : "geen generatieve AI");
        }
        return scope.isEmpty() ? "alle toepassingen" : String.join("; ", scope);
    }

    private static String moment(Instant moment) {
        return Dutch.moment(moment) + " (" + moment + ")";
    }

    private static String source(Rule rule) {
        PolicySource source = rule.source();
        if (source == null) {
            return "Geen: een huisregel";
        }
        if (source.marksDraft()) {
            return "Ontwerp (DRAFT): nog zonder bron";
        }
        return "„" + source.passage() + "” (" + source.reference() + ")";
    }

    private static List<String> row(String label, Simulation.Effect effect) {
        List<String> cells = new ArrayList<>(List.of(label));
        ComplianceStatus.COUNTED.forEach(status -> cells.add(arrow(effect.before(), effect.after(), status)));
        return cells;
    }

    private static String count(Map<ComplianceStatus, Long> counts, ComplianceStatus status) {
        return Long.toString(counts.get(status));
    }

    private static String arrow(Map<ComplianceStatus, Long> before, Map<ComplianceStatus, Long> after,
                                ComplianceStatus status) {
        return before.get(status) + " → " + after.get(status);
    }

    private static String difference(long before, long after) {
        long difference = after - before;
        return difference > 0 ? "+" + difference : difference < 0 ? "−" + -difference : "0";
    }
}
