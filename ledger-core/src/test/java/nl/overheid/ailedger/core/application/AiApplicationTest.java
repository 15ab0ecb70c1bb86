package nl.overheid.ailedger.core.application;

import static nl.overheid.ailedger.core.application.Applications.ID;
import static nl.overheid.ailedger.core.application.Applications.ORGANISATION;
import static nl.overheid.ailedger.core.application.Applications.answers;
import static nl.overheid.ailedger.core.application.Applications.at;
import static nl.overheid.ailedger.core.application.Applications.details;
import static nl.overheid.ailedger.core.application.Applications.registered;

import java.time.Instant;

import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.ForeignCallerException;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.AmendDetails;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApproveRiskAnalysis;
import nl.overheid.ailedger.core.api.application.DetailsAmended;
import nl.overheid.ailedger.core.api.application.DetailsAmendment;
import nl.overheid.ailedger.core.api.application.IncidentReported;
import nl.overheid.ailedger.core.api.application.IncidentSeverity;
import nl.overheid.ailedger.core.api.application.MoveToProduction;
import nl.overheid.ailedger.core.api.application.MovedToProduction;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.PilotStarted;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RecordSupplierAgreement;
import nl.overheid.ailedger.core.api.application.RegisterApplication;
import nl.overheid.ailedger.core.api.application.RejectRiskAnalysis;
import nl.overheid.ailedger.core.api.application.ReportIncident;
import nl.overheid.ailedger.core.api.application.ResumeApplication;
import nl.overheid.ailedger.core.api.application.Resumed;
import nl.overheid.ailedger.core.api.application.RetireApplication;
import nl.overheid.ailedger.core.api.application.Retired;
import nl.overheid.ailedger.core.api.application.RiskAnalysisApproved;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.RiskAnalysisRejected;
import nl.overheid.ailedger.core.api.application.RiskAnalysisSubmitted;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.RoleSignedOff;
import nl.overheid.ailedger.core.api.application.SignOffRole;
import nl.overheid.ailedger.core.api.application.StartPilot;
import nl.overheid.ailedger.core.api.application.SubmitRiskAnalysis;
import nl.overheid.ailedger.core.api.application.SupplierAgreementRecorded;
import nl.overheid.ailedger.core.api.application.SuspendApplication;
import nl.overheid.ailedger.core.api.application.Suspended;
import nl.overheid.ailedger.core.policy.PolicyViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AiApplicationTest {

    /** Under the standpunt of 2025 (in force from 2025-04-16). */
    private static final Instant REGISTERED = at("2025-05-01T09:00:00Z");
    private static final Instant PILOT = at("2025-05-10T09:00:00Z");
    private static final Instant PREPARED = at("2025-06-01T09:00:00Z");
    private static final Instant MOVE = at("2025-07-01T09:00:00Z");
    private static final Instant LATER = at("2025-08-01T09:00:00Z");

    private FixtureConfiguration<AiApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AiApplication.class);
        fixture.registerInjectableResource(Applications.gate());
    }

    private static Object[] pilotWithAnalysisAndSignOffs(ApplicationDetails details, Role... roles) {
        Object[] events = new Object[4 + roles.length];
        events[0] = registered(Phase.EXPLORATION, details, REGISTERED);
        events[1] = new PilotStarted(ID, PILOT);
        events[2] = new RiskAnalysisSubmitted(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", PREPARED);
        events[3] = new RiskAnalysisApproved(ID, "ra-1", Role.FG, PREPARED);
        for (int i = 0; i < roles.length; i++) {
            events[4 + i] = new RoleSignedOff(ID, roles[i], "J. de Vries", PREPARED);
        }
        return events;
    }

    @Nested
    class Registration {

        @Test
        void registersAnExplorationWithinPolicy() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.EXPLORATION, details(), REGISTERED))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayloadMatching(answers(0))
                    .expectEvents(registered(Phase.EXPLORATION, details(), REGISTERED));
        }

        @Test
        void acceptsExistingUseInProductionWithoutItsRequirements() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.PRODUCTION, details(), REGISTERED))
                    .expectEvents(registered(Phase.PRODUCTION, details(), REGISTERED));
        }

        @Test
        void refusesANewExplorationOrPilotUnderConsumerTerms() {
            ApplicationDetails consumer = details(Procurement.CONSUMER_TERMS, false, false, AiActRiskClass.MINIMAL_RISK);
            for (Phase phase : new Phase[] {Phase.EXPLORATION, Phase.PILOT}) {
                fixture.givenNoPriorActivity()
                        .when(new RegisterApplication(ID, ORGANISATION, phase, consumer, REGISTERED))
                        .expectNoEvents()
                        .expectException(PolicyViolationException.class)
                        .expectExceptionMessage("Refused by the policy in force: R4");
            }
        }

        @Test
        void recordsExistingUseUnderConsumerTermsAsItIs() {
            ApplicationDetails consumer = details(Procurement.CONSUMER_TERMS, false, false, AiActRiskClass.MINIMAL_RISK);
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.PRODUCTION, consumer, REGISTERED))
                    .expectEvents(registered(Phase.PRODUCTION, consumer, REGISTERED));
        }

        @Test
        void refusesSensitiveDataInAnExploration() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.EXPLORATION,
                            details(Procurement.OWN_DEVELOPMENT, true, true, AiActRiskClass.MINIMAL_RISK), REGISTERED))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R5");
        }

        @Test
        void allowsSensitiveDataInAPilot() {
            ApplicationDetails sensitive = details(Procurement.OWN_DEVELOPMENT, true, true, AiActRiskClass.MINIMAL_RISK);
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.PILOT, sensitive, REGISTERED))
                    .expectEvents(registered(Phase.PILOT, sensitive, REGISTERED));
        }

        @Test
        void refusesANewPilotOfAProhibitedPracticeButNotAnExplorationNorExistingUse() {
            ApplicationDetails prohibited = details(Procurement.OWN_DEVELOPMENT, false, false, AiActRiskClass.PROHIBITED);
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.PILOT, prohibited, REGISTERED))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R6");
            for (Phase phase : new Phase[] {Phase.EXPLORATION, Phase.PRODUCTION}) {
                fixture.givenNoPriorActivity()
                        .when(new RegisterApplication(ID, ORGANISATION, phase, prohibited, REGISTERED))
                        .expectEvents(registered(phase, prohibited, REGISTERED));
            }
        }

        @Test
        void reportsEveryUnmetRuleOfARegistration() {
            ApplicationDetails everythingWrong = details(Procurement.CONSUMER_TERMS, true, true, AiActRiskClass.MINIMAL_RISK);
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.EXPLORATION, everythingWrong, REGISTERED))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R4, R5");
        }

        @Test
        void refusesASecondRegistrationWithTheSameId() {
            fixture.given(registered(Phase.EXPLORATION, details(), REGISTERED))
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.PILOT, details(), LATER))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void refusesRegistrationAsSuspendedOrRetired() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.RETIRED, details(), REGISTERED))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void refusesNothingBeforeTheFirstRuleSetWasInForce() {
            ApplicationDetails consumer = details(Procurement.CONSUMER_TERMS, false, true, AiActRiskClass.MINIMAL_RISK);
            Instant beforeVoorlopigStandpunt = at("2023-06-01T09:00:00Z");
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.EXPLORATION, consumer, beforeVoorlopigStandpunt))
                    .expectEvents(registered(Phase.EXPLORATION, consumer, beforeVoorlopigStandpunt));
        }
    }

    @Nested
    class Pilot {

        @Test
        void startsAPilotFromAnExploration() {
            fixture.given(registered(Phase.EXPLORATION, details(), REGISTERED))
                    .when(new StartPilot(ID, PILOT))
                    .expectResultMessagePayloadMatching(answers(1))
                    .expectEvents(new PilotStarted(ID, PILOT));
        }

        @Test
        void refusesAPilotOfAnApplicationInProduction() {
            fixture.given(registered(Phase.PRODUCTION, details(), REGISTERED))
                    .when(new StartPilot(ID, PILOT))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void refusesAPilotOfAProhibitedPractice() {
            fixture.given(registered(Phase.EXPLORATION,
                            details(Procurement.OWN_DEVELOPMENT, false, false, AiActRiskClass.PROHIBITED), REGISTERED))
                    .when(new StartPilot(ID, PILOT))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R6");
        }
    }

    @Nested
    class Production {

        @Test
        void movesToProductionWithARiskAnalysisAndARoleInvolved() {
            fixture.given(pilotWithAnalysisAndSignOffs(details(), Role.PROCESS_OWNER))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectEvents(new MovedToProduction(ID, MOVE));
        }

        @Test
        void refusesProductionWithoutAnyRoleInvolvedNamingR2Only() {
            fixture.given(pilotWithAnalysisAndSignOffs(details()))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectNoEvents()
                    .expectException(PolicyViolationException.class)
                    .expectExceptionMessage("Refused by the policy in force: R2");
        }

        @Test
        void countsASubmittedAnalysisOfAnyKindNotOnlyAnApprovedDpia() {
            fixture.given(registered(Phase.PILOT, details(Procurement.OWN_DEVELOPMENT, true, false,
                                    AiActRiskClass.HIGH_RISK), REGISTERED),
                            new RiskAnalysisSubmitted(ID, "sec", RiskAnalysisKind.SECURITY, "doc://sec", "cd34", PREPARED),
                            new RoleSignedOff(ID, Role.LEGAL, "B", PREPARED))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectEvents(new MovedToProduction(ID, MOVE));
        }

        @Test
        void refusesAContractedApplicationWithoutSupplierAgreementNamingR3() {
            ApplicationDetails contracted = details(Procurement.CONTRACTED, false, false, AiActRiskClass.MINIMAL_RISK);
            fixture.given(pilotWithAnalysisAndSignOffs(contracted, Role.CIO))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R3");
        }

        @Test
        void acceptsAContractedApplicationOnceTheSupplierAgreementIsRecorded() {
            ApplicationDetails contracted = details(Procurement.CONTRACTED, false, false, AiActRiskClass.MINIMAL_RISK);
            fixture.given(pilotWithAnalysisAndSignOffs(contracted, Role.CIO))
                    .andGiven(new SupplierAgreementRecorded(ID, "Leverancier BV", "OVK-2025-7", true, PREPARED))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectEvents(new MovedToProduction(ID, MOVE));
        }

        @Test
        void reportsEveryUnmetRuleAtOnce() {
            ApplicationDetails contracted = details(Procurement.CONTRACTED, false, false, AiActRiskClass.MINIMAL_RISK);
            fixture.given(registered(Phase.PILOT, contracted, REGISTERED))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R1, R2, R3");
        }

        @Test
        void refusesAProhibitedPracticeEvenWithEverythingElseInPlace() {
            fixture.given(pilotWithAnalysisAndSignOffs(details(), Role.CIO, Role.FG))
                    .andGiven(new DetailsAmended(ID, amendRiskClass(AiActRiskClass.PROHIBITED), PREPARED))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R6");
        }

        @Test
        void judgesAMoveDatedUnderTheVoorlopigStandpuntByThatRuleSet() {
            Object[] onlyTheCio = {
                    registered(Phase.PILOT, details(), at("2024-03-01T09:00:00Z")),
                    new RiskAnalysisSubmitted(ID, "dpia", RiskAnalysisKind.DPIA, "doc://dpia", "cd34",
                            at("2024-04-01T09:00:00Z")),
                    new RoleSignedOff(ID, Role.CIO, "A", at("2024-04-03T09:00:00Z"))};
            Instant in2024 = at("2024-06-01T09:00:00Z");
            fixture.given(onlyTheCio)
                    .when(new MoveToProduction(ID, in2024))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R2");
            fixture.given(onlyTheCio)
                    .when(new MoveToProduction(ID, MOVE))
                    .expectEvents(new MovedToProduction(ID, MOVE));
        }

        @Test
        void doesNotCountAnAnalysisSubmittedAfterTheMove() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED),
                            new RiskAnalysisSubmitted(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", LATER),
                            new RoleSignedOff(ID, Role.CIO, "A", PREPARED))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R1");
        }

        @Test
        void doesNotCountASignOffDatedAfterTheMove() {
            fixture.given(pilotWithAnalysisAndSignOffs(details()))
                    .andGiven(new RoleSignedOff(ID, Role.FG, "B", LATER))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R2");
        }

        @Test
        void doesNotCountARejectedAnalysis() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED),
                            new RiskAnalysisSubmitted(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", PREPARED),
                            new RiskAnalysisRejected(ID, "ra-1", "onvolledig", PREPARED),
                            new RoleSignedOff(ID, Role.CIO, "A", PREPARED))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R1");
        }

        @Test
        void countsAnAnalysisThatWasRejectedOnlyAfterTheMove() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED),
                            new RiskAnalysisSubmitted(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", PREPARED),
                            new RiskAnalysisRejected(ID, "ra-1", "achteraf onvolledig", LATER),
                            new RoleSignedOff(ID, Role.CIO, "A", PREPARED))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectEvents(new MovedToProduction(ID, MOVE));
        }

        @Test
        void refusesAMoveOfAnApplicationAlreadyInProduction() {
            fixture.given(registered(Phase.PRODUCTION, details(), REGISTERED))
                    .when(new MoveToProduction(ID, MOVE))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    @Nested
    class RiskAnalyses {

        @Test
        void submitsApprovesAndRejectsAnalyses() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED))
                    .when(new SubmitRiskAnalysis(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", PREPARED))
                    .expectEvents(new RiskAnalysisSubmitted(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", PREPARED));
            fixture.given(registered(Phase.PILOT, details(), REGISTERED),
                            new RiskAnalysisSubmitted(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", PREPARED))
                    .when(new ApproveRiskAnalysis(ID, "ra-1", Role.FG, MOVE))
                    .expectEvents(new RiskAnalysisApproved(ID, "ra-1", Role.FG, MOVE));
            fixture.given(registered(Phase.PILOT, details(), REGISTERED),
                            new RiskAnalysisSubmitted(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", PREPARED))
                    .when(new RejectRiskAnalysis(ID, "ra-1", "onvolledig", MOVE))
                    .expectEvents(new RiskAnalysisRejected(ID, "ra-1", "onvolledig", MOVE));
        }

        @Test
        void refusesToApproveAnAnalysisThatWasNeverSubmitted() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED))
                    .when(new ApproveRiskAnalysis(ID, "ra-1", Role.FG, MOVE))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class)
                    .expectExceptionMessage("risk analysis ra-1 was never submitted");
        }

        @Test
        void refusesToDecideTwiceOnOneAnalysis() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED),
                            new RiskAnalysisSubmitted(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", PREPARED),
                            new RiskAnalysisApproved(ID, "ra-1", Role.FG, PREPARED))
                    .when(new RejectRiskAnalysis(ID, "ra-1", "toch niet", MOVE))
                    .expectNoEvents()
                    .expectExceptionMessage("risk analysis ra-1 was already approved");
        }

        @Test
        void refusesASecondSubmissionUnderTheSameAnalysisId() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED),
                            new RiskAnalysisSubmitted(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", PREPARED))
                    .when(new SubmitRiskAnalysis(ID, "ra-1", RiskAnalysisKind.IAMA, "doc://iama", "cd34", MOVE))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void refusesADecisionDatedBeforeTheSubmission() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED),
                            new RiskAnalysisSubmitted(ID, "ra-1", RiskAnalysisKind.DPIA, "doc://dpia", "ab12", MOVE))
                    .when(new ApproveRiskAnalysis(ID, "ra-1", Role.FG, PREPARED))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    @Nested
    class SignOffsAgreementsAndIncidents {

        @Test
        void recordsSignOffsSupplierAgreementsAndIncidents() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED))
                    .when(new SignOffRole(ID, Role.CIO, "A. Jansen", PREPARED))
                    .expectEvents(new RoleSignedOff(ID, Role.CIO, "A. Jansen", PREPARED));
            fixture.given(registered(Phase.PILOT, details(), REGISTERED))
                    .when(new RecordSupplierAgreement(ID, "Leverancier BV", "OVK-1", true, PREPARED))
                    .expectEvents(new SupplierAgreementRecorded(ID, "Leverancier BV", "OVK-1", true, PREPARED));
            fixture.given(registered(Phase.PRODUCTION, details(), REGISTERED))
                    .when(new ReportIncident(ID, IncidentSeverity.HIGH, "onjuiste samenvatting", LATER))
                    .expectEvents(new IncidentReported(ID, IncidentSeverity.HIGH, "onjuiste samenvatting", LATER));
        }

        @Test
        void refusesAnEventDatedBeforeTheRegistration() {
            fixture.given(registered(Phase.PILOT, details(), PREPARED))
                    .when(new SignOffRole(ID, Role.CIO, "A. Jansen", REGISTERED))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    @Nested
    class SuspensionAndRetirement {

        @Test
        void suspendsAndResumesInThePhaseItLeft() {
            fixture.given(registered(Phase.PRODUCTION, details(), REGISTERED))
                    .when(new SuspendApplication(ID, "incident", PREPARED))
                    .expectEvents(new Suspended(ID, Phase.PRODUCTION, "incident", PREPARED));
            fixture.given(registered(Phase.PRODUCTION, details(), REGISTERED),
                            new Suspended(ID, Phase.PRODUCTION, "incident", PREPARED))
                    .when(new ResumeApplication(ID, MOVE))
                    .expectEvents(new Resumed(ID, Phase.PRODUCTION, MOVE));
        }

        @Test
        void refusesToResumeWhatIsNotSuspended() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED))
                    .when(new ResumeApplication(ID, MOVE))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void refusesToSuspendTwice() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED),
                            new Suspended(ID, Phase.PILOT, "incident", PREPARED))
                    .when(new SuspendApplication(ID, "again", MOVE))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void refusesAPhaseChangeDatedBeforeTheLastOne() {
            fixture.given(registered(Phase.EXPLORATION, details(), REGISTERED), new PilotStarted(ID, MOVE))
                    .when(new SuspendApplication(ID, "incident", PREPARED))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void retiresFromAnyPhaseButRetired() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED),
                            new Suspended(ID, Phase.PILOT, "incident", PREPARED))
                    .when(new RetireApplication(ID, "vervangen", MOVE))
                    .expectEvents(new Retired(ID, "vervangen", MOVE));
        }

        @Test
        void refusesEveryEventAfterRetirement() {
            Object[] retired = {registered(Phase.PILOT, details(), REGISTERED), new Retired(ID, "gestopt", PREPARED)};
            Object[] commands = {
                    new StartPilot(ID, LATER),
                    new SubmitRiskAnalysis(ID, "ra-9", RiskAnalysisKind.DPIA, "doc://x", "00", LATER),
                    new SignOffRole(ID, Role.CIO, "A", LATER),
                    new RecordSupplierAgreement(ID, "L", "R", false, LATER),
                    new MoveToProduction(ID, LATER),
                    new SuspendApplication(ID, "x", LATER),
                    new ResumeApplication(ID, LATER),
                    new ReportIncident(ID, IncidentSeverity.LOW, "x", LATER),
                    new AmendDetails(ID, new DetailsAmendment("Nieuw", null, null, null, null, null, null, null, null,
                            null, null), LATER),
                    new RetireApplication(ID, "again", LATER)};
            for (Object command : commands) {
                fixture.given(retired)
                        .when(command)
                        .expectNoEvents()
                        .expectException(LifecycleConflictException.class)
                        .expectExceptionMessage("application " + ID + " is retired");
            }
        }
    }

    @Nested
    class Amendments {

        @Test
        void amendsDetails() {
            DetailsAmendment renamed = new DetailsAmendment("Woo-samenvatter", null, null, null, null, null, null, null,
                    null, "12345678", null);
            fixture.given(registered(Phase.PILOT, details(), REGISTERED))
                    .when(new AmendDetails(ID, renamed, PREPARED))
                    .expectEvents(new DetailsAmended(ID, renamed, PREPARED));
        }

        @Test
        void refusesAnAmendmentOfAPilotToConsumerTerms() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED))
                    .when(new AmendDetails(ID, consumerTerms(), PREPARED))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R4");
        }

        @Test
        void recordsThatUseInProductionIsUnderConsumerTerms() {
            fixture.given(registered(Phase.PRODUCTION, details(), REGISTERED))
                    .when(new AmendDetails(ID, consumerTerms(), PREPARED))
                    .expectEvents(new DetailsAmended(ID, consumerTerms(), PREPARED));
        }

        @Test
        void refusesSensitiveDataInAnExplorationByAmendment() {
            DetailsAmendment sensitive = new DetailsAmendment(null, null, null, null, null, null, null, true, null, null, null);
            fixture.given(registered(Phase.EXPLORATION, details(), REGISTERED))
                    .when(new AmendDetails(ID, sensitive, PREPARED))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R5");
        }

        @Test
        void refusesAnEmptyAmendment() {
            fixture.given(registered(Phase.PILOT, details(), REGISTERED))
                    .when(new AmendDetails(ID, new DetailsAmendment(null, null, null, null, null, null, null, null, null,
                            null, null), PREPARED))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }
    }

    private static DetailsAmendment consumerTerms() {
        return new DetailsAmendment(null, null, null, null, null, Procurement.CONSUMER_TERMS, null, null, null, null,
                null);
    }

    @Nested
    class Ownership {

        private static final String OTHER = "gemeente-utrecht";

        @Test
        void refusesAStepSentForAnotherOrganisation() {
            fixture.given(registered(Phase.EXPLORATION, details(), REGISTERED))
                    .when(new StartPilot(ID, PILOT), new CommandMetadata("cred-utrecht", OTHER).toMetaData())
                    .expectNoEvents()
                    .expectException(ForeignCallerException.class)
                    .expectExceptionMessage("application " + ID + " belongs to another organisation");
        }

        @Test
        void refusesToRegisterOverAnotherOrganisationsApplication() {
            fixture.given(registered(Phase.EXPLORATION, details(), REGISTERED))
                    .when(new RegisterApplication(ID, OTHER, Phase.EXPLORATION, details(), LATER),
                            new CommandMetadata("cred-utrecht", OTHER).toMetaData())
                    .expectNoEvents()
                    .expectException(ForeignCallerException.class);
        }

        @Test
        void acceptsTheOwnersCredentialAndThoseThatActForEveryOrganisation() {
            fixture.given(registered(Phase.EXPLORATION, details(), REGISTERED))
                    .when(new StartPilot(ID, PILOT), new CommandMetadata("cred-bzk", ORGANISATION).toMetaData())
                    .expectEvents(new PilotStarted(ID, PILOT));
            fixture.given(registered(Phase.EXPLORATION, details(), REGISTERED))
                    .when(new StartPilot(ID, PILOT), CommandMetadata.actingForAll("admin").toMetaData())
                    .expectEvents(new PilotStarted(ID, PILOT));
        }
    }

    private static DetailsAmendment amendRiskClass(AiActRiskClass riskClass) {
        return new DetailsAmendment(null, null, null, null, null, null, null, null, riskClass, null, null);
    }
}
