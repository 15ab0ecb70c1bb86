package nl.overheid.ailedger.core.algoritmeregister;

import static nl.overheid.ailedger.core.algoritmeregister.ImportPlanner.SOURCE;
import static nl.overheid.ailedger.core.algoritmeregister.ImportPlanner.applicationId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.DetailsAmendment;
import nl.overheid.ailedger.core.api.application.ImpactAssessment;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RecordObservedDetails;
import nl.overheid.ailedger.core.api.application.RecordObservedOwner;
import nl.overheid.ailedger.core.api.application.RecordObservedPhase;
import nl.overheid.ailedger.core.api.application.RecordObservedRegistration;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.core.api.organisation.RegisterOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a snapshot changes, worked out against what the register showed before, without any database. */
class ImportPlannerTest {

    private static final LocalDate MAY = LocalDate.parse("2026-05-13");
    private static final LocalDate JUNE = LocalDate.parse("2026-06-09");
    private static final Instant JUNE_START = Instant.parse("2026-06-09T00:00:00Z");

    private final ImportPlanner planner = new ImportPlanner(GenerativeAiKeywords.standard(), LayerRules.standard());
    /** The import's bookkeeping, kept here as the import keeps it in its tables. */
    private final Map<String, SeenRegistration> seen = new HashMap<>();
    private final Map<String, String> named = new HashMap<>();

    @BeforeEach
    void importMay() {
        ImportPlan may = plan(MAY, List.of(),
                record("1", "Chatbot Bo", "Vragen beantwoorden", "Gemeente Goes", RegisterStatus.IN_GEBRUIK, "2024-02-06"),
                record("2", "Parkeerscan", "Kentekens lezen", "Gemeente Goes", RegisterStatus.ONTWIKKELING, null),
                record("3", "Toeslagen", "Risico's zien", "Stichting Inlichtingenbureau", RegisterStatus.IN_GEBRUIK,
                        "2026-07-01"));
        assertThat(may.counts()).isEqualTo(new ImportCounts(3, 0, 0, 0, 2));
    }

    @Test
    void registersWhatItSeesForTheFirstTimeWithItsOrganisations() {
        assertThat(seen).hasSize(3);
        assertThat(named).containsOnly(Map.entry("gemeente-goes", "gemeente-goes"),
                Map.entry("stichting-inlichtingenbureau", "stichting-inlichtingenbureau"));
    }

    @Test
    void registersOnTheRegistrationDateWhenItIsNotAfterTheSnapshot() {
        ImportPlan plan = new ImportPlanner(GenerativeAiKeywords.standard(), LayerRules.standard()).plan(
                new Snapshot(MAY, List.of(
                        record("1", "Chatbot Bo", "Vragen beantwoorden", "Gemeente Goes", RegisterStatus.IN_GEBRUIK,
                                "2024-02-06"),
                        record("3", "Toeslagen", null, "Stichting Inlichtingenbureau", RegisterStatus.IN_GEBRUIK,
                                "2026-07-01"))),
                Map.of(), Map.of(), List.of());
        assertThat(plan.commands()).containsExactly(
                new RegisterOrganisation("gemeente-goes", "Gemeente Goes", GovernmentLayer.GEMEENTE,
                        Instant.parse("2024-02-06T00:00:00Z")),
                new RecordObservedRegistration(applicationId("1"), "gemeente-goes", Phase.PRODUCTION,
                        new ApplicationDetails("Chatbot Bo", "Vragen beantwoorden", true, null, null,
                                Procurement.CONTRACTED, false, false, AiActRiskClass.UNDETERMINED, "1", ImpactAssessment.UNKNOWN),
                        SOURCE, Instant.parse("2024-02-06T00:00:00Z")),
                new RegisterOrganisation("stichting-inlichtingenbureau", "Stichting Inlichtingenbureau",
                        GovernmentLayer.OVERIG, Instant.parse("2026-05-13T00:00:00Z")),
                new RecordObservedRegistration(applicationId("3"), "stichting-inlichtingenbureau", Phase.PRODUCTION,
                        new ApplicationDetails("Toeslagen", null, false, null, null, Procurement.CONTRACTED, false,
                                false, AiActRiskClass.UNDETERMINED, "3", ImpactAssessment.UNKNOWN),
                        SOURCE, Instant.parse("2026-05-13T00:00:00Z")));
    }

    @Test
    void changesNothingForTheSameSnapshotAgain() {
        ImportPlan again = plan(MAY, List.of(),
                record("1", "Chatbot Bo", "Vragen beantwoorden", "Gemeente Goes", RegisterStatus.IN_GEBRUIK, "2024-02-06"),
                record("2", "Parkeerscan", "Kentekens lezen", "Gemeente Goes", RegisterStatus.ONTWIKKELING, null),
                record("3", "Toeslagen", "Risico's zien", "Stichting Inlichtingenbureau", RegisterStatus.IN_GEBRUIK,
                        "2026-07-01"));
        assertThat(again.commands()).isEmpty();
        assertThat(again.changedRegistrations()).isEmpty();
        assertThat(again.counts()).isEqualTo(new ImportCounts(0, 0, 0, 3, 0));
    }

    @Test
    void recordsStatusChangesTextChangesMovesAndRemovalsOnTheSnapshotDate() {
        ImportPlan june = plan(JUNE, List.of(),
                record("1", "Chatbot Bo", "Vragen over belastingen beantwoorden", "Gemeente Goes",
                        RegisterStatus.IN_GEBRUIK, "2024-02-06"),
                record("2", "Parkeerscan", "Kentekens lezen", "Gemeente goes", RegisterStatus.IN_GEBRUIK, null),
                record("4", "Nieuw", "Iets nieuws", "Gemeente Goes", RegisterStatus.IN_GEBRUIK, null));
        assertThat(june.commands()).containsExactly(
                new RecordObservedDetails(applicationId("1"), new DetailsAmendment(null,
                        "Vragen over belastingen beantwoorden", null, null, null, null, null, null, null, null, null),
                        SOURCE, JUNE_START),
                new RecordObservedPhase(applicationId("2"), Phase.PRODUCTION, SOURCE,
                        "in het Algoritmeregister met status in_gebruik", JUNE_START),
                new RecordObservedRegistration(applicationId("4"), "gemeente-goes", Phase.PRODUCTION,
                        new ApplicationDetails("Nieuw", "Iets nieuws", false, null, null, Procurement.CONTRACTED,
                                false, false, AiActRiskClass.UNDETERMINED, "4", ImpactAssessment.UNKNOWN), SOURCE, JUNE_START),
                new RecordObservedPhase(applicationId("3"), Phase.RETIRED, SOURCE,
                        "verwijderd uit het Algoritmeregister", JUNE_START));
        assertThat(june.counts()).isEqualTo(new ImportCounts(1, 2, 1, 0, 0));
        assertThat(seen.get("3").removedOn()).isEqualTo(JUNE);
    }

    @Test
    void followsAnApplicationToTheOrganisationTheRegisterNowShows() {
        ImportPlan june = plan(JUNE, List.of(),
                record("1", "Chatbot Bo", "Vragen beantwoorden", "Gemeente Goes", RegisterStatus.IN_GEBRUIK, "2024-02-06"),
                record("2", "Parkeerscan", "Kentekens lezen", "Gemeente Goes", RegisterStatus.ONTWIKKELING, null),
                record("3", "Toeslagen", "Risico's zien", "Stichting Bureau Informatiediensten Nederland",
                        RegisterStatus.IN_GEBRUIK, null));
        assertThat(june.commands()).containsExactly(
                new RegisterOrganisation("stichting-bureau-informatiediensten-nederland",
                        "Stichting Bureau Informatiediensten Nederland", GovernmentLayer.OVERIG, JUNE_START),
                new RecordObservedOwner(applicationId("3"), "stichting-bureau-informatiediensten-nederland", SOURCE,
                        JUNE_START));
        assertThat(june.counts()).isEqualTo(new ImportCounts(0, 1, 0, 2, 1));
    }

    @Test
    void bringsARemovedRegistrationBackAndDoesNotRemoveItTwice() {
        plan(JUNE, List.of(),
                record("1", "Chatbot Bo", "Vragen beantwoorden", "Gemeente Goes", RegisterStatus.IN_GEBRUIK, "2024-02-06"));
        ImportPlan stillGone = plan(LocalDate.parse("2026-06-16"), List.of(),
                record("1", "Chatbot Bo", "Vragen beantwoorden", "Gemeente Goes", RegisterStatus.IN_GEBRUIK, "2024-02-06"),
                record("3", "Toeslagen", "Risico's zien", "Stichting Inlichtingenbureau", RegisterStatus.IN_GEBRUIK,
                        null));
        assertThat(stillGone.commands()).containsExactly(new RecordObservedPhase(applicationId("3"), Phase.PRODUCTION,
                SOURCE, "weer in het Algoritmeregister, met status in_gebruik",
                Instant.parse("2026-06-16T00:00:00Z")));
        assertThat(stillGone.counts()).isEqualTo(new ImportCounts(0, 1, 0, 1, 0));
        assertThat(seen.get("2").removedOn()).isEqualTo(JUNE);
        assertThat(seen.get("3").removed()).isFalse();
    }

    @Test
    void judgesGenerativeAiAgainOnlyWhenTheTextChanges() {
        ImportPlan june = plan(JUNE, List.of(),
                record("1", "Chatbot Bo", "Vragen beantwoorden", "Gemeente Goes", RegisterStatus.IN_GEBRUIK, "2024-02-06"),
                record("2", "Parkeerscan met ChatGPT", "Kentekens lezen", "Gemeente Goes", RegisterStatus.ONTWIKKELING,
                        null),
                record("3", "Toeslagen", "Risico's zien", "Stichting Inlichtingenbureau", RegisterStatus.IN_GEBRUIK,
                        null));
        assertThat(june.commands()).containsExactly(new RecordObservedDetails(applicationId("2"),
                new DetailsAmendment("Parkeerscan met ChatGPT", null, true, null, null, null, null, null, null, null, null),
                SOURCE, JUNE_START));
    }

    @Test
    void keepsTheEarlierJudgementWhileTheTextStaysTheSame() {
        SeenRegistration chatbot = seen.get("1");
        seen.put("1", new SeenRegistration(chatbot.registerId(), chatbot.applicationId(), chatbot.organisationId(),
                chatbot.status(), false, chatbot.nameFingerprint(), chatbot.purposeFingerprint(),
                chatbot.impactAssessment(), chatbot.url(), chatbot.firstSeenOn(), null));
        ImportPlan june = plan(JUNE, List.of(),
                record("1", "Chatbot Bo", "Vragen beantwoorden", "Gemeente Goes", RegisterStatus.IN_GEBRUIK, "2024-02-06"),
                record("2", "Parkeerscan", "Kentekens lezen", "Gemeente Goes", RegisterStatus.ONTWIKKELING, null),
                record("3", "Toeslagen", "Risico's zien", "Stichting Inlichtingenbureau", RegisterStatus.IN_GEBRUIK,
                        null));
        assertThat(june.commands()).isEmpty();
        assertThat(seen.get("1").generativeAi()).isFalse();
    }

    @Test
    void recordsAChangedImpactAssessmentAsAnObservedDetailAndKeepsTheUrlOnlyInItsBookkeeping() {
        RegisterRecord answered = new RegisterRecord("2", "Parkeerscan", "Kentekens lezen", "Gemeente Goes",
                RegisterStatus.ONTWIKKELING, "Ja", "https://algoritmes.overheid.nl/nl/algoritme/2", null);
        ImportPlan june = plan(JUNE, List.of(), answered);
        assertThat(june.commands()).containsOnly(
                new RecordObservedDetails(applicationId("2"), new DetailsAmendment(null, null, null, null, null, null,
                        null, null, null, null, ImpactAssessment.YES), SOURCE, JUNE_START),
                new RecordObservedPhase(applicationId("1"), Phase.RETIRED, SOURCE, ImportPlanner.REMOVED, JUNE_START),
                new RecordObservedPhase(applicationId("3"), Phase.RETIRED, SOURCE, ImportPlanner.REMOVED, JUNE_START));
        assertThat(june.counts().changed()).isEqualTo(1);
        assertThat(june.counts().unchanged()).isZero();
        assertThat(seen.get("2").impactAssessment()).isEqualTo("Ja");
        assertThat(seen.get("2").url()).isEqualTo("https://algoritmes.overheid.nl/nl/algoritme/2");
    }

    @Test
    void joinsAnOrganisationTheLedgerAlreadyHasByNameOrBySlug() {
        ImportPlan plan = planner.plan(new Snapshot(MAY, List.of(
                        record("8", "Uitkeringen", null, "Uitvoeringsinstituut Werknemersverzekeringen",
                                RegisterStatus.IN_GEBRUIK, null),
                        record("9", "Vergunningen", null, "Gemeente Delft", RegisterStatus.IN_GEBRUIK, null))),
                Map.of(), Map.of(), List.of(
                        new OrganisationRegistered("00000001003214345000", "UITVOERINGSINSTITUUT WERKNEMERSVERZEKERINGEN",
                                GovernmentLayer.UITVOERINGSORGANISATIE, ImportPlanner.startOf(MAY)),
                        new OrganisationRegistered("gemeente-delft", "Delft", GovernmentLayer.GEMEENTE, ImportPlanner.startOf(MAY))));
        assertThat(plan.commands()).hasSize(2).allMatch(RecordObservedRegistration.class::isInstance);
        assertThat(plan.commands()).extracting(command -> ((RecordObservedRegistration) command).organisationId())
                .containsExactly("00000001003214345000", "gemeente-delft");
        assertThat(plan.counts().organisationsCreated()).isZero();
        assertThat(plan.newOrganisations()).hasSize(2);
    }

    /** Plans a snapshot and keeps its bookkeeping, as the import does after sending the commands. */
    private ImportPlan plan(LocalDate date, List<OrganisationRegistered> registered, RegisterRecord... records) {
        ImportPlan plan = planner.plan(new Snapshot(date, List.of(records)), seen, named, registered);
        plan.newRegistrations().forEach(registration -> seen.put(registration.registerId(), registration));
        plan.changedRegistrations().forEach(registration -> seen.put(registration.registerId(), registration));
        plan.newOrganisations().forEach(organisation -> named.put(organisation.key(), organisation.organisationId()));
        return plan;
    }

    private static RegisterRecord record(String id, String title, String purpose, String organisation,
                                         RegisterStatus status, String registeredOn) {
        return new RegisterRecord(id, title, purpose, organisation, status, "Onbekend", null,
                registeredOn == null ? null : LocalDate.parse(registeredOn));
    }
}
