package nl.overheid.ailedger.organisation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.overheid.ailedger.config.AfterCommit;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.organisation.OrganisationIds;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.core.policy.GovernmentLayers;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The layer of an organisation, for the policy gate, from the organisation's own events in the event store: a
 * command never reads a read model. A layer never changes once registered, so it is kept in memory, but only once
 * the transaction that showed it has committed: a registration rolled back leaves nothing behind.
 */
@Component
class OrganisationLayers implements GovernmentLayers {

    private final EventStore events;
    private final Map<String, GovernmentLayer> committed = new ConcurrentHashMap<>();

    OrganisationLayers(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<GovernmentLayer> layerOf(String organisationId) {
        GovernmentLayer known = committed.get(organisationId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<GovernmentLayer> layer = events.readEvents(OrganisationIds.aggregateId(organisationId)).asStream()
                .map(message -> message.getPayload())
                .filter(OrganisationRegistered.class::isInstance)
                .map(registered -> ((OrganisationRegistered) registered).layer())
                .findFirst();
        layer.ifPresent(found -> AfterCommit.run(() -> committed.put(organisationId, found)));
        return layer;
    }
}
