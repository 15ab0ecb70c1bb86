package nl.overheid.ailedger.core.policy;

import java.util.Optional;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;

/** The layer of an organisation, for the rules whose scope is a set of layers; empty when it is not known. */
@FunctionalInterface
public interface GovernmentLayers {

    Optional<GovernmentLayer> layerOf(String organisationId);
}
