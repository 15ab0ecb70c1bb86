package nl.overheid.ailedger.core.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.ForeignCallerException;
import nl.overheid.ailedger.core.api.InvalidInputException;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.ApplicationLinked;
import nl.overheid.ailedger.core.api.commitment.ChangeDueDate;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.DueDateChanged;
import nl.overheid.ailedger.core.api.commitment.FulfilCommitment;
import nl.overheid.ailedger.core.api.commitment.FulfilPartly;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.LinkApplication;
import nl.overheid.ailedger.core.api.commitment.Occurrence;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.PartlyFulfilled;
import nl.overheid.ailedger.core.api.commitment.ProgressReported;
import nl.overheid.ailedger.core.api.commitment.RegisterCommitment;
import nl.overheid.ailedger.core.api.commitment.ReportProgress;
import nl.overheid.ailedger.core.api.commitment.WithdrawCommitment;
import nl.overheid.ailedger.core.api.commitment.Withdrawn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    private static final String ID = "motie-26643-1003";
    private static final String BZK = "00000001003214345000";
    private static final String APPLICATION = "3f0b6c1e-8a59-4c11-9d59-6f1a5ee0c001";
    private static final PartialDate ADOPTED = PartialDate.parse("2023-04-11");
    private static final PartialDate DUE = PartialDate.parse("2024-01-31");
    private static final Instant ADOPTION = Instant.parse("2023-04-11T00:00:00Z");
    private static final String REFERENCE = "Kamerstukken 2022/23 26 643, nr. 1003";
    private static final Kamerstuk KAMERSTUK = new Kamerstuk("2022-2023", "26 643", "1003");
    private static final String MINISTER = "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties";
    private static final List<String> SOURCES = List.of("2024-01-12-beslisnota-visie-generatieve-ai.txt");
    private static final Instant PROGRESS = Instant.parse("2023-10-02T09:00:00Z");
    private static final Instant VISION = Instant.parse("2024-01-18T09:00:00Z");
    private static final Instant LATER = Instant.parse("2024-03-01T09:00:00Z");
    private static final PartialDate VISION_DAY = PartialDate.parse("2024-01-18");

    private FixtureConfiguration<Commitment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commitment.class);
    }

    private static RegisterCommitment register(PartialDate adoptedOn, PartialDate dueDate) {
        return new RegisterCommitment(ID, CommitmentKind.MOTIE, REFERENCE, KAMERSTUK,
                "Integrale visie op generatieve AI", List.of("Dekker-Abdulaziz", "Rajkowski"), adoptedOn, null,
                dueDate, BZK, MINISTER, ActionLine.SAMENWERKEN, SOURCES);
    }

    private static RegisterCommitment register(PartialDate dueDate) {
        return register(ADOPTED, dueDate);
    }

    private static CommitmentRegistered registered() {
        return new CommitmentRegistered(ID, CommitmentKind.MOTIE, REFERENCE, KAMERSTUK,
                "Integrale visie op generatieve AI", List.of("Dekker-Abdulaziz", "Rajkowski"), ADOPTED, null, DUE,
                BZK, MINISTER, ActionLine.SAMENWERKEN, SOURCES, ADOPTION);
    }

    /** A visie action as its source gives it: announced on a day, nothing of a due date or an actielijn. */
    private static CommitmentRegistered announced(PartialDate on) {
        return new CommitmentRegistered(ID, CommitmentKind.ACTIE, null, null, "Monitor", List.of(), on, null, null,
                BZK, null, null, List.of(), on.certainFrom());
    }

    private static Occurrence at(Instant instant) {
        return Occurrence.of(instant);
    }

    @Test
    void refusesAReportSentForAnotherOrganisationThanTheResponsibleOne() {
        fixture.given(registered())
                .when(new ReportProgress(ID, "x", null, at(PROGRESS)),
                        new CommandMetadata("cred-utrecht", "gemeente-utrecht").toMetaData())
                .expectNoEvents()
                .expectException(ForeignCallerException.class)
                .expectExceptionMessage("commitment " + ID + " belongs to another organisation");
        fixture.given(registered())
                .when(new ReportProgress(ID, "x", null, at(PROGRESS)), new CommandMetadata("cred-bzk", BZK).toMetaData())
                .expectEvents(new ProgressReported(ID, "x", null, PROGRESS, null));
    }

    @Test
    void routesCommandsToAPrefixedAggregateSoThatSlugsCannotCollideWithOtherIds() {
        assertThat(register(DUE).aggregateId()).isEqualTo("commitment:" + ID);
        assertThat(new ReportProgress(ID, "x", null, at(PROGRESS)).aggregateId()).isEqualTo("commitment:" + ID);
    }

    @Nested
    class Registration {

        @Test
        void registersACommitmentThatExistsFromTheDayOfItsAdoption() {
            fixture.givenNoPriorActivity()
                    .when(register(DUE))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(0L)
                    .expectEvents(registered());
        }

        @Test
        void refusesASecondRegistrationOfTheSameCommitment() {
            fixture.given(registered())
                    .when(register(DUE))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class)
                    .expectExceptionMessage("commitment " + ID + " already exists");
        }

        @Test
        void refusesADueDateBeforeTheAdoption() {
            fixture.givenNoPriorActivity()
                    .when(register(PartialDate.parse("2023-04-10")))
                    .expectNoEvents()
                    .expectException(InvalidInputException.class);
        }

        @Test
        void acceptsADueDateOnTheDayOfAdoption() {
            fixture.givenNoPriorActivity()
                    .when(register(ADOPTED))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void registersAnActionWithOnlyWhatItsSourceGivesAndNoDueDateOrActionLine() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCommitment(ID, CommitmentKind.ACTIE, null, null, "Monitor", List.of(),
                            VISION_DAY, null, null, BZK, null, null, List.of()))
                    .expectEvents(announced(VISION_DAY));
        }

        @Test
        void existsFromTheLastDayOfAnAdoptionMonthWhenTheSourceGivesOnlyTheMonth() {
            PartialDate april = PartialDate.parse("2023-04");
            fixture.givenNoPriorActivity()
                    .when(register(april, null))
                    .expectEvents(new CommitmentRegistered(ID, CommitmentKind.MOTIE, REFERENCE, KAMERSTUK,
                            "Integrale visie op generatieve AI", List.of("Dekker-Abdulaziz", "Rajkowski"), april, null,
                            null, BZK, MINISTER, ActionLine.SAMENWERKEN, SOURCES,
                            Instant.parse("2023-04-30T00:00:00Z")));
        }

        @Test
        void existsFromItsFirstNamingWhenTheSourcesDoNotSayWhenItWasMadeAndKeepsTheAdoptionUnknown() {
            PartialDate named = PartialDate.parse("2023-11-06");
            fixture.givenNoPriorActivity()
                    .when(new RegisterCommitment(ID, CommitmentKind.TOEZEGGING, null, null, "Quickscan",
                            List.of("Van Weerdenburg"), null, named, null, BZK, null, null, SOURCES))
                    .expectEvents(new CommitmentRegistered(ID, CommitmentKind.TOEZEGGING, null, null, "Quickscan",
                            List.of("Van Weerdenburg"), null, named, null, BZK, null, null, SOURCES,
                            Instant.parse("2023-11-06T00:00:00Z")));
        }

        @Test
        void restsOnEitherTheAdoptionOrTheFirstNamingNeverBothNorNeither() {
            PartialDate named = PartialDate.parse("2023-11-06");
            assertThatThrownBy(() -> new RegisterCommitment(ID, CommitmentKind.TOEZEGGING, null, null, "x", List.of(),
                    null, null, null, BZK, null, null, List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new RegisterCommitment(ID, CommitmentKind.TOEZEGGING, null, null, "x", List.of(),
                    ADOPTED, named, null, BZK, null, null, List.of())).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void acceptsADueMonthThatHoldsTheAdoptionDayAndRefusesOneThatEndsBeforeIt() {
            fixture.givenNoPriorActivity()
                    .when(register(PartialDate.parse("2023-04")))
                    .expectSuccessfulHandlerExecution();
            fixture.givenNoPriorActivity()
                    .when(register(PartialDate.parse("2023-03")))
                    .expectNoEvents()
                    .expectException(InvalidInputException.class);
        }
    }

    @Nested
    class Progress {

        @Test
        void reportsProgressOnAnOpenCommitment() {
            fixture.given(registered())
                    .when(new ReportProgress(ID, "Visie in voorbereiding", null, at(PROGRESS)))
                    .expectResultMessagePayload(1L)
                    .expectEvents(new ProgressReported(ID, "Visie in voorbereiding", null, PROGRESS, null));
        }

        @Test
        void stillReportsProgressAfterFulfilmentAndWithdrawal() {
            fixture.given(registered(), new Fulfilled(ID, "Kamerbrief visie", VISION, null))
                    .when(new ReportProgress(ID, "Uitvoering loopt", "Kamerbrief", at(LATER)))
                    .expectEvents(new ProgressReported(ID, "Uitvoering loopt", "Kamerbrief", LATER, null));
            fixture.given(registered(), new Withdrawn(ID, "Ingehaald door de visie", VISION, null))
                    .when(new ReportProgress(ID, "Uitvoering loopt", null, at(LATER)))
                    .expectEvents(new ProgressReported(ID, "Uitvoering loopt", null, LATER, null));
        }

        @Test
        void reportsProgressOnTheYearItsSourceGivesAndKeepsThatYear() {
            PartialDate year = PartialDate.parse("2025");
            fixture.given(registered())
                    .when(new ReportProgress(ID, "Wordt onderzocht", "Kamerbrief 2025", Occurrence.of(year)))
                    .expectEvents(new ProgressReported(ID, "Wordt onderzocht", "Kamerbrief 2025",
                            Instant.parse("2025-12-31T00:00:00Z"), year));
        }

        @Test
        void refusesProgressThatOccurredBeforeTheAdoption() {
            fixture.given(registered())
                    .when(new ReportProgress(ID, "Te vroeg", null, at(ADOPTION.minusSeconds(1))))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    @Nested
    class Links {

        @Test
        void linksAnApplication() {
            fixture.given(registered())
                    .when(new LinkApplication(ID, APPLICATION, PROGRESS))
                    .expectEvents(new ApplicationLinked(ID, APPLICATION, PROGRESS));
        }

        @Test
        void refusesToLinkTheSameApplicationTwice() {
            fixture.given(registered(), new ApplicationLinked(ID, APPLICATION, PROGRESS))
                    .when(new LinkApplication(ID, APPLICATION, LATER))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class)
                    .expectExceptionMessage("application " + APPLICATION + " is already linked to commitment " + ID);
        }

        @Test
        void refusesToLinkAfterFulfilment() {
            fixture.given(registered(), new Fulfilled(ID, "Kamerbrief visie", VISION, null))
                    .when(new LinkApplication(ID, APPLICATION, LATER))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    @Nested
    class DueDate {

        @Test
        void movesTheDueDate() {
            PartialDate moved = PartialDate.parse("2024-03-31");
            fixture.given(registered())
                    .when(new ChangeDueDate(ID, moved, "Afstemming met medeoverheden", PROGRESS))
                    .expectEvents(new DueDateChanged(ID, moved, "Afstemming met medeoverheden", PROGRESS));
        }

        @Test
        void refusesADueDateBeforeTheAdoption() {
            fixture.given(registered())
                    .when(new ChangeDueDate(ID, PartialDate.parse("2023-04-10"), "Vergissing", PROGRESS))
                    .expectNoEvents()
                    .expectException(InvalidInputException.class);
        }

        @Test
        void refusesTheDueDateItAlreadyHas() {
            fixture.given(registered())
                    .when(new ChangeDueDate(ID, DUE, "Geen", PROGRESS))
                    .expectNoEvents()
                    .expectExceptionMessage("the due date already is " + DUE);
        }

        @Test
        void refusesAChangeThatOccurredBeforeTheLastChange() {
            fixture.given(registered(), new DueDateChanged(ID, PartialDate.parse("2024-03-31"), "Later", LATER))
                    .when(new ChangeDueDate(ID, PartialDate.parse("2024-02-29"), "Eerder", PROGRESS))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void refusesAChangeAfterWithdrawal() {
            fixture.given(registered(), new Withdrawn(ID, "Vervallen", PROGRESS, null))
                    .when(new ChangeDueDate(ID, PartialDate.parse("2024-03-31"), "Later", LATER))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    @Nested
    class Closing {

        @Test
        void partlyFulfilsMoreThanOnceAndThenFulfils() {
            fixture.given(registered(), new PartlyFulfilled(ID, "Voorlopig standpunt", "Eerste deel", PROGRESS, null))
                    .when(new FulfilPartly(ID, "Tussenbrief", "Tweede deel", at(VISION)))
                    .expectEvents(new PartlyFulfilled(ID, "Tussenbrief", "Tweede deel", VISION, null));
            fixture.given(registered(), new PartlyFulfilled(ID, "Voorlopig standpunt", "Eerste deel", PROGRESS, null))
                    .when(new FulfilCommitment(ID, "Kamerbrief visie", at(VISION)))
                    .expectEvents(new Fulfilled(ID, "Kamerbrief visie", VISION, null));
        }

        @Test
        void fulfilsOnAMonthAsTheSourceGivesItPlacedOnItsLastDay() {
            PartialDate december = PartialDate.parse("2023-12");
            fixture.given(registered())
                    .when(new FulfilCommitment(ID, "Kamerbrief voorlopig standpunt", Occurrence.of(december)))
                    .expectEvents(new Fulfilled(ID, "Kamerbrief voorlopig standpunt",
                            Instant.parse("2023-12-31T00:00:00Z"), december));
        }

        @Test
        void refusesAYearThatIsCertainOnlyBeforeTheLastChange() {
            fixture.given(registered(), new PartlyFulfilled(ID, "Tussenbrief", "Deel", LATER, null))
                    .when(new FulfilCommitment(ID, "Kamerbrief", Occurrence.of(PartialDate.parse("2023"))))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void fulfilsAnOpenCommitment() {
            fixture.given(registered())
                    .when(new FulfilCommitment(ID, "Kamerbrief visie", at(VISION)))
                    .expectResultMessagePayload(1L)
                    .expectEvents(new Fulfilled(ID, "Kamerbrief visie", VISION, null));
        }

        @Test
        void withdrawsAPartlyFulfilledCommitment() {
            fixture.given(registered(), new PartlyFulfilled(ID, "Voorlopig standpunt", "Eerste deel", PROGRESS, null))
                    .when(new WithdrawCommitment(ID, "Ingehaald", at(VISION)))
                    .expectEvents(new Withdrawn(ID, "Ingehaald", VISION, null));
        }

        @Test
        void refusesEverythingButProgressAfterFulfilment() {
            Object[] fulfilled = {registered(), new Fulfilled(ID, "Kamerbrief visie", VISION, null)};
            for (Object command : new Object[] {new FulfilCommitment(ID, "Nog eens", at(LATER)),
                    new FulfilPartly(ID, "Deel", "Deel", at(LATER)), new WithdrawCommitment(ID, "Toch niet", at(LATER))}) {
                fixture.given(fulfilled)
                        .when(command)
                        .expectNoEvents()
                        .expectException(LifecycleConflictException.class)
                        .expectExceptionMessage("cannot " + (command instanceof FulfilCommitment ? "fulfil"
                                : command instanceof FulfilPartly ? "partly fulfil" : "withdraw")
                                + " commitment " + ID + ": it is VOLDAAN; only progress can still be reported");
            }
        }

        @Test
        void refusesToFulfilAWithdrawnCommitment() {
            fixture.given(registered(), new Withdrawn(ID, "Vervallen", PROGRESS, null))
                    .when(new FulfilCommitment(ID, "Kamerbrief", at(VISION)))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void refusesAFulfilmentThatOccurredBeforeThePartialOne() {
            fixture.given(registered(), new PartlyFulfilled(ID, "Tussenbrief", "Deel", VISION, null))
                    .when(new FulfilCommitment(ID, "Kamerbrief", at(PROGRESS)))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    @Nested
    class State {

        @Test
        void isOverdueOnlyWhileOpenAndAfterItsDueDay() {
            CommitmentState state = CommitmentState.NONE.fold(registered());
            assertThat(state.status()).isEqualTo(CommitmentStatus.OPENSTAAND);
            LocalDate dueDay = DUE.firstDay();
            assertThat(state.overdueOn(dueDay)).isFalse();
            assertThat(state.overdueOn(dueDay.plusDays(1))).isTrue();
            state = state.fold(new PartlyFulfilled(ID, "Tussenbrief", "Deel", VISION, null));
            assertThat(state.status()).isEqualTo(CommitmentStatus.DEELS_VOLDAAN);
            assertThat(state.overdueOn(dueDay.plusDays(1))).isTrue();
            state = state.fold(new Fulfilled(ID, "Kamerbrief", LATER, null));
            assertThat(state.status()).isEqualTo(CommitmentStatus.VOLDAAN);
            assertThat(state.overdueOn(dueDay.plusDays(1))).isFalse();
            assertThat(state.version()).isEqualTo(2);
        }

        @Test
        void isOverdueOnADueMonthOrYearOnlyOnceThatWholePeriodHasPassed() {
            CommitmentState january = CommitmentState.NONE.fold(new CommitmentRegistered(ID, CommitmentKind.TOEZEGGING,
                    null, null, "Visie in januari",
                    List.of(), null, PartialDate.parse("2024-01-12"), PartialDate.parse("2024-01"), BZK, null, null,
                    List.of(), Instant.parse("2024-01-12T00:00:00Z")));
            assertThat(january.overdueOn(LocalDate.parse("2024-01-31"))).isFalse();
            assertThat(january.overdueOn(LocalDate.parse("2024-02-01"))).isTrue();

            CommitmentState endOf2024 = CommitmentState.NONE.fold(new CommitmentRegistered(ID,
                    CommitmentKind.TOEZEGGING, null, null, "Voortgang eind 2024",
                    List.of(), VISION_DAY, null, PartialDate.parse("2024"), BZK, null, null, List.of(),
                    VISION_DAY.certainFrom()));
            assertThat(endOf2024.overdueOn(LocalDate.parse("2024-12-31"))).isFalse();
            assertThat(endOf2024.overdueOn(LocalDate.parse("2025-01-01"))).isTrue();
        }

        @Test
        void isNeverOverdueWithoutADueDate() {
            CommitmentState state = CommitmentState.NONE.fold(announced(VISION_DAY));
            assertThat(state.dueDate()).isNull();
            assertThat(state.overdueOn(LocalDate.parse("2099-12-31"))).isFalse();
        }
    }
}
