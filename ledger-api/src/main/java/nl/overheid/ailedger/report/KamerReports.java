package nl.overheid.ailedger.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.overheid.ailedger.commitment.CommitmentView.TimelineEntry;
import nl.overheid.ailedger.commitment.CommitmentView;
import nl.overheid.ailedger.commitment.CommitmentViews;
import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.PartlyFulfilled;
import nl.overheid.ailedger.core.api.commitment.ProgressReported;
import nl.overheid.ailedger.core.api.commitment.Withdrawn;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.core.policy.PolicySource;
import nl.overheid.ailedger.monitor.MonitorQueries;
import nl.overheid.ailedger.monitor.MonitorView;
import nl.overheid.ailedger.projections.commitments.CommitmentFilter;
import nl.overheid.ailedger.projections.commitments.CommitmentQueries;
import nl.overheid.ailedger.projections.register.OrganisationView;
import nl.overheid.ailedger.projections.register.RegisterQueries;
import nl.overheid.ailedger.projections.sealing.CheckpointQueries;
import nl.overheid.ailedger.text.Dutch;
import nl.overheid.ailedger.web.CheckpointView;
import org.springframework.stereotype.Service;

/**
 * Builds the report to the Kamer on one moment: what the ledger knew then of what was true then. A section per
 * actielijn of the visie, in the visie's order, and one for what belongs to none; within each, overdue commitments
 * first, then by due date (none last), then by the date they rest on, then in the order they were registered.
 */
@Service
class KamerReports {

    private static final Set<String> PROGRESS = Set.of(ProgressReported.class.getSimpleName(),
            PartlyFulfilled.class.getSimpleName());
    private static final Set<String> CLOSINGS = Set.of(Fulfilled.class.getSimpleName(),
            Withdrawn.class.getSimpleName());
    private static final Comparator<CommitmentView> ORDER = Comparator.comparing(CommitmentView::overdue).reversed()
            .thenComparing(CommitmentView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(view -> Objects.requireNonNullElse(view.adoptedOn(), view.firstNamedOn()),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(KamerReports::registeredAt)
            .thenComparing(CommitmentView::id);

    private final CommitmentQueries commitments;
    private final CommitmentViews commitmentViews;
    private final RegisterQueries register;
    private final MonitorQueries monitor;
    private final CheckpointQueries checkpoints;
    private final PolicyCatalogue policy;
    private final Clock clock;

    KamerReports(CommitmentQueries commitments, CommitmentViews commitmentViews, RegisterQueries register,
                 MonitorQueries monitor, CheckpointQueries checkpoints, PolicyCatalogue policy, Clock clock) {
        this.commitments = commitments;
        this.commitmentViews = commitmentViews;
        this.policy = policy;
        this.register = register;
        this.monitor = monitor;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** The report as of {@code asOf}; null means now. */
    KamerReport at(Instant asOf) {
        Instant moment = asOf == null ? clock.instant() : asOf;
        List<CommitmentView> views = commitments.commitments(moment, moment, CommitmentFilter.ALL).stream()
                .map(commitment -> commitmentViews.of(commitment, moment, moment)).toList();
        Map<String, String> organisationNames = register.organisations().stream()
                .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name));
        Function<ActionLine, KamerReport.Section> section = line -> new KamerReport.Section(line,
                line == null ? ReportWording.NO_ACTION_LINE : line.label(),
                views.stream().filter(view -> view.actionLine() == line).sorted(ORDER)
                        .map(view -> reported(view, organisationNames)).toList());
        List<KamerReport.Section> sections = Stream.concat(Arrays.stream(ActionLine.values()), Stream.of((ActionLine) null))
                .map(section).toList();
        return new KamerReport(ReportWording.TITLE, new KamerReport.Dossier(ReportWording.DOSSIER_NUMBER,
                ReportWording.DOSSIER_TITLE), ReportWording.ADDRESSEE, moment, totals(views), sections,
                summary(monitor.monitor(moment, null, null, null)), rulesInForce(moment),
                CheckpointView.latestAt(checkpoints, moment));
    }

    /** The rules in force on the day of {@code moment}, with their sources: what the monitor's verdicts rest on. */
    private List<KamerReport.PolicyRule> rulesInForce(Instant moment) {
        return policy.inForceOn(PolicyCatalogue.dateOf(moment)).stream()
                .flatMap(ruleSet -> ruleSet.rules().stream().map(rule -> {
                    PolicySource source = rule.source();
                    return new KamerReport.PolicyRule(rule.id().name(), rule.kind().name(), rule.title(),
                            ruleSet.title(), source == null ? null : source.passage(),
                            source == null ? null : source.reference(), source == null ? null : source.document(),
                            rule.interpretation());
                }))
                .toList();
    }

    private static KamerReport.ReportedCommitment reported(CommitmentView view, Map<String, String> organisationNames) {
        KamerReport.LastProgress progress = last(view, PROGRESS)
                .map(entry -> new KamerReport.LastProgress(entry.occurredOn(), entry.summary(), entry.reference()))
                .orElse(null);
        KamerReport.Closing closing = view.status().isOpen() ? null : last(view, CLOSINGS)
                .map(entry -> new KamerReport.Closing(view.status(), entry.occurredOn(),
                        view.status() == CommitmentStatus.VOLDAAN ? entry.reference() : null,
                        view.status() == CommitmentStatus.VERVALLEN ? entry.summary() : null))
                .orElse(null);
        return new KamerReport.ReportedCommitment(view.id(), view.kind(), view.kind().label(), view.kamerstuk(),
                view.reference(), view.title(), view.submitters(), view.adoptedOn(), view.firstNamedOn(),
                view.responsibleMinister(),
                organisationNames.getOrDefault(view.responsibleOrganisationId(), view.responsibleOrganisationId()),
                view.status(), view.status().label(), view.dueDate(), view.overdue(), closing, progress,
                view.sources());
    }

    /** When the ledger recorded the registration, the first entry of the timeline: nothing occurs before it. */
    private static Instant registeredAt(CommitmentView view) {
        return view.progress().get(0).recordedAt();
    }

    private static Optional<TimelineEntry> last(CommitmentView view, Set<String> types) {
        return view.progress().stream().filter(entry -> types.contains(entry.type())).reduce((earlier, later) -> later);
    }

    private static KamerReport.Totals totals(List<CommitmentView> views) {
        List<KamerReport.Count> byKind = Arrays.stream(CommitmentKind.values())
                .map(kind -> new KamerReport.Count(kind.name(), kind.label(), null,
                        views.stream().filter(view -> view.kind() == kind).count()))
                .toList();
        List<KamerReport.Count> byStatus = Arrays.stream(CommitmentStatus.values())
                .map(status -> new KamerReport.Count(status.name(), status.label(), status.meaning(),
                        views.stream().filter(view -> view.status() == status).count()))
                .toList();
        return new KamerReport.Totals(views.size(), byKind, byStatus,
                views.stream().filter(CommitmentView::overdue).count());
    }

    private static MonitorSummary summary(MonitorView monitor) {
        List<KamerReport.Count> byPhase = monitor.byPhase().entrySet().stream()
                .map(phase -> new KamerReport.Count(phase.getKey().name(), Dutch.phase(phase.getKey()),
                        null, phase.getValue()))
                .toList();
        List<KamerReport.Count> compliance = monitor.compliance().entrySet().stream()
                .map(status -> count(status.getKey(), status.getValue()))
                .toList();
        return new MonitorSummary(monitor.applications(), byPhase, compliance);
    }

    private static KamerReport.Count count(ComplianceStatus status, long count) {
        return new KamerReport.Count(status.name(), status.label(), status.meaning(), count);
    }
}
