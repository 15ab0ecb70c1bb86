package nl.overheid.ailedger.core.application;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.api.application.AmendDetails;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.ApproveRiskAnalysis;
import nl.overheid.ailedger.core.api.application.DetailsAmended;
import nl.overheid.ailedger.core.api.application.IncidentReported;
import nl.overheid.ailedger.core.api.application.MoveToProduction;
import nl.overheid.ailedger.core.api.application.MovedToProduction;
import nl.overheid.ailedger.core.api.application.OwnerObserved;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.PhaseObserved;
import nl.overheid.ailedger.core.api.application.PilotStarted;
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
import nl.overheid.ailedger.core.policy.PolicyGate;
import nl.overheid.ailedger.core.policy.PolicyViolationException;
import nl.overheid.ailedger.core.policy.Violation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * An AI application (toepassing) whose lifecycle the standpunt governs. Each handler checks the lifecycle,
 * then the policy gate, and applies one event; it answers with the sequence number of that event.
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
    private AiApplicationState state = new AiApplicationState();

    protected AiApplication() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RegisterApplication command, PolicyGate gate) {
        if (state.isRegistered()) {
            throw new LifecycleConflictException("application " + command.applicationId() + " already exists");
        }
        if (!REGISTRABLE.contains(command.phase())) {
            throw new LifecycleConflictException("an application is registered in EXPLORATION, PILOT or PRODUCTION");
        }
        refuseIfAny(gate.toRemainIn(command.phase(), command.details(), command.occurredAt()));
        apply(new ApplicationRegistered(command.applicationId(), command.organisationId(), command.phase(),
                command.details(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RecordObservedRegistration command) {
        if (state.isRegistered()) {
            throw new LifecycleConflictException("application " + command.applicationId() + " already exists");
        }
        requireObservable(command.phase());
        apply(new ApplicationRegistered(command.applicationId(), command.organisationId(), command.phase(),
                command.details(), command.source(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(StartPilot command, PolicyGate gate) {
        requirePhaseChange(command.occurredAt(), Set.of(Phase.EXPLORATION), "start a pilot");
        refuseIfAny(gate.toEnter(Phase.PILOT, state, command.occurredAt()));
        apply(new PilotStarted(applicationId, command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(SubmitRiskAnalysis command) {
        requireActive(command.occurredAt());
        if (state.riskAnalysis(command.analysisId()) != null) {
            throw new LifecycleConflictException("risk analysis " + command.analysisId() + " was already submitted");
        }
        apply(new RiskAnalysisSubmitted(applicationId, command.analysisId(), command.kind(), command.documentRef(),
                command.documentSha256(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(ApproveRiskAnalysis command) {
        requireSubmitted(command.analysisId(), command.occurredAt());
        apply(new RiskAnalysisApproved(applicationId, command.analysisId(), command.approverRole(),
                command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(RejectRiskAnalysis command) {
        requireSubmitted(command.analysisId(), command.occurredAt());
        apply(new RiskAnalysisRejected(applicationId, command.analysisId(), command.reason(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(SignOffRole command) {
        requireActive(command.occurredAt());
        apply(new RoleSignedOff(applicationId, command.role(), command.signedBy(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(RecordSupplierAgreement command) {
        requireActive(command.occurredAt());
        apply(new SupplierAgreementRecorded(applicationId, command.supplier(), command.agreementRef(),
                command.coversDataProcessing(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(MoveToProduction command, PolicyGate gate) {
        requirePhaseChange(command.occurredAt(), MOVABLE_TO_PRODUCTION, "move to production");
        refuseIfAny(gate.toEnter(Phase.PRODUCTION, state, command.occurredAt()));
        apply(new MovedToProduction(applicationId, command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(SuspendApplication command) {
        requirePhaseChange(command.occurredAt(), REGISTRABLE, "suspend");
        apply(new Suspended(applicationId, state.phase(), command.reason(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(ResumeApplication command, PolicyGate gate) {
        requirePhaseChange(command.occurredAt(), Set.of(Phase.SUSPENDED), "resume");
        refuseIfAny(gate.toRemainIn(state.suspendedPhase(), state.details(), command.occurredAt()));
        apply(new Resumed(applicationId, state.suspendedPhase(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(ReportIncident command) {
        requireActive(command.occurredAt());
        apply(new IncidentReported(applicationId, command.severity(), command.description(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(AmendDetails command, PolicyGate gate) {
        requireActive(command.occurredAt());
        if (command.amendment().isEmpty()) {
            throw new LifecycleConflictException("an amendment changes at least one detail");
        }
        Phase judgedPhase = state.phase() == Phase.SUSPENDED ? state.suspendedPhase() : state.phase();
        refuseIfAny(gate.toRemainIn(judgedPhase, state.details().amendedBy(command.amendment()),
                command.occurredAt()));
        apply(new DetailsAmended(applicationId, command.amendment(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(RetireApplication command) {
        requirePhaseChange(command.occurredAt(), Set.of(Phase.values()), "retire");
        apply(new Retired(applicationId, command.reason(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(RecordObservedPhase command) {
        requireObservable(command.phase());
        requireNotBeforeRegistration(command.occurredAt());
        requireNotBeforeLastPhaseChange(command.occurredAt());
        apply(new PhaseObserved(applicationId, command.phase(), command.source(), command.reason(),
                command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(RecordObservedOwner command) {
        requireNotBeforeRegistration(command.occurredAt());
        if (command.organisationId().equals(state.organisationId())) {
            throw new LifecycleConflictException("application " + applicationId + " already belongs to "
                    + command.organisationId());
        }
        apply(new OwnerObserved(applicationId, command.organisationId(), command.source(), command.occurredAt()));
        return state.version();
    }

    @CommandHandler
    public long handle(RecordObservedDetails command) {
        requireNotBeforeRegistration(command.occurredAt());
        if (command.amendment().isEmpty()) {
            throw new LifecycleConflictException("an amendment changes at least one detail");
        }
        apply(new DetailsAmended(applicationId, command.amendment(), command.source(), command.occurredAt()));
        return state.version();
    }

    @EventSourcingHandler
    void on(ApplicationEvent event) {
        state.apply(event);
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

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new PolicyViolationException(violations);
        }
    }
}
