package nl.overheid.ailedger.core.application;

import static nl.overheid.ailedger.core.application.Applications.ID;
import static nl.overheid.ailedger.core.application.Applications.ORGANISATION;
import static nl.overheid.ailedger.core.application.Applications.answers;
import static nl.overheid.ailedger.core.application.Applications.at;
import static nl.overheid.ailedger.core.application.Applications.details;
import static nl.overheid.ailedger.core.application.Applications.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.DetailsAmended;
import nl.overheid.ailedger.core.api.application.DetailsAmendment;
import nl.overheid.ailedger.core.api.application.MoveToProduction;
import nl.overheid.ailedger.core.api.application.MovedToProduction;
import nl.overheid.ailedger.core.api.application.OwnerObserved;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.PhaseObserved;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RecordObservedDetails;
import nl.overheid.ailedger.core.api.application.RecordObservedOwner;
import nl.overheid.ailedger.core.api.application.RecordObservedPhase;
import nl.overheid.ailedger.core.api.application.RecordObservedRegistration;
import nl.overheid.ailedger.core.api.application.Retired;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.RoleSignedOff;
import nl.overheid.ailedger.core.api.application.SignOffRole;
import nl.overheid.ailedger.core.api.application.Suspended;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.policy.Compliance;
import nl.overheid.ailedger.core.policy.ComplianceEvaluator;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.core.policy.PolicyViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Facts observed in a public source (the Algoritmeregister): recorded as seen, never refused by the gate. */
class ObservedFactsTest {

    private static final String SOURCE = "algoritmeregister";
    private static final Instant REGISTERED = at("2024-02-06T00:00:00Z");
    private static final Instant FIRST_SNAPSHOT = at("2026-05-13T00:00:00Z");
    private static final Instant NEXT_SNAPSHOT = at("2026-06-09T00:00:00Z");

    private FixtureConfiguration<AiApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AiApplication.class);
        fixture.registerInjectableResource(Applications.gate());
    }

    /** What the register tells: no risk analysis, no sign-off, procured, generative. */
    private static ApplicationDetails observedDetails() {
        return details(Procurement.CONTRACTED, false, false, AiActRiskClass.UNDETERMINED);
    }

    private static ApplicationRegistered observed(Phase phase, Instant at) {
        return new ApplicationRegistered(ID, ORGANISATION, phase, observedDetails(), SOURCE, at);
    }

    @Test
    void recordsAnObservedRegistrationInAnyPhaseWithItsSource() {
        for (Phase phase : new Phase[] {Phase.PILOT, Phase.PRODUCTION, Phase.RETIRED}) {
            fixture.givenNoPriorActivity()
                    .when(new RecordObservedRegistration(ID, ORGANISATION, phase, observedDetails(), SOURCE, REGISTERED))
                    .expectResultMessagePayloadMatching(answers(0))
                    .expectEvents(observed(phase, REGISTERED));
        }
    }

    @Test
    void neverRefusesAnObservedRegistrationThatTheGateWouldRefuse() {
        ApplicationDetails prohibited = details(Procurement.CONSUMER_TERMS, true, true, AiActRiskClass.PROHIBITED);
        fixture.givenNoPriorActivity()
                .when(new RecordObservedRegistration(ID, ORGANISATION, Phase.PRODUCTION, prohibited, SOURCE,
                        FIRST_SNAPSHOT))
                .expectEvents(new ApplicationRegistered(ID, ORGANISATION, Phase.PRODUCTION, prohibited, SOURCE,
                        FIRST_SNAPSHOT));
    }

    @Test
    void refusesAnObservedSuspensionAndAnIdThatIsTaken() {
        fixture.givenNoPriorActivity()
                .when(new RecordObservedRegistration(ID, ORGANISATION, Phase.SUSPENDED, observedDetails(), SOURCE,
                        REGISTERED))
                .expectNoEvents()
                .expectException(LifecycleConflictException.class);
        fixture.given(registered(Phase.PILOT, details(), REGISTERED))
                .when(new RecordObservedRegistration(ID, ORGANISATION, Phase.PRODUCTION, observedDetails(), SOURCE,
                        FIRST_SNAPSHOT))
                .expectNoEvents()
                .expectException(LifecycleConflictException.class);
    }

    @Test
    void recordsAnObservedMoveIntoProductionThatMoveToProductionWouldHaveRefused() {
        fixture.given(observed(Phase.PILOT, FIRST_SNAPSHOT))
                .when(new MoveToProduction(ID, NEXT_SNAPSHOT))
                .expectNoEvents()
                .expectException(PolicyViolationException.class);
        fixture.given(observed(Phase.PILOT, FIRST_SNAPSHOT))
                .when(new RecordObservedPhase(ID, Phase.PRODUCTION, SOURCE, "status in_gebruik", NEXT_SNAPSHOT))
                .expectResultMessagePayloadMatching(answers(1))
                .expectEvents(new PhaseObserved(ID, Phase.PRODUCTION, SOURCE, "status in_gebruik", NEXT_SNAPSHOT));
    }

    @Test
    void followsTheSourceBackFromProductionToPilotAndOutOfRetirement() {
        fixture.given(observed(Phase.PRODUCTION, FIRST_SNAPSHOT))
                .when(new RecordObservedPhase(ID, Phase.PILOT, SOURCE, "status ontwikkeling", NEXT_SNAPSHOT))
                .expectEvents(new PhaseObserved(ID, Phase.PILOT, SOURCE, "status ontwikkeling", NEXT_SNAPSHOT));
        fixture.given(observed(Phase.PRODUCTION, REGISTERED),
                        new PhaseObserved(ID, Phase.RETIRED, SOURCE, "verwijderd uit het Algoritmeregister",
                                FIRST_SNAPSHOT))
                .when(new RecordObservedPhase(ID, Phase.PRODUCTION, SOURCE, "status in_gebruik", NEXT_SNAPSHOT))
                .expectEvents(new PhaseObserved(ID, Phase.PRODUCTION, SOURCE, "status in_gebruik", NEXT_SNAPSHOT));
    }

    @Test
    void takesReportedStepsAgainOnceTheSourceShowsARetiredApplicationInUse() {
        Object[] retiredThenBack = {observed(Phase.PRODUCTION, REGISTERED),
                new Retired(ID, "buiten gebruik gesteld", FIRST_SNAPSHOT),
                new PhaseObserved(ID, Phase.PRODUCTION, SOURCE, "status in_gebruik", NEXT_SNAPSHOT)};
        fixture.given(retiredThenBack)
                .when(new SignOffRole(ID, Role.CIO, "A. Jansen", NEXT_SNAPSHOT))
                .expectEvents(new RoleSignedOff(ID, Role.CIO, "A. Jansen", NEXT_SNAPSHOT));
    }

    @Test
    void keepsObservedPhaseChangesInValidTimeOrder() {
        fixture.given(observed(Phase.PILOT, REGISTERED), new MovedToProduction(ID, NEXT_SNAPSHOT))
                .when(new RecordObservedPhase(ID, Phase.RETIRED, SOURCE, "status buiten_gebruik", FIRST_SNAPSHOT))
                .expectNoEvents()
                .expectException(LifecycleConflictException.class);
        fixture.given(observed(Phase.PILOT, FIRST_SNAPSHOT))
                .when(new RecordObservedPhase(ID, Phase.PRODUCTION, SOURCE, "status in_gebruik", REGISTERED))
                .expectNoEvents()
                .expectException(LifecycleConflictException.class);
    }

    @Test
    void refusesAnObservedSuspension() {
        fixture.given(observed(Phase.PRODUCTION, FIRST_SNAPSHOT))
                .when(new RecordObservedPhase(ID, Phase.SUSPENDED, SOURCE, "geschorst", NEXT_SNAPSHOT))
                .expectNoEvents()
                .expectException(LifecycleConflictException.class);
    }

    @Test
    void recordsObservedDetailsOfARetiredApplicationWithoutTheGate() {
        DetailsAmendment renamed = new DetailsAmendment("Chatbot Guus 3.1", "Publieke dienstverlening", true, null,
                null, null, null, null, null, null, null);
        fixture.given(observed(Phase.RETIRED, FIRST_SNAPSHOT))
                .when(new RecordObservedDetails(ID, renamed, SOURCE, NEXT_SNAPSHOT))
                .expectEvents(new DetailsAmended(ID, renamed, SOURCE, NEXT_SNAPSHOT));
        fixture.given(observed(Phase.PILOT, FIRST_SNAPSHOT))
                .when(new RecordObservedDetails(ID, new DetailsAmendment(null, null, null, null, null, null, null,
                        null, null, null, null), SOURCE, NEXT_SNAPSHOT))
                .expectNoEvents()
                .expectException(LifecycleConflictException.class);
    }

    @Test
    void movesTheApplicationToTheOrganisationTheSourceNowShows() {
        fixture.given(observed(Phase.PRODUCTION, FIRST_SNAPSHOT))
                .when(new RecordObservedOwner(ID, "stichting-bureau-informatiediensten-nederland", SOURCE,
                        NEXT_SNAPSHOT))
                .expectEvents(new OwnerObserved(ID, "stichting-bureau-informatiediensten-nederland", SOURCE,
                        NEXT_SNAPSHOT));
        fixture.given(observed(Phase.PRODUCTION, FIRST_SNAPSHOT))
                .when(new RecordObservedOwner(ID, ORGANISATION, SOURCE, NEXT_SNAPSHOT))
                .expectNoEvents()
                .expectException(LifecycleConflictException.class);
    }

    @Test
    void foldsObservationsIntoTheStateThatReadModelsShareWithTheAggregate() {
        ApplicationState state = ApplicationState.NONE.fold(observed(Phase.PRODUCTION, REGISTERED));
        state = state.fold(new Suspended(ID, Phase.PRODUCTION, "incident", FIRST_SNAPSHOT));
        state = state.fold(new PhaseObserved(ID, Phase.PRODUCTION, SOURCE, "status in_gebruik", NEXT_SNAPSHOT));
        state = state.fold(new OwnerObserved(ID, "gemeente-sudwest-fryslan", SOURCE, NEXT_SNAPSHOT));
        state = state.fold(new DetailsAmended(ID, new DetailsAmendment("Nieuwe naam", null, null, null, null, null, null,
                null, null, "11234933", null), SOURCE, NEXT_SNAPSHOT));

        assertThat(state.phase()).isEqualTo(Phase.PRODUCTION);
        assertThat(state.suspendedPhase()).isNull();
        assertThat(state.lastPhaseChangeAt()).isEqualTo(NEXT_SNAPSHOT);
        assertThat(state.organisationId()).isEqualTo("gemeente-sudwest-fryslan");
        assertThat(state.details().name()).isEqualTo("Nieuwe naam");
        assertThat(state.details().lars()).isEqualTo("11234933");
        assertThat(state.version()).isEqualTo(4);
    }

    @Test
    void judgesGenerativeUseKnownOnlyFromTheRegisterUnknownNotAViolation() {
        ApplicationState state = ApplicationState.NONE.fold(observed(Phase.PRODUCTION, REGISTERED));
        state = state.fold(new PhaseObserved(ID, Phase.PRODUCTION, SOURCE, "status in_gebruik", FIRST_SNAPSHOT));

        Compliance verdict = judge(state, NEXT_SNAPSHOT);
        assertThat(verdict.status()).isEqualTo(ComplianceStatus.UNKNOWN);
        assertThat(verdict.unmet()).isEmpty();
    }

    @Test
    void judgesItOnceItsOrganisationRecordsAStepOfItsOwn() {
        ApplicationState state = ApplicationState.NONE.fold(observed(Phase.PRODUCTION, REGISTERED));
        state = state.fold(new RoleSignedOff(ID, Role.CIO, "A. Jansen", FIRST_SNAPSHOT));

        Compliance verdict = judge(state, NEXT_SNAPSHOT);
        assertThat(verdict.status()).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(verdict.unmet()).extracting(violation -> violation.rule().id()).containsExactly(RuleId.R1, RuleId.R3);
    }

    private static Compliance judge(ApplicationState state, Instant at) {
        return new ComplianceEvaluator(PolicyCatalogue.standard()).judge(state, GovernmentLayer.RIJK, at);
    }
}
