package nl.overheid.ailedger.core.application;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.overheid.ailedger.core.StoredSequence;
import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.api.application.AmendDetails;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.ApproveRiskAnalysis;
import nl.overheid.ailedger.core.api.application.DetailsAmended;
import nl.overheid.ailedger.core.api.application.GrantPolicyException;
import nl.overheid.ailedger.core.api.application.IncidentReported;
import nl.overheid.ailedger.core.api.application.MoveToProduction;
import nl.overheid.ailedger.core.api.application.MovedToProduction;
import nl.overheid.ailedger.core.api.application.OwnerObserved;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.PhaseObserved;
import nl.overheid.ailedger.core.api.application.PilotStarted;
import nl.overheid.ailedger.core.api.application.PolicyExceptionGranted;
import nl.overheid.ailedger.core.api.application.RecordObservedDetails;
import nl.overheid.ailedger.core.api.application.RecordObservedOwner;
import nl.overheid.ailedger.core.api.application.RecordObservedPhase;
import nl.overheid.ailedger.core.api.application.RecordObservedRegistration;
import nl.overheid.ailedger.core.api.application.RecordSupplierAgreement;
import nl.overheid.ailedger.core.api.application.RegisterApplication;
import nl.overheid.ailedger.core.api.application.RejectRiskAnalysis;
import nl.overheid.ailedger.core.api.application.ReportIncident;
import nl.overheid.ailedger.core.api.application.ResumeApplication;
import nl.overheid.ailedger.core.api.application.Resumed;
import nl.overheid.ailedger.core.api.application.RetireApplication;
import nl.overheid.ailedger.core.api.application.Retired;
import nl.overheid.ailedger.core.api.application.RiskAnalysisApproved;
import nl.overheid.ailedger.core.api.application.RiskAnalysisRejected;
import nl.overheid.ailedger.core.api.application.RiskAnalysisStatus;
import nl.overheid.ailedger.core.api.application.RiskAnalysisSubmitted;
import nl.overheid.ailedger.core.api.application.RoleSignedOff;
import nl.overheid.ailedger.core.api.application.SignOffRole;
import nl.overheid.ailedger.core.api.application.StartPilot;
import nl.overheid.ailedger.core.api.application.SubmitRiskAnalysis;
import nl.overheid.ailedger.core.api.application.SupplierAgreementRecorded;
import nl.overheid.ailedger.core.api.application.SuspendApplication;
import nl.overheid.ailedger.core.api.application.Suspended;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.core.policy.PolicyGate;
import nl.overheid.ailedger.core.policy.PolicyViolationException;
import nl.overheid.ailedger.core.policy.Violation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * An AI application (toepassing) whose lifecycle the standpunt governs. Each handler checks the lifecycle,
 * then the policy gate, and applies its events; it answers with the application as they left it
 * ({@link ApplicationChange}).
 * The gate judges steps into an exploration, a pilot or production: what an organisation intends. What already
 * is, use in production, is recorded as it is and judged by compliance, so that the monitor can show it.
 * Facts observed in a public source (the Algoritmeregister) are recorded as seen: the gate does not judge
 * them and the transitions do not bind them; only their order in valid time is kept.
 */
public class AiApplication {

    private static final Set<Phase> MOVABLE_TO_PRODUCTION = Set.of(Phase.EXPLORATION, Phase.PILOT);
    private static final Set<Phase> REGISTRABLE = Set.of(Phase.EXPLORATION, Phase.PILOT, Phase.PRODUCTION);
    private static final Set<Phase> OBSERVABLE =
            Set.of(Phase.EXPLORATION, Phase.PILOT, Phase.PRODUCTION, Phase.RETIRED);

    @AggregateIdentifier
    private String applicationId;
    private ApplicationState state = ApplicationState.NONE;

    protected AiApplication() {
        // for Axon
    }

    /**
     * A new exploration or pilot is a step the rules govern and is refused when it breaks one; existing use
     * (PRODUCTION) is recorded as it is, however it stands, and judged by compliance: the monitor exists to show it.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ApplicationChange handle(RegisterApplication command, PolicyGate gate) {
        if (state.isRegistered()) {
            throw new LifecycleConflictException("application " + command.applicationId() + " already exists");
        }
        if (!REGISTRABLE.contains(command.phase())) {
            throw new LifecycleConflictException("an application is registered in EXPLORATION, PILOT or PRODUCTION");
        }
        List<ApplicationEvent> registration = new ArrayList<>();
        registration.add(new ApplicationRegistered(command.applicationId(), command.organisationId(),
                command.phase(), command.details(), command.occurredAt()));
        command.exceptions().forEach(grant -> registration.add(new PolicyExceptionGranted(command.applicationId(),
                grant.rule(), grant.grantedBy(), grant.justification(), command.occurredAt())));
        ApplicationState registered = ApplicationState.of(registration);
        command.exceptions().forEach(grant -> requireExceptionAllowed(gate, grant.rule(), registered,
                command.occurredAt()));
        if (command.phase() != Phase.PRODUCTION) {
            refuseIfAny(gate.refusals(command.phase(), registered, command.occurredAt()));
        }
        registration.forEach(AggregateLifecycle::apply);
        return changed();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ApplicationChange handle(RecordObservedRegistration command) {
        if (state.isRegistered()) {
            throw new LifecycleConflictException("application " + command.applicationId() + " already exists");
        }
        requireObservable(command.phase());
        apply(new ApplicationRegistered(command.applicationId(), command.organisationId(), command.phase(),
                command.details(), command.source(), command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(StartPilot command, PolicyGate gate) {
        requirePhaseChange(command.occurredAt(), Set.of(Phase.EXPLORATION), "start a pilot");
        refuseIfAny(gate.refusals(Phase.PILOT, state, command.occurredAt()));
        apply(new PilotStarted(applicationId, command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(SubmitRiskAnalysis command) {
        requireActive(command.occurredAt());
        if (state.riskAnalysis(command.analysisId()) != null) {
            throw new LifecycleConflictException("risk analysis " + command.analysisId() + " was already submitted");
        }
        apply(new RiskAnalysisSubmitted(applicationId, command.analysisId(), command.kind(), command.documentRef(),
                command.documentSha256(), command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(ApproveRiskAnalysis command) {
        requireSubmitted(command.analysisId(), command.occurredAt());
        apply(new RiskAnalysisApproved(applicationId, command.analysisId(), command.approverRole(),
                command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(RejectRiskAnalysis command) {
        requireSubmitted(command.analysisId(), command.occurredAt());
        apply(new RiskAnalysisRejected(applicationId, command.analysisId(), command.reason(), command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(SignOffRole command) {
        requireActive(command.occurredAt());
        apply(new RoleSignedOff(applicationId, command.role(), command.signedBy(), command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(RecordSupplierAgreement command) {
        requireActive(command.occurredAt());
        apply(new SupplierAgreementRecorded(applicationId, command.supplier(), command.agreementRef(),
                command.coversDataProcessing(), command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(MoveToProduction command, PolicyGate gate) {
        requirePhaseChange(command.occurredAt(), MOVABLE_TO_PRODUCTION, "move to production");
        refuseIfAny(gate.refusals(Phase.PRODUCTION, state, command.occurredAt()));
        apply(new MovedToProduction(applicationId, command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(SuspendApplication command) {
        requirePhaseChange(command.occurredAt(), REGISTRABLE, "suspend");
        apply(new Suspended(applicationId, state.phase(), command.reason(), command.occurredAt()));
        return changed();
    }

    /**
     * Resuming an exploration or pilot is judged like entering it; resuming use in production returns to use that
     * was recorded or admitted before, and compliance judges it as it stands.
     */
    @CommandHandler
    public ApplicationChange handle(ResumeApplication command, PolicyGate gate) {
        requirePhaseChange(command.occurredAt(), Set.of(Phase.SUSPENDED), "resume");
        if (state.suspendedPhase() != Phase.PRODUCTION) {
            refuseIfAny(gate.refusals(state.suspendedPhase(), state, command.occurredAt()));
        }
        apply(new Resumed(applicationId, state.suspendedPhase(), command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(ReportIncident command) {
        requireActive(command.occurredAt());
        apply(new IncidentReported(applicationId, command.severity(), command.description(), command.occurredAt()));
        return changed();
    }

    /**
     * Amended details are judged like the phase the application is in; in production they are recorded as they
     * are and judged by compliance, like existing use.
     */
    @CommandHandler
    public ApplicationChange handle(AmendDetails command, PolicyGate gate) {
        requireActive(command.occurredAt());
        if (command.amendment().isEmpty()) {
            throw new LifecycleConflictException("an amendment changes at least one detail");
        }
        DetailsAmended amended = new DetailsAmended(applicationId, command.amendment(), command.occurredAt());
        Phase judgedPhase = state.phase() == Phase.SUSPENDED ? state.suspendedPhase() : state.phase();
        if (judgedPhase != Phase.PRODUCTION) {
            refuseIfAny(gate.refusals(judgedPhase, state.fold(amended), command.occurredAt()));
        }
        apply(amended);
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(GrantPolicyException command, PolicyGate gate) {
        requireActive(command.occurredAt());
        requireExceptionAllowed(gate, command.rule(), state, command.occurredAt());
        apply(new PolicyExceptionGranted(applicationId, command.rule(), command.grantedBy(), command.justification(),
                command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(RetireApplication command) {
        requirePhaseChange(command.occurredAt(), Set.of(Phase.values()), "retire");
        apply(new Retired(applicationId, command.reason(), command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(RecordObservedPhase command) {
        requireObservable(command.phase());
        requireNotBeforeRegistration(command.occurredAt());
        requireNotBeforeLastPhaseChange(command.occurredAt());
        apply(new PhaseObserved(applicationId, command.phase(), command.source(), command.reason(),
                command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(RecordObservedOwner command) {
        requireNotBeforeRegistration(command.occurredAt());
        if (command.organisationId().equals(state.organisationId())) {
            throw new LifecycleConflictException("application " + applicationId + " already belongs to "
                    + command.organisationId());
        }
        apply(new OwnerObserved(applicationId, command.organisationId(), command.source(), command.occurredAt()));
        return changed();
    }

    @CommandHandler
    public ApplicationChange handle(RecordObservedDetails command) {
        requireNotBeforeRegistration(command.occurredAt());
        if (command.amendment().isEmpty()) {
            throw new LifecycleConflictException("an amendment changes at least one detail");
        }
        apply(new DetailsAmended(applicationId, command.amendment(), command.source(), command.occurredAt()));
        return changed();
    }

    /** What the command did: the application after it, and the sequence number of the last event it applied. */
    private ApplicationChange changed() {
        return new ApplicationChange(StoredSequence.ofLastEvent(), state);
    }

    /** An application is changed only by its owner's credentials, an admin and the ledger itself. */
    @CommandHandlerInterceptor
    void refuseAForeignCaller(CommandMessage<?> command) {
        if (state.isRegistered()) {
            CommandMetadata.of(command.getMetaData()).requireActsFor(state.organisationId(),
                    "application " + applicationId);
        }
    }

    @EventSourcingHandler
    void on(ApplicationEvent event) {
        state = state.fold(event);
        applicationId = state.applicationId();
    }

    private void requireActive(Instant occurredAt) {
        if (state.phase() == Phase.RETIRED) {
            throw new LifecycleConflictException("application " + applicationId + " is retired");
        }
        requireNotBeforeRegistration(occurredAt);
    }

    private void requireNotBeforeRegistration(Instant occurredAt) {
        if (occurredAt.isBefore(state.registeredAt())) {
            throw new LifecycleConflictException("occurredAt " + occurredAt + " precedes the registration of "
                    + applicationId + " at " + state.registeredAt());
        }
    }

    /** Phase changes keep valid-time order, so that a fold by occurrence agrees with the ledger's order. */
    private void requirePhaseChange(Instant occurredAt, Set<Phase> from, String step) {
        requireActive(occurredAt);
        if (!from.contains(state.phase())) {
            throw new LifecycleConflictException("cannot " + step + " an application in " + state.phase());
        }
        requireNotBeforeLastPhaseChange(occurredAt);
    }

    private void requireNotBeforeLastPhaseChange(Instant occurredAt) {
        if (occurredAt.isBefore(state.lastPhaseChangeAt())) {
            throw new LifecycleConflictException("occurredAt " + occurredAt + " precedes the last phase change at "
                    + state.lastPhaseChangeAt());
        }
    }

    /** No source reports a suspension, which would need the phase it left. */
    private static void requireObservable(Phase phase) {
        if (!OBSERVABLE.contains(phase)) {
            throw new LifecycleConflictException("an observed phase is EXPLORATION, PILOT, PRODUCTION or RETIRED");
        }
    }

    private void requireSubmitted(String analysisId, Instant occurredAt) {
        requireActive(occurredAt);
        RiskAnalysis analysis = state.riskAnalysis(analysisId);
        if (analysis == null) {
            throw new LifecycleConflictException("risk analysis " + analysisId + " was never submitted");
        }
        if (analysis.status() != RiskAnalysisStatus.SUBMITTED) {
            throw new LifecycleConflictException("risk analysis " + analysisId + " was already "
                    + analysis.status().name().toLowerCase());
        }
        if (occurredAt.isBefore(analysis.submittedAt())) {
            throw new LifecycleConflictException("a decision on " + analysisId + " cannot precede its submission");
        }
    }

    private static void requireExceptionAllowed(PolicyGate gate, RuleId rule, ApplicationState application,
                                                Instant at) {
        if (!gate.allowsException(rule, application, at)) {
            throw new LifecycleConflictException("no rule in force on " + PolicyCatalogue.dateOf(at) + " that binds "
                    + "application " + application.applicationId() + " allows an exception to " + rule);
        }
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new PolicyViolationException(violations);
        }
    }
}
