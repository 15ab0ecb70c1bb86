package nl.overheid.ailedger.core.algoritmeregister;

import java.util.List;

/**
 * Everything one snapshot changes, worked out before anything is sent: the commands in the order to send
 * them, each with the registration it is for, the registrations to add to or change in the import's bookkeeping,
 * and the organisation names newly tied to an organisation id.
 */
public record ImportPlan(
        List<Step> steps,
        List<SeenRegistration> newRegistrations,
        List<SeenRegistration> changedRegistrations,
        List<NamedOrganisation> newOrganisations,
        ImportCounts counts) {

    public List<Object> commands() {
        return steps.stream().map(Step::command).toList();
    }

    /** A command and the register id of the registration it is sent for. */
    public record Step(String registerId, Object command) {
    }

    /** An organisation as the register names it: the key of the name, the organisation id, the name. */
    public record NamedOrganisation(String key, String organisationId, String name) {
    }
}
