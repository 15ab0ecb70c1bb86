package nl.overheid.ailedger.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Every rule set the ledger knows, in date order and without overlap. A new standpunt or a moved
 * AI Act date is a change of {@code policy/rulesets.json}, not of code.
 */
public record PolicyCatalogue(List<RuleSet> ruleSets, AiActDates aiAct) {

    /** Policy dates are Dutch dates: an instant is judged by the day it was in the Netherlands. */
    public static final ZoneId POLICY_ZONE = ZoneId.of("Europe/Amsterdam");

    private static final String STANDARD_RESOURCE = "/policy/rulesets.json";

    public PolicyCatalogue {
        ruleSets = ruleSets.stream().sorted(Comparator.comparing(RuleSet::inForceFrom)).toList();
        for (int i = 1; i < ruleSets.size(); i++) {
            RuleSet earlier = ruleSets.get(i - 1);
            RuleSet later = ruleSets.get(i);
            if (earlier.inForceUntil() == null || !earlier.inForceUntil().isBefore(later.inForceFrom())) {
                throw new IllegalArgumentException("rule sets " + earlier.id() + " and " + later.id() + " overlap");
            }
        }
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

    /** Reads and validates a catalogue; unknown fields and inconsistent dates are refused. */
    public static PolicyCatalogue read(InputStream json) throws IOException {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        return mapper.readValue(json, PolicyCatalogue.class);
    }

    public Optional<RuleSet> inForceOn(LocalDate date) {
        return ruleSets.stream().filter(ruleSet -> ruleSet.inForceOn(date)).findFirst();
    }

    public Optional<RuleSet> inForceAt(Instant instant) {
        return inForceOn(dateOf(instant));
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, POLICY_ZONE);
    }
}
