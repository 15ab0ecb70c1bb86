package nl.overheid.ailedger.projections.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.Hosting;
import nl.overheid.ailedger.core.api.application.IncidentReported;
import nl.overheid.ailedger.core.api.application.IncidentSeverity;
import nl.overheid.ailedger.core.api.application.Model;
import nl.overheid.ailedger.core.api.application.ModelOrigin;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.PilotStarted;
import nl.overheid.ailedger.core.api.application.PolicyExceptionGranted;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RiskAnalysisApproved;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.RiskAnalysisSubmitted;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.RoleSignedOff;
import nl.overheid.ailedger.core.api.application.SupplierAgreementRecorded;
import nl.overheid.ailedger.core.api.application.Suspended;
import nl.overheid.ailedger.core.api.policy.RuleId;
import nl.overheid.ailedger.core.application.ApplicationState;
import org.junit.jupiter.api.Test;

class ApplicationFoldTest {

    /**
     * A snapshot as the register of release 947554e wrote it, by reflection on the private fields of the mutable
     * state it had then, after the events of {@link #events()}.
     */
    private static final String SNAPSHOT_OF_947554E = """
            {"applicationId":"app-1","organisationId":"org-1","phase":"SUSPENDED","suspendedPhase":"PILOT",\
            "details":{"name":"Chat","purpose":"Vragen beantwoorden","generativeAi":true,"model":{"name":"GPT-NL",\
            "provider":"TNO","openSource":true,"origin":"NL"},"hosting":"ON_PREMISES","procurement":"CONTRACTED",\
            "personalData":true,"sensitiveData":false,"aiActRiskClass":"MINIMAL_RISK","lars":null},"registeredAsExistingUse":false,\
            "registeredAt":"2025-05-01T09:00:00Z","lastPhaseChangeAt":"2025-05-09T09:00:00Z","productionSince":null,\
            "lastOccurredAt":"2025-05-09T09:00:00Z","version":9,"riskAnalyses":{"dpia":{"analysisId":"dpia",\
            "kind":"DPIA","documentRef":"doc://dpia","documentSha256":"ab12","status":"APPROVED","submittedAt":"2025-05-02T09:00:00Z",\
            "decidedAt":"2025-05-03T09:00:00Z","approverRole":"FG"},"iama":{"analysisId":"iama","kind":"IAMA",\
            "documentRef":"doc://iama","documentSha256":"cd34","status":"SUBMITTED","submittedAt":"2025-05-02T10:00:00Z",\
            "decidedAt":null,"approverRole":null}},"signOffs":[{"role":"CIO","signedBy":"A. Jansen","occurredAt":"2025-05-04T09:00:00Z"}],\
            "supplierAgreements":[{"supplier":"TNO","agreementRef":"contract-1","coversDataProcessing":true,\
            "occurredAt":"2025-05-05T09:00:00Z"}],"incidents":1,"reportedByOrganisation":true,"exceptions":[{"rule":"R3",\
            "grantedBy":"CIO Rijk","justification":"proef","occurredAt":"2025-05-07T09:00:00Z"}]}""";

    private final ApplicationFold fold = new ApplicationFold();

    @Test
    void readsTheSnapshotsOfTheReleaseBeforeAsTheStateTheEventsFoldTo() {
        assertThat(fold.decode(SNAPSHOT_OF_947554E)).isEqualTo(ApplicationState.of(events()));
    }

    @Test
    void writesASnapshotAsTheStatesOwnJsonInTheShapeEarlierReleasesWrote() {
        ApplicationState state = ApplicationState.of(events());
        assertThat(fold.encode(state)).isEqualTo(SNAPSHOT_OF_947554E);
        assertThat(fold.decode(fold.encode(state))).isEqualTo(state);
    }

    private static List<ApplicationEvent> events() {
        String id = "app-1";
        ApplicationDetails details = new ApplicationDetails("Chat", "Vragen beantwoorden", true,
                new Model("GPT-NL", "TNO", true, ModelOrigin.NL), Hosting.ON_PREMISES, Procurement.CONTRACTED, true,
                false, AiActRiskClass.MINIMAL_RISK, null, null);
        return List.of(
                new ApplicationRegistered(id, "org-1", Phase.EXPLORATION, details, at("2025-05-01T09:00:00Z")),
                new RiskAnalysisSubmitted(id, "dpia", RiskAnalysisKind.DPIA, "doc://dpia", "ab12",
                        at("2025-05-02T09:00:00Z")),
                new RiskAnalysisSubmitted(id, "iama", RiskAnalysisKind.IAMA, "doc://iama", "cd34",
                        at("2025-05-02T10:00:00Z")),
                new RiskAnalysisApproved(id, "dpia", Role.FG, at("2025-05-03T09:00:00Z")),
                new RoleSignedOff(id, Role.CIO, "A. Jansen", at("2025-05-04T09:00:00Z")),
                new SupplierAgreementRecorded(id, "TNO", "contract-1", true, at("2025-05-05T09:00:00Z")),
                new PilotStarted(id, at("2025-05-06T09:00:00Z")),
                new PolicyExceptionGranted(id, RuleId.R3, "CIO Rijk", "proef", at("2025-05-07T09:00:00Z")),
                new IncidentReported(id, IncidentSeverity.LOW, "storing", at("2025-05-08T09:00:00Z")),
                new Suspended(id, Phase.PILOT, "incident", at("2025-05-09T09:00:00Z")));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
