package nl.overheid.ailedger.core.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import nl.overheid.ailedger.core.api.commitment.LinkApplication;
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
    private static final LocalDate ADOPTED = LocalDate.parse("2023-04-11");
    private static final LocalDate DUE = LocalDate.parse("2024-01-31");
    private static final Instant ADOPTION = Instant.parse("2023-04-11T00:00:00Z");
    private static final Instant PROGRESS = Instant.parse("2023-10-02T09:00:00Z");
    private static final Instant VISION = Instant.parse("2024-01-18T09:00:00Z");
    private static final Instant LATER = Instant.parse("2024-03-01T09:00:00Z");

    private FixtureConfiguration<Commitment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commitment.class);
    }

    private static RegisterCommitment register(LocalDate dueDate) {
        return new RegisterCommitment(ID, CommitmentKind.MOTIE, "Kamerstuk 26 643, nr. 1003",
                "Integrale visie op generatieve AI", List.of("Dekker-Abdulaziz", "Rajkowski"), ADOPTED, dueDate, BZK,
                ActionLine.SAMENWERKEN);
    }

    private static CommitmentRegistered registered() {
        return new CommitmentRegistered(ID, CommitmentKind.MOTIE, "Kamerstuk 26 643, nr. 1003",
                "Integrale visie op generatieve AI", List.of("Dekker-Abdulaziz", "Rajkowski"), ADOPTED, DUE, BZK,
                ActionLine.SAMENWERKEN, ADOPTION);
    }

    @Test
    void routesCommandsToAPrefixedAggregateSoThatSlugsCannotCollideWithOtherIds() {
        assertThat(register(DUE).aggregateId()).isEqualTo("commitment:" + ID);
        assertThat(new ReportProgress(ID, "x", null, PROGRESS).aggregateId()).isEqualTo("commitment:" + ID);
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
                    .when(register(ADOPTED.minusDays(1)))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void acceptsADueDateOnTheDayOfAdoption() {
            fixture.givenNoPriorActivity()
                    .when(register(ADOPTED))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Progress {

        @Test
        void reportsProgressOnAnOpenCommitment() {
            fixture.given(registered())
                    .when(new ReportProgress(ID, "Visie in voorbereiding", null, PROGRESS))
                    .expectResultMessagePayload(1L)
                    .expectEvents(new ProgressReported(ID, "Visie in voorbereiding", null, PROGRESS));
        }

        @Test
        void stillReportsProgressAfterFulfilmentAndWithdrawal() {
            fixture.given(registered(), new Fulfilled(ID, "Kamerbrief visie", VISION))
                    .when(new ReportProgress(ID, "Uitvoering loopt", "Kamerbrief", LATER))
                    .expectEvents(new ProgressReported(ID, "Uitvoering loopt", "Kamerbrief", LATER));
            fixture.given(registered(), new Withdrawn(ID, "Ingehaald door de visie", VISION))
                    .when(new ReportProgress(ID, "Uitvoering loopt", null, LATER))
                    .expectEvents(new ProgressReported(ID, "Uitvoering loopt", null, LATER));
        }

        @Test
        void refusesProgressThatOccurredBeforeTheAdoption() {
            fixture.given(registered())
                    .when(new ReportProgress(ID, "Te vroeg", null, ADOPTION.minusSeconds(1)))
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
            fixture.given(registered(), new Fulfilled(ID, "Kamerbrief visie", VISION))
                    .when(new LinkApplication(ID, APPLICATION, LATER))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    @Nested
    class DueDate {

        @Test
        void movesTheDueDate() {
            LocalDate moved = LocalDate.parse("2024-03-31");
            fixture.given(registered())
                    .when(new ChangeDueDate(ID, moved, "Afstemming met medeoverheden", PROGRESS))
                    .expectEvents(new DueDateChanged(ID, moved, "Afstemming met medeoverheden", PROGRESS));
        }

        @Test
        void refusesADueDateBeforeTheAdoption() {
            fixture.given(registered())
                    .when(new ChangeDueDate(ID, ADOPTED.minusDays(1), "Vergissing", PROGRESS))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
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
            fixture.given(registered(), new DueDateChanged(ID, LocalDate.parse("2024-03-31"), "Later", LATER))
                    .when(new ChangeDueDate(ID, LocalDate.parse("2024-02-29"), "Eerder", PROGRESS))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void refusesAChangeAfterWithdrawal() {
            fixture.given(registered(), new Withdrawn(ID, "Vervallen", PROGRESS))
                    .when(new ChangeDueDate(ID, LocalDate.parse("2024-03-31"), "Later", LATER))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    @Nested
    class Closing {

        @Test
        void partlyFulfilsMoreThanOnceAndThenFulfils() {
            fixture.given(registered(), new PartlyFulfilled(ID, "Voorlopig standpunt", "Eerste deel", PROGRESS))
                    .when(new FulfilPartly(ID, "Tussenbrief", "Tweede deel", VISION))
                    .expectEvents(new PartlyFulfilled(ID, "Tussenbrief", "Tweede deel", VISION));
            fixture.given(registered(), new PartlyFulfilled(ID, "Voorlopig standpunt", "Eerste deel", PROGRESS))
                    .when(new FulfilCommitment(ID, "Kamerbrief visie", VISION))
                    .expectEvents(new Fulfilled(ID, "Kamerbrief visie", VISION));
        }

        @Test
        void fulfilsAnOpenCommitment() {
            fixture.given(registered())
                    .when(new FulfilCommitment(ID, "Kamerbrief visie", VISION))
                    .expectResultMessagePayload(1L)
                    .expectEvents(new Fulfilled(ID, "Kamerbrief visie", VISION));
        }

        @Test
        void withdrawsAPartlyFulfilledCommitment() {
            fixture.given(registered(), new PartlyFulfilled(ID, "Voorlopig standpunt", "Eerste deel", PROGRESS))
                    .when(new WithdrawCommitment(ID, "Ingehaald", VISION))
                    .expectEvents(new Withdrawn(ID, "Ingehaald", VISION));
        }

        @Test
        void refusesEverythingButProgressAfterFulfilment() {
            Object[] fulfilled = {registered(), new Fulfilled(ID, "Kamerbrief visie", VISION)};
            for (Object command : new Object[] {new FulfilCommitment(ID, "Nog eens", LATER),
                    new FulfilPartly(ID, "Deel", "Deel", LATER), new WithdrawCommitment(ID, "Toch niet", LATER)}) {
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
            fixture.given(registered(), new Withdrawn(ID, "Vervallen", PROGRESS))
                    .when(new FulfilCommitment(ID, "Kamerbrief", VISION))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void refusesAFulfilmentThatOccurredBeforeThePartialOne() {
            fixture.given(registered(), new PartlyFulfilled(ID, "Tussenbrief", "Deel", VISION))
                    .when(new FulfilCommitment(ID, "Kamerbrief", PROGRESS))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    @Nested
    class State {

        @Test
        void isOverdueOnlyWhileOpenAndAfterItsDueDay() {
            CommitmentState state = new CommitmentState();
            state.apply(registered());
            assertThat(state.status()).isEqualTo(CommitmentStatus.OPENSTAAND);
            assertThat(state.overdueOn(DUE)).isFalse();
            assertThat(state.overdueOn(DUE.plusDays(1))).isTrue();
            state.apply(new PartlyFulfilled(ID, "Tussenbrief", "Deel", VISION));
            assertThat(state.status()).isEqualTo(CommitmentStatus.DEELS_VOLDAAN);
            assertThat(state.overdueOn(DUE.plusDays(1))).isTrue();
            state.apply(new Fulfilled(ID, "Kamerbrief", LATER));
            assertThat(state.status()).isEqualTo(CommitmentStatus.VOLDAAN);
            assertThat(state.overdueOn(DUE.plusDays(1))).isFalse();
            assertThat(state.version()).isEqualTo(2);
        }
    }
}
