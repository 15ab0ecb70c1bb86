package nl.overheid.ailedger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.algoritmeregister.AlgoritmeregisterImport;
import nl.overheid.ailedger.algoritmeregister.ImportResult;
import nl.overheid.ailedger.core.api.ForeignCallerException;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.AmendDetails;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApproveRiskAnalysis;
import nl.overheid.ailedger.core.api.application.DetailsAmendment;
import nl.overheid.ailedger.core.api.application.GrantPolicyException;
import nl.overheid.ailedger.core.api.application.Hosting;
import nl.overheid.ailedger.core.api.application.IncidentSeverity;
import nl.overheid.ailedger.core.api.application.Model;
import nl.overheid.ailedger.core.api.application.ModelOrigin;
import nl.overheid.ailedger.core.api.application.MoveToProduction;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RecordObservedDetails;
import nl.overheid.ailedger.core.api.application.RecordObservedOwner;
import nl.overheid.ailedger.core.api.application.RecordObservedPhase;
import nl.overheid.ailedger.core.api.application.RecordObservedRegistration;
import nl.overheid.ailedger.core.api.application.RecordSupplierAgreement;
import nl.overheid.ailedger.core.api.application.RegisterApplication;
import nl.overheid.ailedger.core.api.application.RejectRiskAnalysis;
import nl.overheid.ailedger.core.api.application.ReportIncident;
import nl.overheid.ailedger.core.api.application.ResumeApplication;
import nl.overheid.ailedger.core.api.application.RetireApplication;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.SignOffRole;
import nl.overheid.ailedger.core.api.application.StartPilot;
import nl.overheid.ailedger.core.api.application.SubmitRiskAnalysis;
import nl.overheid.ailedger.core.api.application.SuspendApplication;
import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.ChangeDueDate;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.FulfilCommitment;
import nl.overheid.ailedger.core.api.commitment.FulfilPartly;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.LinkApplication;
import nl.overheid.ailedger.core.api.commitment.Occurrence;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.RegisterCommitment;
import nl.overheid.ailedger.core.api.commitment.ReportProgress;
import nl.overheid.ailedger.core.api.commitment.WithdrawCommitment;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.organisation.RegisterOrganisation;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.policy.PolicyViolationException;
import nl.overheid.ailedger.security.CredentialRole;
import nl.overheid.ailedger.security.LedgerPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A command decides on the events of its aggregate alone: from the moment it is sent until its events are stored, it
 * touches no table of a read model, which may not show the latest write yet. Every kind of command is sent as the
 * API sends it, two snapshots of the Algoritmeregister are imported, and the SQL of the sending thread is looked at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "ledger.demo-data=false")
@Import(SqlOfThisThread.class)
class CommandPathTest {

    /** The tables of the read models: the register, the commitments and the sealing. */
    private static final Pattern READ_MODEL = Pattern.compile("\\b(application_(current|event|snapshot|version)"
            + "|organisation_view|commitment_event|sealed_leaf|sealing_(checkpoint|state|key)"
            + "|checkpoint_cosignature)\\b");
    private static final Instant REGISTERED = Instant.parse("2025-05-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2025-06-01T09:00:00Z");
    private static final Map<String, String> STORAGE = TestStorage.fresh();

    @Autowired
    private LedgerCommands commands;
    @Autowired
    private AlgoritmeregisterImport importer;

    private final List<String> sql = new ArrayList<>();

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        STORAGE.forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void noCommandTouchesAReadModel() {
        String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
        LedgerPrincipal admin = new LedgerPrincipal("admin", CredentialRole.ADMIN, null, "admin");
        LedgerPrincipal owner = new LedgerPrincipal("cred-owner", CredentialRole.ORGANISATION, organisation, "owner");
        String id = UUID.randomUUID().toString();
        String observed = UUID.randomUUID().toString();
        String commitment = "motie-" + UUID.randomUUID().toString().substring(0, 8);

        send(admin, new RegisterOrganisation(organisation, "Gemeente Proef", GovernmentLayer.GEMEENTE, REGISTERED));
        send(owner, new RegisterApplication(id, organisation, Phase.EXPLORATION, details(), List.of(), REGISTERED));
        send(owner, new SubmitRiskAnalysis(id, "dpia", RiskAnalysisKind.DPIA,
                "doc://dpia", "ab12", REGISTERED));
        send(owner, new ApproveRiskAnalysis(id, "dpia", Role.FG, REGISTERED));
        send(owner, new SubmitRiskAnalysis(id, "iama", RiskAnalysisKind.IAMA,
                "doc://iama", "cd34", REGISTERED));
        send(owner, new RejectRiskAnalysis(id, "iama", "onvolledig", REGISTERED));
        send(owner, new SignOffRole(id, Role.CIO, "A. Jansen", REGISTERED));
        send(owner, new RecordSupplierAgreement(id, "TNO", "contract-1", true, REGISTERED));
        send(owner, new StartPilot(id, LATER));
        send(owner, new ReportIncident(id, IncidentSeverity.LOW, "storing", LATER));
        send(owner, new AmendDetails(id, new DetailsAmendment("Nieuwe naam", null, null, null, null, null, null, null,
                null, null, null), LATER));
        send(admin, new GrantPolicyException(id, RuleId.R3, "CIO Rijk", "proef", LATER));
        send(owner, new SuspendApplication(id, "incident", LATER));
        send(owner, new ResumeApplication(id, LATER));
        send(owner, new MoveToProduction(id, LATER));
        send(owner, new RetireApplication(id, "klaar", LATER));

        send(admin, new RecordObservedRegistration(observed, organisation, Phase.PRODUCTION, details(),
                "algoritmeregister", REGISTERED));
        send(admin, new RecordObservedPhase(observed, Phase.RETIRED, "algoritmeregister", "buiten gebruik", LATER));
        send(admin, new RecordObservedDetails(observed, new DetailsAmendment(null, "Ander doel", null, null, null,
                null, null, null, null, null, null), "algoritmeregister", LATER));
        send(admin, new RecordObservedOwner(observed, "org-elders", "algoritmeregister", LATER));

        send(admin, new RegisterCommitment(commitment, CommitmentKind.MOTIE, "Kamerstukken 2022/23 26 643, nr. 1003",
                new Kamerstuk("2022-2023", "26 643", "1003"), "Integrale visie", List.of("Dekker-Abdulaziz"),
                PartialDate.parse("2023-04-11"), null, PartialDate.parse("2024-01-31"), organisation, null,
                ActionLine.SAMENWERKEN, List.of("2024-01-12-beslisnota-visie-generatieve-ai.txt")));
        send(owner, new ReportProgress(commitment, "In voorbereiding", null, Occurrence.of(LATER)));
        send(owner, new LinkApplication(commitment, id, LATER));
        send(owner, new ChangeDueDate(commitment, PartialDate.parse("2026-01-31"), "later", LATER));
        send(owner, new FulfilPartly(commitment, "Tussenbrief", "deels", Occurrence.of(LATER)));
        send(owner, new FulfilCommitment(commitment, "Kamerbrief", Occurrence.of(LATER)));
        send(admin, new WithdrawCommitment(commitment, "ingehaald", Occurrence.of(LATER)));

        List<ImportResult> imported = new ArrayList<>();
        for (String day : List.of("2026-05-13", "2026-06-30")) {
            sql.addAll(SqlOfThisThread.during(() -> imported.add(importer.importSnapshot(LocalDate.parse(day),
                    snapshot(day, day.endsWith("13") ? "in_gebruik" : "buiten_gebruik"), "test", null))));
        }
        assertThat(imported).extracting(ImportResult::registered, ImportResult::organisationsCreated,
                ImportResult::changed).containsExactly(tuple(2, 1, 0), tuple(0, 0, 1));

        LedgerPrincipal stranger = new LedgerPrincipal("cred-other", CredentialRole.ORGANISATION, "org-elders", "x");
        sql.addAll(SqlOfThisThread.during(() -> assertThatThrownBy(() -> commands.send(
                new ReportIncident(id, IncidentSeverity.LOW, "niet van ons", LATER), stranger))
                .isInstanceOf(ForeignCallerException.class)));

        assertThat(sql).as("the commands were seen on their way to the event store")
                .anyMatch(statement -> statement.toLowerCase(Locale.ROOT).contains("domain_event_entry"));
        assertThat(sql).noneMatch(statement -> READ_MODEL.matcher(statement.toLowerCase(Locale.ROOT)).find());
    }

    /** Sends as the API does; a command the ledger refuses is as telling as one it stores. */
    private void send(LedgerPrincipal caller, Object command) {
        sql.addAll(SqlOfThisThread.during(() -> {
            try {
                commands.send(command, caller);
            } catch (LifecycleConflictException | PolicyViolationException refused) {
                // decided all the same
            }
        }));
    }

    /** Two registrations: one of the organisation registered above, by its name, and one of a new organisation. */
    private static byte[] snapshot(String fetchedOn, String status) {
        return """
                {"fetched_at": "%sT08:00:00Z", "count": 2, "algoritmes": [
                  {"id": "pad-1", "title": "Chatbot", "doel": "Vragen beantwoorden", "organisatie": "Gemeente Proef",
                   "status": "%s"},
                  {"id": "pad-2", "title": "Parkeerscan", "doel": "Kentekens lezen",
                   "organisatie": "Gemeente Elders", "status": "in_gebruik"}]}
                """.formatted(fetchedOn, status).getBytes(StandardCharsets.UTF_8);
    }

    private static ApplicationDetails details() {
        return new ApplicationDetails("Samenvatten", "Samenvatten van Woo-verzoeken", true,
                new Model("GPT-NL", "TNO", true, ModelOrigin.NL), Hosting.ON_PREMISES, Procurement.OWN_DEVELOPMENT,
                false, false, AiActRiskClass.MINIMAL_RISK, null, null);
    }
}
