package nl.overheid.ailedger.core.application;

import static nl.overheid.ailedger.core.application.Applications.GEMEENTE;
import static nl.overheid.ailedger.core.application.Applications.ID;
import static nl.overheid.ailedger.core.application.Applications.ORGANISATION;
import static nl.overheid.ailedger.core.application.Applications.answers;
import static nl.overheid.ailedger.core.application.Applications.at;
import static nl.overheid.ailedger.core.application.Applications.details;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.ExceptionGrant;
import nl.overheid.ailedger.core.api.application.GrantPolicyException;
import nl.overheid.ailedger.core.api.application.MoveToProduction;
import nl.overheid.ailedger.core.api.application.MovedToProduction;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.PolicyExceptionGranted;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RegisterApplication;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.RiskAnalysisSubmitted;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.RoleSignedOff;
import nl.overheid.ailedger.core.api.application.StartPilot;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.policy.Compliance;
import nl.overheid.ailedger.core.policy.ComplianceEvaluator;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.core.policy.PolicyViolationException;
import nl.overheid.ailedger.core.policy.RuleKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Who the rules bind and from when, as the sources give it: the voorlopig standpunt binds Rijksorganisaties and
 * generative AI from December 2023, with its exception; the standpunt of 2025 binds every layer, for generative AI,
 * with a transition period until the end of 2025; the AI Act's ban of prohibited practices binds every AI system
 * from 2025-02-02. Existing use is recorded as it is and judged, never refused.
 */
class PolicyScopeTest {

    private static final Instant IN_2024 = at("2024-06-03T09:00:00Z");
    private static final Instant EARLY_2025 = at("2025-01-15T09:00:00Z");
    private static final Instant MARCH_2025 = at("2025-03-01T09:00:00Z");
    private static final Instant MID_2025 = at("2025-06-02T09:00:00Z");
    private static final Instant TRANSITION_LAST_DAY = at("2025-12-31T12:00:00Z");
    private static final Instant AFTER_TRANSITION = at("2026-01-05T09:00:00Z");
    private static final ExceptionGrant EXCEPTION = new ExceptionGrant(RuleId.R4, "CIO van het ministerie",
            "Getoetst aan de AVG en de Auteurswet: voldoet aan geldende wet- en regelgeving");

    private FixtureConfiguration<AiApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AiApplication.class);
        fixture.registerInjectableResource(Applications.gate());
    }

    private static ApplicationDetails consumerTerms() {
        return details(Procurement.CONSUMER_TERMS, false, false, AiActRiskClass.MINIMAL_RISK);
    }

    private static ApplicationDetails nonGenerative(Procurement procurement, AiActRiskClass riskClass) {
        ApplicationDetails d = details(procurement, false, false, riskClass);
        return new ApplicationDetails(d.name(), d.purpose(), false, d.model(), d.hosting(), procurement,
                d.personalData(), d.sensitiveData(), riskClass, null, null);
    }

    private static ApplicationRegistered registered(String organisation, Phase phase, ApplicationDetails details,
                                                    Instant at) {
        return new ApplicationRegistered(ID, organisation, phase, details, at);
    }

    @Nested
    class VoorlopigStandpunt {

        @Test
        void bindsAMinistryIn2024() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.EXPLORATION, consumerTerms(), IN_2024))
                    .expectNoEvents()
                    .expectException(PolicyViolationException.class)
                    .expectExceptionMessage("Refused by the policy in force: R4");
        }

        @Test
        void doesNotBindAGemeenteIn2024() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, GEMEENTE, Phase.EXPLORATION, consumerTerms(), IN_2024))
                    .expectEvents(registered(GEMEENTE, Phase.EXPLORATION, consumerTerms(), IN_2024));
        }

        @Test
        void letsARecordedExceptionCountForNonContractedUse() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.EXPLORATION, consumerTerms(),
                            List.of(EXCEPTION), IN_2024))
                    .expectResultMessagePayloadMatching(answers(1))
                    .expectEvents(registered(ORGANISATION, Phase.EXPLORATION, consumerTerms(), IN_2024),
                            new PolicyExceptionGranted(ID, RuleId.R4, EXCEPTION.grantedBy(), EXCEPTION.justification(),
                                    IN_2024));
            Instant later = at("2024-09-02T09:00:00Z");
            fixture.given(registered(ORGANISATION, Phase.EXPLORATION, consumerTerms(), IN_2024),
                            new PolicyExceptionGranted(ID, RuleId.R4, EXCEPTION.grantedBy(), EXCEPTION.justification(),
                                    IN_2024))
                    .when(new StartPilot(ID, later))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void grantsAnExceptionToAnApplicationAlreadyRegistered() {
            ApplicationDetails own = details();
            fixture.given(registered(ORGANISATION, Phase.EXPLORATION, own, IN_2024))
                    .when(new GrantPolicyException(ID, RuleId.R4, EXCEPTION.grantedBy(), EXCEPTION.justification(),
                            IN_2024))
                    .expectEvents(new PolicyExceptionGranted(ID, RuleId.R4, EXCEPTION.grantedBy(),
                            EXCEPTION.justification(), IN_2024));
        }

        @Test
        void refusesAnExceptionWhereNoRuleInForceAllowsOne() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, ORGANISATION, Phase.EXPLORATION, consumerTerms(),
                            List.of(EXCEPTION), MID_2025))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
            fixture.given(registered(GEMEENTE, Phase.EXPLORATION, details(), IN_2024))
                    .when(new GrantPolicyException(ID, RuleId.R4, "wethouder", "geen grond", IN_2024))
                    .expectNoEvents()
                    .expectException(LifecycleConflictException.class);
        }

        @Test
        void doesNotLetAnExceptionOf2024CountUnderTheStandpuntOf2025() {
            fixture.given(registered(ORGANISATION, Phase.EXPLORATION, consumerTerms(), IN_2024),
                            new PolicyExceptionGranted(ID, RuleId.R4, EXCEPTION.grantedBy(), EXCEPTION.justification(),
                                    IN_2024))
                    .when(new StartPilot(ID, MID_2025))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R4");
        }

        @Test
        void asksTheCioAndTheFgUnderTheVoorlopigStandpuntButAnyRoleUnderThatOf2025() {
            Object[] pilotWithAnAnalysis = {
                    registered(ORGANISATION, Phase.PILOT, details(), IN_2024),
                    new RiskAnalysisSubmitted(ID, "ra", RiskAnalysisKind.OTHER, "doc://ra", "ab", IN_2024),
                    new RoleSignedOff(ID, Role.PROCESS_OWNER, "P", IN_2024)};
            fixture.given(pilotWithAnAnalysis)
                    .when(new MoveToProduction(ID, at("2024-10-01T09:00:00Z")))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R2");
            fixture.given(pilotWithAnAnalysis)
                    .when(new MoveToProduction(ID, MID_2025))
                    .expectEvents(new MovedToProduction(ID, MID_2025));
        }
    }

    @Nested
    class StandpuntOf2025 {

        @Test
        void bindsAGemeente() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, GEMEENTE, Phase.EXPLORATION, consumerTerms(), MID_2025))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R4");
        }

        @Test
        void doesNotJudgeANonGenerativeApplication() {
            ApplicationDetails nonGenerative = nonGenerative(Procurement.CONSUMER_TERMS, AiActRiskClass.MINIMAL_RISK);
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, GEMEENTE, Phase.EXPLORATION, nonGenerative, MID_2025))
                    .expectEvents(registered(GEMEENTE, Phase.EXPLORATION, nonGenerative, MID_2025));
            fixture.given(registered(GEMEENTE, Phase.PILOT, nonGenerative, MID_2025))
                    .when(new MoveToProduction(ID, AFTER_TRANSITION))
                    .expectEvents(new MovedToProduction(ID, AFTER_TRANSITION));
        }

        @Test
        void asksANewDeploymentDuringTheTransitionToComplyAtOnce() {
            fixture.given(registered(GEMEENTE, Phase.PILOT, details(), MID_2025))
                    .when(new MoveToProduction(ID, at("2025-07-01T09:00:00Z")))
                    .expectNoEvents()
                    .expectExceptionMessage("Refused by the policy in force: R1, R2");
        }

        @Test
        void givesExistingUseUntilTheEndOf2025ThenCallsItOverdue() {
            ApplicationState existing = ApplicationState.NONE.fold(registered(GEMEENTE, Phase.PRODUCTION, details(), MID_2025));

            assertThat(judge(existing, GovernmentLayer.GEMEENTE, TRANSITION_LAST_DAY).status())
                    .isEqualTo(ComplianceStatus.NON_COMPLIANT);
            assertThat(judge(existing, GovernmentLayer.GEMEENTE, AFTER_TRANSITION).status())
                    .isEqualTo(ComplianceStatus.OVERDUE);
        }
    }

    @Nested
    class ProhibitedPractices {

        @Test
        void refuseAPilotOfAnyAiSystemFromTheSecondOfFebruary2025() {
            ApplicationDetails prohibited = nonGenerative(Procurement.OWN_DEVELOPMENT, AiActRiskClass.PROHIBITED);
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, GEMEENTE, Phase.PILOT, prohibited, MARCH_2025))
                    .expectNoEvents()
                    .expectException(PolicyViolationException.class)
                    .expectExceptionMessage("Refused by the policy in force: R6");
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, GEMEENTE, Phase.PILOT, prohibited, EARLY_2025))
                    .expectEvents(registered(GEMEENTE, Phase.PILOT, prohibited, EARLY_2025));
        }

        @Test
        void nameTheLawAsTheirSource() {
            ApplicationDetails prohibited = nonGenerative(Procurement.OWN_DEVELOPMENT, AiActRiskClass.PROHIBITED);
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, GEMEENTE, Phase.PILOT, prohibited, MARCH_2025))
                    .expectException(matching(refusal -> refusal.violations().size() == 1
                            && refusal.violations().get(0).rule().kind() == RuleKind.WET
                            && refusal.violations().get(0).ruleSet().id().equals("ai-verordening-verboden-praktijken")
                            && refusal.violations().get(0).rule().source().passage().startsWith("Sommige AI-praktijken")));
        }
    }

    @Nested
    class ExistingUse {

        @Test
        void isRecordedUnderConsumerTermsAndJudgedNonCompliant() {
            ApplicationRegistered existing = registered(GEMEENTE, Phase.PRODUCTION, consumerTerms(), MID_2025);
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, GEMEENTE, Phase.PRODUCTION, consumerTerms(), MID_2025))
                    .expectEvents(existing);

            ApplicationState state = ApplicationState.NONE.fold(existing);
            Compliance verdict = judge(state, GovernmentLayer.GEMEENTE, at("2025-09-01T09:00:00Z"));
            assertThat(verdict.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
            assertThat(verdict.unmet()).extracting(violation -> violation.rule().id())
                    .containsExactly(RuleId.R1, RuleId.R2, RuleId.R4);
        }

        @Test
        void ofAProhibitedPracticeIsRecordedAndJudgedByTheLaw() {
            ApplicationDetails prohibited = nonGenerative(Procurement.OWN_DEVELOPMENT, AiActRiskClass.PROHIBITED);
            ApplicationRegistered existing = registered(GEMEENTE, Phase.PRODUCTION, prohibited, MARCH_2025);
            fixture.givenNoPriorActivity()
                    .when(new RegisterApplication(ID, GEMEENTE, Phase.PRODUCTION, prohibited, MARCH_2025))
                    .expectEvents(existing);

            ApplicationState state = ApplicationState.NONE.fold(existing);
            Compliance verdict = judge(state, GovernmentLayer.GEMEENTE, MID_2025);
            assertThat(verdict.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
            assertThat(verdict.unmet()).extracting(violation -> violation.rule().id()).containsExactly(RuleId.R6);
        }

        @Test
        void ofANonGenerativeApplicationIsNotJudgedCompliantByTheLedger() {
            ApplicationState state = ApplicationState.NONE.fold(registered(GEMEENTE, Phase.PRODUCTION,
                    nonGenerative(Procurement.CONTRACTED, AiActRiskClass.UNDETERMINED), MID_2025));
            assertThat(judge(state, GovernmentLayer.GEMEENTE, AFTER_TRANSITION).status())
                    .isEqualTo(ComplianceStatus.NOT_APPLICABLE);
        }
    }

    private static Compliance judge(ApplicationState state, GovernmentLayer layer, Instant at) {
        return new ComplianceEvaluator(PolicyCatalogue.standard()).judge(state, layer, at);
    }

    private static Matcher<PolicyViolationException> matching(Predicate<PolicyViolationException> test) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(PolicyViolationException refusal) {
                return test.test(refusal);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal naming the AI Act as its source");
            }
        };
    }
}
