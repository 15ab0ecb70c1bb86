package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.policy.RuleId;

/**
 * Judges a step into a phase against the rules in force on the day the step occurred, for the application as
 * the step would leave it. It reports every unmet rule, in rule order. Before the first rule set, nothing is
 * refused.
 */
public final class PolicyGate {

    private final PolicyCatalogue catalogue;
    private final GovernmentLayers layers;

    public PolicyGate(PolicyCatalogue catalogue, GovernmentLayers layers) {
        this.catalogue = catalogue;
        this.layers = layers;
    }

    /** The rules {@code application} would break by being in {@code phase} at {@code at}. */
    public List<Violation> refusals(Phase phase, GovernanceRecord application, Instant at) {
        return catalogue.unmet(phase, application, layerOf(application), at);
    }

    /** Whether a rule in force at {@code at} whose scope covers the application lets an exception to it count. */
    public boolean allowsException(RuleId rule, GovernanceRecord application, Instant at) {
        return catalogue.inScope(application, layerOf(application), at).stream()
                .anyMatch(inForce -> inForce.rule().id() == rule && inForce.rule().exceptionAllowed());
    }

    private GovernmentLayer layerOf(GovernanceRecord application) {
        return layers.layerOf(application.organisationId()).orElse(null);
    }
}
