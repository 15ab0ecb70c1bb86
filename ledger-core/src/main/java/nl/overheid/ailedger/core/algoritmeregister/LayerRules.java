package nl.overheid.ailedger.core.algoritmeregister;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;

/**
 * The government layer (bestuurslaag) of an organisation, derived from its name by data in
 * {@code algoritmeregister/organisation-layers.json}: first the organisations listed by name (the
 * uitvoeringsorganisaties, inspecties and the like, which no word in their name gives away), then the first
 * word of the name ('Gemeente Delft'), then any word ('HDSR Hoogheemraadschap De Stichtse Rijnlanden'), else
 * OVERIG. Names are compared by their {@link OrganisationNames#key}.
 */
public final class LayerRules {

    static final String RESOURCE = "/algoritmeregister/organisation-layers.json";

    private final Map<String, GovernmentLayer> byName = new HashMap<>();
    private final Map<String, GovernmentLayer> byFirstWord;
    private final Map<String, GovernmentLayer> byAnyWord;

    private LayerRules(Rules rules) {
        rules.organisations().forEach((layer, names) ->
                names.forEach(name -> byName.put(OrganisationNames.key(name), layer)));
        this.byFirstWord = Map.copyOf(rules.firstWord());
        this.byAnyWord = Map.copyOf(rules.anyWord());
    }

    /** The rules shipped with the ledger; a file that cannot be read stops the start. */
    public static LayerRules standard() {
        try (InputStream in = LayerRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new LayerRules(JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build().readValue(in, Rules.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    GovernmentLayer layerOf(String organisationName) {
        String key = OrganisationNames.key(organisationName);
        GovernmentLayer named = byName.get(key);
        if (named != null) {
            return named;
        }
        List<String> words = Arrays.asList(key.split("-"));
        GovernmentLayer first = byFirstWord.get(words.get(0));
        if (first != null) {
            return first;
        }
        return words.stream().map(byAnyWord::get).filter(layer -> layer != null).findFirst()
                .orElse(GovernmentLayer.OVERIG);
    }

    /** The file's shape; words are lowercase, names as people write them. */
    private record Rules(Map<GovernmentLayer, List<String>> organisations, Map<String, GovernmentLayer> firstWord,
                         Map<String, GovernmentLayer> anyWord) {
    }
}
