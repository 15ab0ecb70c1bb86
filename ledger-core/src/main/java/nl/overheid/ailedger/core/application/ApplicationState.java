package nl.overheid.ailedger.core.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.DetailsAmended;
import nl.overheid.ailedger.core.api.application.IncidentReported;
import nl.overheid.ailedger.core.api.application.MovedToProduction;
import nl.overheid.ailedger.core.api.application.OwnerObserved;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.PolicyExceptionGranted;
import nl.overheid.ailedger.core.api.application.PhaseObserved;
import nl.overheid.ailedger.core.api.application.PilotStarted;
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
 * The state of one application, folded from its events in ledger order. The aggregate decides with it;
 * the read models fold the same events with it, so that both agree on what an event means.
 */
public final class AiApplicationState implements GovernanceRecord {

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
    private long version = -1;
    private final Map<String, RiskAnalysis> riskAnalyses = new LinkedHashMap<>();
    private final List<SignOff> signOffs = new ArrayList<>();
    private final List<SupplierAgreement> supplierAgreements = new ArrayList<>();
    private int incidents;
    private boolean reportedByOrganisation;
    private final List<GrantedException> exceptions = new ArrayList<>();

    /** A state of its own with the same content: to judge what events would make of it before applying them. */
    public AiApplicationState copy() {
        AiApplicationState copy = new AiApplicationState();
        copy.applicationId = applicationId;
        copy.organisationId = organisationId;
        copy.phase = phase;
        copy.suspendedPhase = suspendedPhase;
        copy.details = details;
        copy.registeredAsExistingUse = registeredAsExistingUse;
        copy.registeredAt = registeredAt;
        copy.lastPhaseChangeAt = lastPhaseChangeAt;
        copy.productionSince = productionSince;
        copy.lastOccurredAt = lastOccurredAt;
        copy.version = version;
        copy.riskAnalyses.putAll(riskAnalyses);
        copy.signOffs.addAll(signOffs);
        copy.supplierAgreements.addAll(supplierAgreements);
        copy.incidents = incidents;
        copy.reportedByOrganisation = reportedByOrganisation;
        copy.exceptions.addAll(exceptions);
        return copy;
    }

    /** Folds the next event; {@link #version()} becomes its sequence number. */
    public void apply(ApplicationEvent event) {
        if (event instanceof ApplicationRegistered registered) {
            applicationId = registered.applicationId();
            organisationId = registered.organisationId();
            details = registered.details();
            registeredAt = registered.occurredAt();
            registeredAsExistingUse = registered.phase() == Phase.PRODUCTION;
            enter(registered.phase(), registered.occurredAt());
        } else if (event instanceof PilotStarted started) {
            enter(Phase.PILOT, started.occurredAt());
        } else if (event instanceof MovedToProduction moved) {
            enter(Phase.PRODUCTION, moved.occurredAt());
        } else if (event instanceof Suspended suspended) {
            suspendedPhase = suspended.suspendedPhase();
            enter(Phase.SUSPENDED, suspended.occurredAt());
        } else if (event instanceof Resumed resumed) {
            suspendedPhase = null;
            enter(resumed.resumedPhase(), resumed.occurredAt());
        } else if (event instanceof Retired retired) {
            enter(Phase.RETIRED, retired.occurredAt());
        } else if (event instanceof PhaseObserved observed) {
            suspendedPhase = null;
            enter(observed.phase(), observed.occurredAt());
        } else if (event instanceof OwnerObserved observed) {
            organisationId = observed.organisationId();
        } else if (event instanceof RiskAnalysisSubmitted submitted) {
            riskAnalyses.put(submitted.analysisId(), new RiskAnalysis(submitted.analysisId(), submitted.kind(),
                    submitted.documentRef(), submitted.documentSha256(), RiskAnalysisStatus.SUBMITTED,
                    submitted.occurredAt(), null, null));
        } else if (event instanceof RiskAnalysisApproved approved) {
            riskAnalyses.computeIfPresent(approved.analysisId(), (id, analysis) ->
                    analysis.decided(RiskAnalysisStatus.APPROVED, approved.occurredAt(), approved.approverRole()));
        } else if (event instanceof RiskAnalysisRejected rejected) {
            riskAnalyses.computeIfPresent(rejected.analysisId(), (id, analysis) ->
                    analysis.decided(RiskAnalysisStatus.REJECTED, rejected.occurredAt(), null));
        } else if (event instanceof RoleSignedOff signedOff) {
            signOffs.add(new SignOff(signedOff.role(), signedOff.signedBy(), signedOff.occurredAt()));
        } else if (event instanceof SupplierAgreementRecorded agreement) {
            supplierAgreements.add(new SupplierAgreement(agreement.supplier(), agreement.agreementRef(),
                    agreement.coversDataProcessing(), agreement.occurredAt()));
        } else if (event instanceof DetailsAmended amended) {
            details = details.amendedBy(amended.amendment());
        } else if (event instanceof IncidentReported) {
            incidents++;
        } else if (event instanceof PolicyExceptionGranted granted) {
            exceptions.add(new GrantedException(granted.rule(), granted.grantedBy(), granted.justification(),
                    granted.occurredAt()));
        }
        reportedByOrganisation |= !isObservation(event);
        version++;
        if (lastOccurredAt == null || event.occurredAt().isAfter(lastOccurredAt)) {
            lastOccurredAt = event.occurredAt();
        }
    }

    /** A fact seen in a public source, as opposed to a step the organisation (or an admin for it) recorded. */
    private static boolean isObservation(ApplicationEvent event) {
        return event instanceof ApplicationRegistered registered && registered.source() != null
                || event instanceof DetailsAmended amended && amended.source() != null
                || event instanceof PhaseObserved
                || event instanceof OwnerObserved;
    }

    private void enter(Phase next, Instant at) {
        if (next == Phase.PRODUCTION && phase != Phase.PRODUCTION) {
            productionSince = at;
        } else if (next != Phase.PRODUCTION) {
            productionSince = null;
        }
        phase = next;
        lastPhaseChangeAt = at;
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

    @Override
    public boolean reportedByOrganisation() {
        return reportedByOrganisation;
    }

    public List<GrantedException> grantedExceptions() {
        return Collections.unmodifiableList(exceptions);
    }

    public boolean isRegistered() {
        return applicationId != null;
    }

    public String applicationId() {
        return applicationId;
    }

    @Override
    public String organisationId() {
        return organisationId;
    }

    @Override
    public Phase phase() {
        return phase;
    }

    /** The phase a suspended application left, to which it resumes; null when not suspended. */
    public Phase suspendedPhase() {
        return suspendedPhase;
    }

    @Override
    public ApplicationDetails details() {
        return details;
    }

    @Override
    public boolean registeredAsExistingUse() {
        return registeredAsExistingUse;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** When the phase last changed (valid time): no later phase change may occur before it. */
    public Instant lastPhaseChangeAt() {
        return lastPhaseChangeAt;
    }

    @Override
    public Instant productionSince() {
        return productionSince;
    }

    public Instant lastOccurredAt() {
        return lastOccurredAt;
    }

    /** The sequence number of the last event folded: 0 after registration. */
    public long version() {
        return version;
    }

    public Collection<RiskAnalysis> riskAnalyses() {
        return Collections.unmodifiableCollection(riskAnalyses.values());
    }

    public RiskAnalysis riskAnalysis(String analysisId) {
        return riskAnalyses.get(analysisId);
    }

    public List<SignOff> signOffs() {
        return Collections.unmodifiableList(signOffs);
    }

    public List<SupplierAgreement> supplierAgreements() {
        return Collections.unmodifiableList(supplierAgreements);
    }

    public int incidents() {
        return incidents;
    }
}
