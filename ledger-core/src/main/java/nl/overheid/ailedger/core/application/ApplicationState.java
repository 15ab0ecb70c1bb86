package nl.overheid.ailedger.core.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.DetailsAmended;
import nl.overheid.ailedger.core.api.application.IncidentReported;
import nl.overheid.ailedger.core.api.application.MovedToProduction;
import nl.overheid.ailedger.core.api.application.OwnerObserved;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.PhaseObserved;
import nl.overheid.ailedger.core.api.application.PilotStarted;
import nl.overheid.ailedger.core.api.application.PolicyExceptionGranted;
import nl.overheid.ailedger.core.api.application.Resumed;
import nl.overheid.ailedger.core.api.application.Retired;
import nl.overheid.ailedger.core.api.application.RiskAnalysisApproved;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.RiskAnalysisRejected;
import nl.overheid.ailedger.core.api.application.RiskAnalysisStatus;
import nl.overheid.ailedger.core.api.application.RiskAnalysisSubmitted;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.RoleSignedOff;
import nl.overheid.ailedger.core.api.application.SupplierAgreementRecorded;
import nl.overheid.ailedger.core.api.application.Suspended;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.policy.AnalysisEvidence;
import nl.overheid.ailedger.core.policy.GovernanceRecord;

/**
 * The state of one application: an immutable value, folded from its events in ledger order by {@link #fold}. The
 * aggregate decides with it, the read models show it and the answer to a write is made of it, so all agree on what
 * an event means. Its JSON is its snapshot; the names of its parts are those the snapshots of earlier releases used,
 * so those read as they are.
 *
 * @param version the sequence number of the last event folded: 0 after registration, -1 before
 * @param lastPhaseChangeAt when the phase last changed (valid time): no later phase change may occur before it
 * @param suspendedPhase the phase a suspended application left, to which it resumes; null when not suspended
 * @param riskAnalyses by analysis id, in the order of submission
 */
public record ApplicationState(
        String applicationId,
        String organisationId,
        Phase phase,
        Phase suspendedPhase,
        ApplicationDetails details,
        boolean registeredAsExistingUse,
        Instant registeredAt,
        Instant lastPhaseChangeAt,
        Instant productionSince,
        Instant lastOccurredAt,
        long version,
        Map<String, RiskAnalysis> riskAnalyses,
        List<SignOff> signOffs,
        List<SupplierAgreement> supplierAgreements,
        int incidents,
        boolean reportedByOrganisation,
        List<GrantedException> exceptions) implements GovernanceRecord {

    /** Before the first event: nothing is registered. */
    public static final ApplicationState NONE = new ApplicationState(null, null, null, null, null, false, null, null,
            null, null, -1, Map.of(), List.of(), List.of(), 0, false, List.of());

    public ApplicationState {
        riskAnalyses = Collections.unmodifiableMap(riskAnalyses);
        signOffs = Collections.unmodifiableList(signOffs);
        supplierAgreements = Collections.unmodifiableList(supplierAgreements);
        exceptions = Collections.unmodifiableList(exceptions);
    }

    /** The state that {@code events} make, from nothing. */
    public static ApplicationState of(Iterable<? extends ApplicationEvent> events) {
        ApplicationState state = NONE;
        for (ApplicationEvent event : events) {
            state = state.fold(event);
        }
        return state;
    }

    /** This state with the next event folded in; {@link #version()} becomes its sequence number. */
    public ApplicationState fold(ApplicationEvent event) {
        Next next = event.accept(new Folding(new Next(this)));
        next.version++;
        next.reportedByOrganisation |= !isObservation(event);
        if (lastOccurredAt == null || event.occurredAt().isAfter(lastOccurredAt)) {
            next.lastOccurredAt = event.occurredAt();
        }
        return next.state();
    }

    /** A fact seen in a public source, as opposed to a step the organisation (or an admin for it) recorded. */
    private static boolean isObservation(ApplicationEvent event) {
        return event instanceof ApplicationRegistered registered && registered.source() != null
                || event instanceof DetailsAmended amended && amended.source() != null
                || event instanceof PhaseObserved
                || event instanceof OwnerObserved;
    }

    @JsonIgnore
    public boolean isRegistered() {
        return applicationId != null;
    }

    public RiskAnalysis riskAnalysis(String analysisId) {
        return riskAnalyses.get(analysisId);
    }

    @Override
    public Set<RiskAnalysisKind> analysisKinds(AnalysisEvidence evidence, Instant by) {
        Set<RiskAnalysisKind> kinds = EnumSet.noneOf(RiskAnalysisKind.class);
        riskAnalyses.values().stream().filter(analysis -> analysis.counts(evidence, by))
                .forEach(analysis -> kinds.add(analysis.kind()));
        return kinds;
    }

    @Override
    public Set<Role> signedOffRoles(Instant by) {
        return occurredBy(by, signOffs, SignOff::occurredAt, SignOff::role, Role.class);
    }

    @Override
    public boolean hasSupplierAgreement(Instant by) {
        return supplierAgreements.stream().anyMatch(agreement -> !agreement.occurredAt().isAfter(by));
    }

    @Override
    public Set<RuleId> exceptions(Instant by) {
        return occurredBy(by, exceptions, GrantedException::occurredAt, GrantedException::rule, RuleId.class);
    }

    /** What the steps that had occurred by {@code by} say, such as the roles that had signed off by then. */
    private static <T, E extends Enum<E>> Set<E> occurredBy(Instant by, List<T> steps, Function<T, Instant> occurredAt,
                                                           Function<T, E> what, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        steps.stream().filter(step -> !occurredAt.apply(step).isAfter(by))
                .forEach(step -> values.add(what.apply(step)));
        return values;
    }

    /** What one event changes; everything else is carried over from the state before it. */
    private record Folding(Next next) implements ApplicationEvent.Visitor<Next> {

        @Override
        public Next on(ApplicationRegistered event) {
            next.applicationId = event.applicationId();
            next.organisationId = event.organisationId();
            next.details = event.details();
            next.registeredAt = event.occurredAt();
            next.registeredAsExistingUse = event.phase() == Phase.PRODUCTION;
            return next.enter(event.phase(), event.occurredAt());
        }

        @Override
        public Next on(PilotStarted event) {
            return next.enter(Phase.PILOT, event.occurredAt());
        }

        @Override
        public Next on(RiskAnalysisSubmitted event) {
            return next.withAnalysis(new RiskAnalysis(event.analysisId(), event.kind(), event.documentRef(),
                    event.documentSha256(), RiskAnalysisStatus.SUBMITTED, event.occurredAt(), null, null));
        }

        @Override
        public Next on(RiskAnalysisApproved event) {
            RiskAnalysis analysis = next.riskAnalyses.get(event.analysisId());
            return analysis == null ? next : next.withAnalysis(
                    analysis.decided(RiskAnalysisStatus.APPROVED, event.occurredAt(), event.approverRole()));
        }

        @Override
        public Next on(RiskAnalysisRejected event) {
            RiskAnalysis analysis = next.riskAnalyses.get(event.analysisId());
            return analysis == null ? next : next.withAnalysis(
                    analysis.decided(RiskAnalysisStatus.REJECTED, event.occurredAt(), null));
        }

        @Override
        public Next on(RoleSignedOff event) {
            next.signOffs = appended(next.signOffs, new SignOff(event.role(), event.signedBy(), event.occurredAt()));
            return next;
        }

        @Override
        public Next on(SupplierAgreementRecorded event) {
            next.supplierAgreements = appended(next.supplierAgreements, new SupplierAgreement(event.supplier(),
                    event.agreementRef(), event.coversDataProcessing(), event.occurredAt()));
            return next;
        }

        @Override
        public Next on(MovedToProduction event) {
            return next.enter(Phase.PRODUCTION, event.occurredAt());
        }

        @Override
        public Next on(Suspended event) {
            next.suspendedPhase = event.suspendedPhase();
            return next.enter(Phase.SUSPENDED, event.occurredAt());
        }

        @Override
        public Next on(Resumed event) {
            next.suspendedPhase = null;
            return next.enter(event.resumedPhase(), event.occurredAt());
        }

        @Override
        public Next on(IncidentReported event) {
            next.incidents++;
            return next;
        }

        @Override
        public Next on(DetailsAmended event) {
            next.details = next.details.amendedBy(event.amendment());
            return next;
        }

        @Override
        public Next on(Retired event) {
            return next.enter(Phase.RETIRED, event.occurredAt());
        }

        @Override
        public Next on(PhaseObserved event) {
            next.suspendedPhase = null;
            return next.enter(event.phase(), event.occurredAt());
        }

        @Override
        public Next on(OwnerObserved event) {
            next.organisationId = event.organisationId();
            return next;
        }

        @Override
        public Next on(PolicyExceptionGranted event) {
            next.exceptions = appended(next.exceptions, new GrantedException(event.rule(), event.grantedBy(),
                    event.justification(), event.occurredAt()));
            return next;
        }

        private static <T> List<T> appended(List<T> list, T item) {
            List<T> longer = new ArrayList<>(list.size() + 1);
            longer.addAll(list);
            longer.add(item);
            return longer;
        }
    }

    /**
     * The parts of the state one fold is making, starting as those of the state before it. Only a part that changes
     * is copied: a fold costs the size of what its event touches, not of the whole history.
     */
    private static final class Next {

        private String applicationId;
        private String organisationId;
        private Phase phase;
        private Phase suspendedPhase;
        private ApplicationDetails details;
        private boolean registeredAsExistingUse;
        private Instant registeredAt;
        private Instant lastPhaseChangeAt;
        private Instant productionSince;
        private Instant lastOccurredAt;
        private long version;
        private Map<String, RiskAnalysis> riskAnalyses;
        private List<SignOff> signOffs;
        private List<SupplierAgreement> supplierAgreements;
        private int incidents;
        private boolean reportedByOrganisation;
        private List<GrantedException> exceptions;

        private Next(ApplicationState before) {
            applicationId = before.applicationId;
            organisationId = before.organisationId;
            phase = before.phase;
            suspendedPhase = before.suspendedPhase;
            details = before.details;
            registeredAsExistingUse = before.registeredAsExistingUse;
            registeredAt = before.registeredAt;
            lastPhaseChangeAt = before.lastPhaseChangeAt;
            productionSince = before.productionSince;
            lastOccurredAt = before.lastOccurredAt;
            version = before.version;
            riskAnalyses = before.riskAnalyses;
            signOffs = before.signOffs;
            supplierAgreements = before.supplierAgreements;
            incidents = before.incidents;
            reportedByOrganisation = before.reportedByOrganisation;
            exceptions = before.exceptions;
        }

        private Next enter(Phase entered, Instant at) {
            if (entered == Phase.PRODUCTION && phase != Phase.PRODUCTION) {
                productionSince = at;
            } else if (entered != Phase.PRODUCTION) {
                productionSince = null;
            }
            phase = entered;
            lastPhaseChangeAt = at;
            return this;
        }

        private Next withAnalysis(RiskAnalysis analysis) {
            Map<String, RiskAnalysis> analyses = new LinkedHashMap<>(riskAnalyses);
            analyses.put(analysis.analysisId(), analysis);
            riskAnalyses = analyses;
            return this;
        }

        private ApplicationState state() {
            return new ApplicationState(applicationId, organisationId, phase, suspendedPhase, details,
                    registeredAsExistingUse, registeredAt, lastPhaseChangeAt, productionSince, lastOccurredAt, version,
                    riskAnalyses, signOffs, supplierAgreements, incidents, reportedByOrganisation, exceptions);
        }
    }
}
