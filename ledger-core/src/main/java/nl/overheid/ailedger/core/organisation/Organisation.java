package nl.overheid.ailedger.core.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.api.organisation.OrganisationIds;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.core.api.organisation.RegisterOrganisation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** A government organisation (organisatie) that reports on its own AI applications. */
public class Organisation {

    @AggregateIdentifier
    private String aggregateId;

    protected Organisation() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterOrganisation command) {
        if (aggregateId != null) {
            throw new LifecycleConflictException("organisation " + command.organisationId() + " already exists");
        }
        apply(new OrganisationRegistered(command.organisationId(), command.name(), command.layer(),
                command.occurredAt()));
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        aggregateId = OrganisationIds.aggregateId(event.organisationId());
    }
}
