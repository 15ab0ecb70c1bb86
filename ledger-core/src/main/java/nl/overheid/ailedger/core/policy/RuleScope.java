package nl.overheid.ailedger.core.policy;

import java.util.EnumSet;
import java.util.Set;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;

/** The government layers a rule binds, and whether it concerns generative AI only. */
public record RuleScope(Set<GovernmentLayer> layers, boolean generativeAiOnly) {

    public RuleScope {
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("a scope names at least one government layer");
        }
        layers = Set.copyOf(layers);
    }

    /**
     * Whether the scope covers an application of an organisation in {@code layer}; an organisation the ledger does
     * not know (null) is covered only by a scope of every layer.
     */
    public boolean covers(GovernmentLayer layer, boolean generativeAi) {
        boolean layerCovered = layer == null ? layers.containsAll(EnumSet.allOf(GovernmentLayer.class))
                : layers.contains(layer);
        return layerCovered && (generativeAi || !generativeAiOnly);
    }
}
