package nl.overheid.ailedger.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;

/**
 * Every rule set the ledger knows, in date order. Several may be in force at once (a standpunt and a law); each
 * rule binds only the applications in its scope. A new standpunt or a moved AI Act date is a change of
 * {@code policy/rulesets.json}, not of code.
 */
public record PolicyCatalogue(List<RuleSet> ruleSets) {

    /** Policy dates are Dutch dates: an instant is judged by the day it was in the Netherlands. */
    public static final ZoneId POLICY_ZONE = ZoneId.of("Europe/Amsterdam");

    private static final String STANDARD_RESOURCE = "/policy/rulesets.json";
    private static final Comparator<Violation> RULE_ORDER = Comparator
            .comparing((Violation violation) -> violation.rule().id())
            .thenComparing(violation -> violation.rule().kind());

    /**
     * Rule sets are read strictly: an unknown field, a null for a primitive, a number for a text or a text for a
     * boolean is refused.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    public PolicyCatalogue {
        ruleSets = ruleSets.stream().sorted(Comparator.comparing(RuleSet::inForceFrom)).toList();
        Set<String> ids = new HashSet<>();
        ruleSets.forEach(ruleSet -> {
            if (!ids.add(ruleSet.id())) {
                throw new IllegalArgumentException("two rule sets are called " + ruleSet.id());
            }
        });
    }

    /** The catalogue shipped with the ledger. */
    public static PolicyCatalogue standard() {
        try (InputStream in = PolicyCatalogue.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STANDARD_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates a catalogue; unknown fields, inconsistent dates and rules marked DRAFT are refused: the
     * ledger judges by adopted rules only.
     */
    public static PolicyCatalogue read(InputStream json) throws IOException {
        PolicyCatalogue catalogue = STRICT.readValue(json, PolicyCatalogue.class);
        catalogue.ruleSets().forEach(ruleSet -> ruleSet.rules().stream()
                .filter(rule -> rule.source() != null && rule.source().marksDraft()).findAny().ifPresent(rule -> {
                    throw new IllegalArgumentException("rule " + rule.id() + " of " + ruleSet.id()
                            + " is a draft: the ledger judges only by adopted rules");
                }));
        return catalogue;
    }

    /** Reads and validates one rule set, as {@link #read(InputStream)} reads each. */
    static RuleSet readRuleSet(String json) throws IOException {
        return STRICT.readValue(json, RuleSet.class);
    }

    public List<RuleSet> inForceOn(LocalDate date) {
        return ruleSets.stream().filter(ruleSet -> ruleSet.inForceOn(date)).toList();
    }

    /**
     * The rules in force at {@code at} that bind an application of an organisation in {@code layer} (null when not
     * known) in {@code phase}, and that {@code application} does not meet then; in rule order.
     */
    public List<Violation> unmet(Phase phase, GovernanceRecord application, GovernmentLayer layer, Instant at) {
        return inScope(application, layer, at).stream()
                .filter(inForce -> inForce.rule().phases().contains(phase))
                .flatMap(inForce -> inForce.rule().unmetBy(application, at).stream()
                        .map(message -> new Violation(inForce.ruleSet(), inForce.rule(), message)))
                .sorted(RULE_ORDER)
                .toList();
    }

    /** The rules in force at {@code at} whose scope covers the application, in any phase. */
    public List<RuleInForce> inScope(GovernanceRecord application, GovernmentLayer layer, Instant at) {
        boolean generativeAi = application.details().generativeAi();
        return inForceOn(dateOf(at)).stream()
                .flatMap(ruleSet -> ruleSet.rules().stream()
                        .filter(rule -> rule.scope().covers(layer, generativeAi))
                        .map(rule -> new RuleInForce(ruleSet, rule)))
                .toList();
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, POLICY_ZONE);
    }
}
