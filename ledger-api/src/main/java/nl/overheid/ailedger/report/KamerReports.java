package nl.overheid.ailedger.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.PartlyFulfilled;
import nl.overheid.ailedger.core.api.commitment.ProgressReported;
import nl.overheid.ailedger.core.api.commitment.Withdrawn;
import nl.overheid.ailedger.projections.sealing.CheckpointQueries;
import nl.overheid.ailedger.projections.commitments.CommitmentFilter;
import nl.overheid.ailedger.projections.commitments.CommitmentQueries;
import nl.overheid.ailedger.projections.commitments.CommitmentView;
import nl.overheid.ailedger.projections.monitor.MonitorQueries;
import nl.overheid.ailedger.projections.monitor.MonitorView;
import nl.overheid.ailedger.projections.register.OrganisationView;
import nl.overheid.ailedger.projections.register.RegisterQueries;
import org.springframework.stereotype.Service;

/**
 * Builds the report to the Kamer on one moment: what the ledger knew then of what was true then. Within each
 * action line overdue commitments come first, then by due date.
 */
@Service
class KamerReports {

    /** The events that tell how a commitment progresses, as opposed to its registration, links and due dates. */
    private static final Set<String> PROGRESS = Set.of(ProgressReported.class.getSimpleName(),
            PartlyFulfilled.class.getSimpleName(), Fulfilled.class.getSimpleName(), Withdrawn.class.getSimpleName());
    private static final Comparator<CommitmentView> ORDER = Comparator.comparing(CommitmentView::overdue).reversed()
            .thenComparing(CommitmentView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CommitmentView::id);

    private final CommitmentQueries commitments;
    private final RegisterQueries register;
    private final MonitorQueries monitor;
    private final CheckpointQueries checkpoints;
    private final Clock clock;

    KamerReports(CommitmentQueries commitments, RegisterQueries register, MonitorQueries monitor,
                 CheckpointQueries checkpoints, Clock clock) {
        this.commitments = commitments;
        this.register = register;
        this.monitor = monitor;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** The report as of {@code asOf}; null means now. */
    KamerReport at(Instant asOf) {
        Instant moment = asOf == null ? clock.instant() : asOf;
        List<CommitmentView> views = commitments.commitments(moment, moment, CommitmentFilter.ALL);
        Map<String, String> organisationNames = register.organisations().stream()
                .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name));
        List<KamerReport.ActionLineSection> sections = Arrays.stream(ActionLine.values())
                .map(line -> new KamerReport.ActionLineSection(line, ReportWording.actionLine(line),
                        views.stream().filter(view -> view.actionLine() == line).sorted(ORDER)
                                .map(view -> reported(view, organisationNames)).toList()))
                .toList();
        return new KamerReport(ReportWording.TITLE, moment, checkpoints.latestAt(moment).orElse(null),
                summary(monitor.monitor(moment, null, null, null)), totals(views), sections);
    }

    private static KamerReport.ReportedCommitment reported(CommitmentView view, Map<String, String> organisationNames) {
        KamerReport.LastProgress last = view.progress().stream()
                .filter(entry -> PROGRESS.contains(entry.type()))
                .reduce((earlier, later) -> later)
                .map(entry -> new KamerReport.LastProgress(entry.occurredAt(), entry.summary(), entry.reference()))
                .orElse(null);
        return new KamerReport.ReportedCommitment(view.id(), view.kind(), view.kind().label(),
                view.reference(), view.title(), view.submitters(),
                organisationNames.getOrDefault(view.responsibleOrganisationId(), view.responsibleOrganisationId()),
                view.status(), view.status().label(), view.dueDate(), view.overdue(), last);
    }

    private static KamerReport.Totals totals(List<CommitmentView> views) {
        Map<CommitmentStatus, Long> byStatus = new EnumMap<>(CommitmentStatus.class);
        for (CommitmentStatus status : CommitmentStatus.values()) {
            byStatus.put(status, views.stream().filter(view -> view.status() == status).count());
        }
        return new KamerReport.Totals(views.size(), byStatus, views.stream().filter(CommitmentView::overdue).count());
    }

    private static MonitorSummary summary(MonitorView monitor) {
        Map<String, Long> byPhase = new LinkedHashMap<>();
        monitor.byPhase().forEach((phase, count) -> byPhase.put(phase.name(), count));
        Map<String, Long> compliance = new LinkedHashMap<>();
        monitor.compliance().forEach((status, count) -> compliance.put(status.name(), count));
        return new MonitorSummary(monitor.applications(), byPhase, compliance);
    }
}
