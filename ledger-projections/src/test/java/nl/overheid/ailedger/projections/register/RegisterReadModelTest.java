package nl.overheid.ailedger.projections.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.Hosting;
import nl.overheid.ailedger.core.api.application.IncidentReported;
import nl.overheid.ailedger.core.api.application.IncidentSeverity;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.PilotStarted;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.RoleSignedOff;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.core.policy.ComplianceEvaluator;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.projections.Page;
import nl.overheid.ailedger.projections.ReadModelDatabase;
import nl.overheid.ailedger.projections.history.HistoryEvent;
import nl.overheid.ailedger.projections.history.StateHistory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register on its own, on real H2 files: events handed to its projection as a processor hands them, read back as
 * of any moment in both times. Whatever the register answers for a moment must be the fold of exactly the events
 * recorded by then that had occurred by then.
 */
class RegisterReadModelTest {

    private static final Instant START = Instant.parse("2025-05-01T09:00:00Z");
    private static final String UTRECHT = "gemeente-utrecht";
    private static final String BZK = "00000001003214345000";
    private static final ApplicationFilter EVERY_APPLICATION = new ApplicationFilter(null, null, null, null, null, null);

    @TempDir
    Path directory;

    private ReadModelDatabase database;
    private RegisterProjection projection;
    private RegisterQueries register;
    private final List<Recorded> recorded = new ArrayList<>();

    /** An event as the register took it: its number in its application, and when the ledger recorded it. */
    private record Recorded(ApplicationEvent event, long sequence, Instant recordedAt) {
    }

    @BeforeEach
    void openTheRegister() {
        database = new ReadModelDatabase(directory);
        StateHistory<ApplicationState, ApplicationEvent> history = ApplicationHistory.of(database.jdbc());
        RegisterStore store = new RegisterStore(database.jdbc());
        ApplicationVersions versions = new ApplicationVersions(database.jdbc(), database.transactions(), history);
        RegisterCommits commits = new RegisterCommits();
        projection = new RegisterProjection(new RegisterTables(store, versions, history, new FoldedStates(), commits));
        register = new RegisterQueries(store, versions, history, new ComplianceEvaluator(PolicyCatalogue.standard()),
                commits, Clock.fixed(START.plus(Duration.ofDays(400)), ZoneOffset.UTC));
        projection.on(new OrganisationRegistered(UTRECHT, "Gemeente Utrecht", GovernmentLayer.GEMEENTE, START), START);
        projection.on(new OrganisationRegistered(BZK, "Ministerie van BZK", GovernmentLayer.RIJK, START), START);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void answersEveryMomentOfTransactionTimeWithTheFoldOfWhatWasRecordedByThen() {
        long days = recordLongHistory("app-1");

        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM application_snapshot", Long.class))
                .as("a history this long is read from snapshots").isGreaterThan(1);
        for (Recorded until : recorded) {
            assertThat(register.application("app-1", until.recordedAt(), null).map(RegisteredApplication::state))
                    .as("as of event %d", until.sequence())
                    .contains(ApplicationState.of(recorded.stream()
                            .filter(r -> !r.recordedAt().isAfter(until.recordedAt())).map(Recorded::event).toList()));
        }
        assertThat(register.application("app-1", null, null).orElseThrow().state().version()).isEqualTo(days);
        assertThat(register.application("app-1", START.minusSeconds(1), null)).isEmpty();
    }

    @Test
    void countsAStepReportedLateFromWhenItOccurredOnceItIsRecorded() {
        recordLongHistory("app-1");
        Instant occurred = START.plus(Duration.ofDays(2));
        Instant reportedLate = START.plus(Duration.ofDays(300));
        record(new RoleSignedOff("app-1", Role.FG, "F. Gegevens", occurred), reportedLate);
        Instant validAt = occurred.plus(Duration.ofHours(1));

        assertThat(register.application("app-1", reportedLate, validAt).orElseThrow().state().signedOffRoles(validAt))
                .contains(Role.FG);
        assertThat(register.application("app-1", reportedLate.minusSeconds(1), validAt).orElseThrow().state()
                .signedOffRoles(validAt)).doesNotContain(Role.FG);
        assertThat(register.application("app-1", reportedLate, validAt).map(RegisteredApplication::state))
                .contains(ApplicationState.of(recorded.stream().filter(r -> !r.event().occurredAt().isAfter(validAt))
                        .map(Recorded::event).toList()));
    }

    @Test
    void listsTheApplicationsThatMatchAtAMomentWithTheLayerOfTheirOrganisation() {
        record(registration("app-1", UTRECHT, START), START.plusSeconds(60));
        Instant later = START.plus(Duration.ofDays(10));
        record(registration("app-2", BZK, later), later.plusSeconds(60));

        Page<RegisteredApplication> gemeenten = register.applications(
                new ApplicationFilter(null, GovernmentLayer.GEMEENTE, null, null, null, null), null, null, 1, 50);
        assertThat(gemeenten.items()).extracting(application -> application.state().applicationId())
                .containsExactly("app-1");
        assertThat(gemeenten.items().get(0).layer()).isEqualTo(GovernmentLayer.GEMEENTE);
        assertThat(register.applications(EVERY_APPLICATION, null, null, 1, 50).total()).isEqualTo(2);
        assertThat(register.applications(EVERY_APPLICATION, later, null, 1, 50).total())
                .as("before the second was recorded").isEqualTo(1);
    }

    @Test
    void pagesTheHistoryAndTakesARedeliveredEventOnce() {
        long days = recordLongHistory("app-1");
        Recorded fifth = recorded.get(5);
        projection.on(fifth.event(), GenericEventMessage.asEventMessage(fifth.event()), fifth.sequence(),
                fifth.recordedAt());

        Page<HistoryEvent> second = register.history("app-1", null, 2, 10);
        assertThat(second.total()).isEqualTo(days + 1);
        assertThat(second.items()).extracting(HistoryEvent::sequence)
                .containsExactly(10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L);
        assertThat(second.items()).allMatch(event -> "cred-1".equals(event.actor()));
        assertThat(register.application("app-1", null, null).orElseThrow().state().version()).isEqualTo(days);
    }

    /** A registration and then a step a day for 80 days, each recorded an hour after it occurred. */
    private long recordLongHistory(String applicationId) {
        record(registration(applicationId, UTRECHT, START), START.plus(Duration.ofHours(1)));
        long days = 80;
        for (int day = 1; day <= days; day++) {
            Instant at = START.plus(Duration.ofDays(day));
            ApplicationEvent step = switch (day % 3) {
                case 0 -> new IncidentReported(applicationId, IncidentSeverity.LOW, "storing " + day, at);
                case 1 -> new RoleSignedOff(applicationId, Role.CIO, "A. Jansen " + day, at);
                default -> day == 2 ? new PilotStarted(applicationId, at)
                        : new RoleSignedOff(applicationId, Role.CISO, "B. de Vries " + day, at);
            };
            record(step, at.plus(Duration.ofHours(1)));
        }
        return days;
    }

    private void record(ApplicationEvent event, Instant recordedAt) {
        long sequence = recorded.stream().filter(r -> r.event().applicationId().equals(event.applicationId()))
                .count();
        recorded.add(new Recorded(event, sequence, recordedAt));
        projection.on(event, GenericEventMessage.asEventMessage(event)
                .andMetaData(MetaData.with(CommandMetadata.ACTOR, "cred-1")), sequence, recordedAt);
    }

    private static ApplicationRegistered registration(String applicationId, String organisationId, Instant at) {
        return new ApplicationRegistered(applicationId, organisationId, Phase.EXPLORATION,
                new ApplicationDetails("Samenvatten", "Samenvatten van Woo-verzoeken", true, null,
                        Hosting.ON_PREMISES, Procurement.OWN_DEVELOPMENT, false, false, AiActRiskClass.MINIMAL_RISK,
                        null, null), at);
    }
}
