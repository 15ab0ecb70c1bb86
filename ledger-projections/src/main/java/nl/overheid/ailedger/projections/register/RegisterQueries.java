package nl.overheid.ailedger.projections.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.core.policy.Compliance;
import nl.overheid.ailedger.core.policy.ComplianceEvaluator;
import nl.overheid.ailedger.projections.Awaiting;
import nl.overheid.ailedger.projections.Page;
import nl.overheid.ailedger.projections.history.Folded;
import nl.overheid.ailedger.projections.history.HistoryEvent;
import nl.overheid.ailedger.projections.history.ReadMoment;
import nl.overheid.ailedger.projections.history.StateHistory;
import org.springframework.stereotype.Service;

/**
 * The register's one entry point for reads. One application, now or at any other moment, is its state in the
 * applications' history ({@link StateHistory}): a fold of its own events from its latest snapshot that the moment
 * allows. For all applications at once (the
 * list, the monitor), {@link ApplicationVersions} gives the summaries at any moment; a page of the list then folds
 * only the applications on it. It answers with states and rows; the API makes its answers of them.
 */
@Service
public class RegisterQueries {

    /** The list's order: by organisation, then by application. */
    private static final Comparator<ApplicationSummary> REGISTER_ORDER = Comparator
            .comparing(ApplicationSummary::organisationId).thenComparing(ApplicationSummary::applicationId);

    private final RegisterStore store;
    private final ApplicationVersions versions;
    private final StateHistory<ApplicationState, ApplicationEvent> history;
    private final ComplianceEvaluator compliance;
    private final RegisterCommits commits;
    private final Clock clock;

    RegisterQueries(RegisterStore store, ApplicationVersions versions,
                    StateHistory<ApplicationState, ApplicationEvent> history, ComplianceEvaluator compliance,
                    RegisterCommits commits, Clock clock) {
        this.store = store;
        this.versions = versions;
        this.history = history;
        this.compliance = compliance;
        this.commits = commits;
        this.clock = clock;
    }

    /** The application as known at {@code asOf} and true at {@code validAt}; null means now. */
    public Optional<RegisteredApplication> application(String applicationId, Instant asOf, Instant validAt) {
        if (asOf == null && validAt == null) {
            return current(applicationId);
        }
        return folded(applicationId, ReadMoment.of(asOf, validAt, clock));
    }

    /**
     * One page of the applications that match {@code filter} at ({@code asOf}, {@code validAt}; null means
     * now), in the register's order. Only the applications on the page are folded whole.
     */
    public Page<RegisteredApplication> applications(ApplicationFilter filter, Instant asOf, Instant validAt, int page,
                                                    int pageSize) {
        ReadMoment moment = ReadMoment.of(asOf, validAt, clock);
        List<ApplicationSummary> matching = new ArrayList<>();
        forEachApplication(moment, filter, matching::add);
        matching.sort(REGISTER_ORDER);
        List<RegisteredApplication> items = matching.stream()
                .skip((long) (page - 1) * pageSize)
                .limit(pageSize)
                .map(ApplicationSummary::applicationId)
                .map(id -> asOf == null && validAt == null ? current(id) : folded(id, moment))
                .flatMap(Optional::stream)
                .toList();
        return new Page<>(items, page, pageSize, matching.size());
    }

    /** Every application that exists at {@code moment} and matches {@code filter}, in no particular order. */
    public void forEachApplication(ReadMoment moment, ApplicationFilter filter, Consumer<ApplicationSummary> sink) {
        forEachSummarised(moment, filter, (summary, facts) -> sink.accept(summary));
    }

    /**
     * As {@link #forEachApplication(ReadMoment, ApplicationFilter, Consumer)}, each application judged also by other
     * rules ({@code alternative}): the sink gets its summary, judged by the rules in force, and the alternative's
     * verdict. What a draft rule set would change.
     */
    public void forEachApplication(ReadMoment moment, ApplicationFilter filter, ComplianceEvaluator alternative,
                                   BiConsumer<ApplicationSummary, Compliance> sink) {
        forEachSummarised(moment, filter, (summary, facts) ->
                sink.accept(summary, alternative.judge(facts, summary.layer(), moment.validAt())));
    }

    private void forEachSummarised(ReadMoment moment, ApplicationFilter filter,
                                   BiConsumer<ApplicationSummary, ApplicationFacts> sink) {
        versions.forEachAt(moment, filter.organisationId(), filter.layer(), (facts, layer) -> {
            ApplicationSummary summary = facts.summary(layer, compliance, moment.validAt());
            if (filter.matches(summary)) {
                sink.accept(summary, facts);
            }
        });
    }

    /** A page of the application's history as known at {@code asOf} (null: now), oldest first; pages count from 1. */
    public Page<HistoryEvent> history(String applicationId, Instant asOf, int page, int pageSize) {
        Instant knownAt = asOf == null ? clock.instant() : asOf;
        return new Page<>(history.events().page(applicationId, knownAt, (long) (page - 1) * pageSize, pageSize), page,
                pageSize, history.events().count(applicationId, knownAt));
    }

    /** The organisation that owns the application, once the register knows it. */
    public Optional<String> ownerOf(String applicationId) {
        return store.ownerOf(applicationId);
    }

    public List<OrganisationView> organisations() {
        return store.organisations();
    }

    /**
     * Waits until the register shows an event the ledger has stored, so that a client that was told
     * "created" reads its own write. False when the projection did not catch up in time.
     */
    public boolean awaitProjected(String applicationId, long sequence, Duration timeout) {
        return Awaiting.until(() -> history.events().isRecorded(applicationId, sequence), timeout, commits);
    }

    /** Waits until the register knows the organisation, so that it can be read right after it was created. */
    public boolean awaitOrganisation(String organisationId, Duration timeout) {
        return Awaiting.until(() -> store.organisationKnown(organisationId), timeout);
    }

    private Optional<RegisteredApplication> current(String applicationId) {
        return history.latest(applicationId).map(folded -> registered(folded, clock.instant()));
    }

    private Optional<RegisteredApplication> folded(String applicationId, ReadMoment moment) {
        return history.at(applicationId, moment).map(folded -> registered(folded, moment.validAt()));
    }

    private RegisteredApplication registered(Folded<ApplicationState> folded, Instant validAt) {
        ApplicationState state = folded.state();
        return new RegisteredApplication(state, store.layerOf(state.organisationId()).orElse(null),
                folded.lastRecordedAt(), validAt);
    }
}
