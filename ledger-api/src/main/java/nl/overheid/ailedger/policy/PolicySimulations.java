package nl.overheid.ailedger.policy;

import java.time.Clock;

import nl.overheid.ailedger.core.policy.ComplianceEvaluator;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.core.policy.PolicyDraft;
import nl.overheid.ailedger.projections.history.ReadMoment;
import nl.overheid.ailedger.projections.register.ApplicationFilter;
import nl.overheid.ailedger.projections.register.RegisterQueries;
import nl.overheid.ailedger.projections.sealing.CheckpointQueries;
import nl.overheid.ailedger.web.CheckpointView;
import nl.overheid.ailedger.web.InvalidRequestException;
import nl.overheid.ailedger.web.Moments;
import org.springframework.stereotype.Service;

/**
 * Judges the register at one moment by the rules in force and by a draft, in one pass over the applications as the
 * monitor counts them: the "before" of a simulation is the monitor's compliance at that moment. It reads only;
 * nothing of a simulation is stored.
 */
@Service
class PolicySimulations {

    private static final SimulationRequest.Filters ALL = new SimulationRequest.Filters(null, null, null);

    private final PolicyCatalogue catalogue;
    private final RegisterQueries register;
    private final CheckpointQueries checkpoints;
    private final Clock clock;

    PolicySimulations(PolicyCatalogue catalogue, RegisterQueries register, CheckpointQueries checkpoints, Clock clock) {
        this.catalogue = catalogue;
        this.register = register;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    SimulationOutcome simulate(SimulationRequest request) {
        ReadMoment moment = ReadMoment.of(Moments.readAt("asOf", request.asOf()),
                Moments.readAt("validAt", request.validAt()), clock);
        PolicyDraft draft = draft(request);
        ComplianceEvaluator underDraft;
        try {
            underDraft = new ComplianceEvaluator(draft.applyTo(catalogue, PolicyCatalogue.dateOf(moment.validAt())));
        } catch (PolicyDraft.InvalidDraft invalid) {
            throw invalidDraft(invalid);
        }
        SimulationRequest.Filters filters = request.filters() == null ? ALL : request.filters();
        ApplicationFilter counted = new ApplicationFilter(filters.organisationId(), filters.layer(), null, null, null,
                filters.generativeAi());
        SimulationTally tally = new SimulationTally();
        register.forEachApplication(moment, counted, underDraft, tally::add);
        return tally.outcome(moment, CheckpointView.latestAt(checkpoints, moment.asOf()), draft, filters,
                register.organisations());
    }

    private PolicyDraft draft(SimulationRequest request) {
        if (request.draft() == null || !request.draft().isObject()) {
            throw new InvalidRequestException("draft", "is required: a rule set, in the form of "
                    + "GET /api/v1/policy/rulesets");
        }
        if (request.replaces() != null && catalogue.ruleSets().stream()
                .noneMatch(ruleSet -> ruleSet.id().equals(request.replaces()))) {
            throw new InvalidRequestException("replaces", "no rule set is called " + request.replaces()
                    + " (see GET /api/v1/policy/rulesets)");
        }
        try {
            return PolicyDraft.read(request.draft().toString(), request.replaces(), request.transitionDeadline());
        } catch (PolicyDraft.InvalidDraft invalid) {
            throw invalidDraft(invalid);
        }
    }

    private static InvalidRequestException invalidDraft(PolicyDraft.InvalidDraft invalid) {
        return new InvalidRequestException(invalid.where().isEmpty() ? "draft" : "draft." + invalid.where(),
                invalid.getMessage());
    }
}
