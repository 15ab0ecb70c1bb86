package nl.overheid.ailedger.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.DetailsAmended;
import nl.overheid.ailedger.core.api.application.DetailsAmendment;
import nl.overheid.ailedger.core.api.application.Hosting;
import nl.overheid.ailedger.core.api.application.IncidentReported;
import nl.overheid.ailedger.core.api.application.IncidentSeverity;
import nl.overheid.ailedger.core.api.application.Model;
import nl.overheid.ailedger.core.api.application.ModelOrigin;
import nl.overheid.ailedger.core.api.application.MovedToProduction;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.PilotStarted;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.Retired;
import nl.overheid.ailedger.core.api.application.RiskAnalysisApproved;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.RiskAnalysisSubmitted;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.RoleSignedOff;
import nl.overheid.ailedger.core.api.application.SupplierAgreementRecorded;
import nl.overheid.ailedger.core.api.application.Suspended;
import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.ApplicationLinked;
import nl.overheid.ailedger.core.api.commitment.CommitmentIds;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.ProgressReported;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.organisation.OrganisationIds;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.core.integrity.Hex;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The benchmark's data set: organisations, a few commitments, applications with a plausible governance history of
 * {@code eventsPerApplication} events each, and one long-lived application with {@code longApplicationEvents} events.
 * Events are interleaved as a busy ledger records them (the k-th step of every application, then the (k+1)-th) and
 * stamped with recordedAt times spread evenly over {@code [from, to]}; each occurred an hour before it was recorded.
 *
 * <p>One application in ten stays in exploration, two pilot, four go to production the way the standpunt asks, one
 * goes to production and is suspended, one is registered as existing use and retired at the end.
 */
final class SyntheticHistory {

    static final int PROFILES = 10;
    private static final int RETIRED_PROFILE = 9;
    private static final Duration REPORTING_DELAY = Duration.ofHours(1);

    private final Size size;
    private final Instant from;
    private final Duration span;
    private final int seed;
    private long emitted;

    /**
     * @param seed distinguishes the ids of two data sets in one store
     */
    SyntheticHistory(Size size, Instant from, Instant to, int seed) {
        this.size = size;
        this.from = from;
        this.span = Duration.between(from, to);
        this.seed = seed;
    }

    /**
     * @param organisations         organisations owning the applications, round robin
     * @param applications          applications with {@code eventsPerApplication} events each
     * @param longApplicationEvents events of the one long-lived application (0: none)
     * @param commitments           commitments with four events each
     */
    record Size(int organisations, int applications, int eventsPerApplication, int longApplicationEvents,
                int commitments) {

        long totalEvents() {
            return organisations + (long) applications * eventsPerApplication + longApplicationEvents
                    + 4L * commitments;
        }
    }

    Size size() {
        return size;
    }

    String organisationId(int organisation) {
        return "bench-%d-org-%04d".formatted(seed, organisation);
    }

    /** Organisations own consecutive applications, so that each owns applications of every profile. */
    int organisationOf(int application) {
        return (int) ((long) application * size.organisations() / Math.max(1, size.applications()));
    }

    /** The applications the organisation owns. */
    IntStream applicationsOf(int organisation) {
        return IntStream.range(0, size.applications()).filter(a -> organisationOf(a) == organisation);
    }

    String applicationId(int application) {
        return uuid("application-" + application);
    }

    String longApplicationId() {
        return uuid("long-application");
    }

    /** When the long-lived application was registered: its first event follows the organisations and commitments. */
    Instant longApplicationRegisteredAt() {
        return recordedAt(size.organisations() + 4L * size.commitments());
    }

    /** When the last event of the data set was recorded. */
    Instant lastRecordedAt() {
        return recordedAt(size.totalEvents() - 1);
    }

    /** Whether the application still takes events after its history (it is not retired). */
    static boolean isActive(int application) {
        return application % PROFILES != RETIRED_PROFILE;
    }

    /** Hands every event, in ledger order, to the consumer. */
    void forEach(Consumer<DomainEventMessage<?>> events) {
        emitted = 0;
        for (int o = 0; o < size.organisations(); o++) {
            OrganisationRegistered registered = new OrganisationRegistered(organisationId(o), "Organisatie " + o,
                    GovernmentLayer.values()[o % GovernmentLayer.values().length], from.minus(Duration.ofDays(1)));
            events.accept(message("Organisation", OrganisationIds.aggregateId(registered.organisationId()), 0,
                    registered, o));
        }
        for (int c = 0; c < size.commitments(); c++) {
            commitment(c, events);
        }
        int longSteps = size.longApplicationEvents();
        long applicationEvents = (long) size.applications() * size.eventsPerApplication();
        long everyNth = longSteps == 0 ? Long.MAX_VALUE : Math.max(1, applicationEvents / longSteps);
        int longDone = 0;
        long applicationDone = 0;
        for (int step = 0; step < size.eventsPerApplication(); step++) {
            for (int a = 0; a < size.applications(); a++) {
                if (longDone < longSteps && applicationDone % everyNth == 0) {
                    emitLong(longDone++, events);
                }
                emitApplication(applicationId(a), a, a % PROFILES, step, size.eventsPerApplication(), events);
                applicationDone++;
            }
        }
        while (longDone < longSteps) {
            emitLong(longDone++, events);
        }
    }

    /** The long-lived application goes to production the way the standpunt asks, like profile 4. */
    private void emitLong(int step, Consumer<DomainEventMessage<?>> events) {
        emitApplication(longApplicationId(), 0, 4, step, size.longApplicationEvents(), events);
    }

    private void emitApplication(String id, int application, int profile, int step, int steps,
                                 Consumer<DomainEventMessage<?>> events) {
        int organisation = organisationOf(application);
        ApplicationEvent event = applicationEvent(id, application, profile, organisation, step, steps,
                nextRecordedAt().minus(REPORTING_DELAY));
        events.accept(message("AiApplication", id, step, event, organisation));
    }

    /**
     * The step-th event of an application's history: the registration, the steps to production that its profile
     * takes, a final suspension or retirement, and otherwise the everyday events of a governed application.
     */
    private ApplicationEvent applicationEvent(String id, int application, int profile, int organisation, int step,
                                              int steps, Instant at) {
        boolean toProduction = profile >= 4 && profile <= 8;
        if (step == 0) {
            Phase phase = profile == RETIRED_PROFILE ? Phase.PRODUCTION : Phase.EXPLORATION;
            return new ApplicationRegistered(id, organisationId(organisation), phase, details(application), at);
        }
        if (step == steps - 1 && profile == RETIRED_PROFILE) {
            return new Retired(id, "Vervangen door een nieuwe versie", at);
        }
        if (step == steps - 1 && profile == 8) {
            return new Suspended(id, Phase.PRODUCTION, "Incident in onderzoek", at);
        }
        if (step == 1 && profile >= 2 && profile <= 8) {
            return new PilotStarted(id, at);
        }
        if (toProduction && step <= 7) {
            return switch (step) {
                case 2 -> new RiskAnalysisSubmitted(id, "dpia-1", RiskAnalysisKind.DPIA,
                        "https://intranet.example/" + id + "/dpia-1.pdf", sha256(id + "dpia-1"), at);
                case 3 -> new RiskAnalysisApproved(id, "dpia-1", Role.FG, at);
                case 4 -> new RoleSignedOff(id, Role.CIO, "A. Jansen", at);
                case 5 -> new RoleSignedOff(id, Role.FG, "B. de Vries", at);
                case 6 -> new SupplierAgreementRecorded(id, "Leverancier " + application % 17,
                        "OVK-" + application, true, at);
                default -> new MovedToProduction(id, at);
            };
        }
        return everyday(id, step, at);
    }

    /** An event any active application may get at any time: what the ingest clients post as well. */
    static ApplicationEvent everyday(String id, int step, Instant at) {
        return switch (step % 4) {
            case 0 -> new IncidentReported(id, IncidentSeverity.values()[step % IncidentSeverity.values().length],
                    "Onjuiste samenvatting bij verzoek " + step + "; medewerker heeft het antwoord gecorrigeerd", at);
            case 1 -> new RoleSignedOff(id, Role.values()[step % Role.values().length], "Functionaris " + step, at);
            case 2 -> new DetailsAmended(id, new DetailsAmendment(null,
                    "Ondersteuning bij de beantwoording van verzoeken, versie " + step, null, null, null, null, null,
                    null, null, null, null), at);
            default -> new RiskAnalysisSubmitted(id, "analyse-" + step, RiskAnalysisKind.SECURITY,
                    "https://intranet.example/" + id + "/analyse-" + step + ".pdf", sha256(id + step), at);
        };
    }

    private static ApplicationDetails details(int application) {
        Procurement procurement = application % 5 == 0 ? Procurement.CONTRACTED : Procurement.OWN_DEVELOPMENT;
        AiActRiskClass riskClass = switch (application % 7) {
            case 0 -> AiActRiskClass.HIGH_RISK;
            case 1, 2 -> AiActRiskClass.LIMITED_RISK;
            case 3 -> AiActRiskClass.UNDETERMINED;
            default -> AiActRiskClass.MINIMAL_RISK;
        };
        Model model = new Model("Model " + application % 23, "Aanbieder " + application % 11, application % 2 == 0,
                ModelOrigin.values()[application % ModelOrigin.values().length]);
        return new ApplicationDetails("Toepassing " + application, "Ondersteuning bij de beantwoording van verzoeken",
                application % 3 != 0, model, Hosting.values()[application % Hosting.values().length], procurement,
                application % 2 == 0, false, riskClass, null, null);
    }

    private void commitment(int c, Consumer<DomainEventMessage<?>> events) {
        String id = "bench-%d-motie-%04d".formatted(seed, c);
        String aggregateId = CommitmentIds.aggregateId(id);
        int organisation = c % size.organisations();
        LocalDate adopted = LocalDate.ofInstant(from, ZoneOffset.UTC);
        List<Object> history = List.of(
                new CommitmentRegistered(id, CommitmentKind.MOTIE, "Kamerstuk 26 643, nr. " + (2000 + c), null,
                        "Motie over de inzet van generatieve AI, nummer " + c, List.of("Lid " + c),
                        PartialDate.of(adopted), null, PartialDate.of(adopted.plusMonths(6)),
                        organisationId(organisation), null, ActionLine.values()[c % ActionLine.values().length],
                        List.of(), nextRecordedAt()),
                new ProgressReported(id, "Eerste voortgang", null, nextRecordedAt(), null),
                new ApplicationLinked(id, applicationId(c % Math.max(1, size.applications())), nextRecordedAt()),
                new ProgressReported(id, "Tweede voortgang", "Kamerbrief " + c, nextRecordedAt(), null));
        for (int i = 0; i < history.size(); i++) {
            events.accept(message("Commitment", aggregateId, i, history.get(i), organisation));
        }
    }

    private DomainEventMessage<?> message(String type, String aggregateId, long sequence, Object payload,
                                          int organisation) {
        String trace = UUID.randomUUID().toString();
        Map<String, String> metaData = Map.of("traceId", trace, "correlationId", trace,
                CommandMetadata.ACTOR, "cred-" + organisationId(organisation));
        Instant recordedAt = recordedAt(emitted++);
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metaData,
                UUID.randomUUID().toString(), recordedAt);
    }

    /** The recordedAt of the next event to be emitted, without emitting it. */
    private Instant nextRecordedAt() {
        return recordedAt(emitted);
    }

    private Instant recordedAt(long index) {
        double fraction = (double) index / Math.max(1, size.totalEvents() - 1);
        return from.plusMillis(Math.round(span.toMillis() * fraction));
    }

    private String uuid(String name) {
        return UUID.nameUUIDFromBytes(("bench-" + seed + "-" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String sha256(String text) {
        try {
            return Hex.encode(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
