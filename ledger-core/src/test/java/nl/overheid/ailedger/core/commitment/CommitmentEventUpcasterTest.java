package nl.overheid.ailedger.core.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.ApplicationLinked;
import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.DueDateChanged;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.json.LedgerJson;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** Events as the previous release stored them (revision 1) read with the meaning they were stored with. */
class CommitmentEventUpcasterTest {

    private static final ObjectMapper JSON = LedgerJson.newMapper();

    /** A registration of the previous release's demo data, byte for byte as that release wrote it. */
    private static final String REGISTERED_REVISION_1 = """
            {"commitmentId":"motie-26643-1003","kind":"MOTIE","reference":"Kamerstuk 26 643, nr. 1003",\
            "title":"Verzoek om een integrale visie op generatieve AI","submitters":["Dekker-Abdulaziz","Rajkowski"],\
            "adoptedOn":"2023-04-11","dueDate":"2023-12-31","responsibleOrganisationId":"00000001003214345000",\
            "actionLine":"SAMENWERKEN","occurredAt":"2023-04-11T00:00:00Z"}""";

    private static final CommitmentRegistered AS_IT_WAS = new CommitmentRegistered("motie-26643-1003",
            CommitmentKind.MOTIE, "Kamerstuk 26 643, nr. 1003", null,
            "Verzoek om een integrale visie op generatieve AI", List.of("Dekker-Abdulaziz", "Rajkowski"),
            PartialDate.parse("2023-04-11"), null, PartialDate.parse("2023-12-31"), "00000001003214345000", null,
            ActionLine.SAMENWERKEN, List.of(), Instant.parse("2023-04-11T00:00:00Z"));

    @Test
    void readsARevision1RegistrationWithItsDueDateAndActionLineAndNothingItDidNotSay() throws Exception {
        JsonNode current = CommitmentEventUpcaster.current(CommitmentRegistered.class, "1",
                JSON.readTree(REGISTERED_REVISION_1));
        assertThat(current.get("sources").isArray()).isTrue();
        assertThat(JSON.treeToValue(current, CommitmentRegistered.class)).isEqualTo(AS_IT_WAS);
    }

    @Test
    void readsARevision1StepAsNotDatedBySource() throws Exception {
        String fulfilled = """
                {"commitmentId":"motie-26643-1003","reference":"Overheidsbrede visie generatieve AI",\
                "occurredAt":"2024-01-18T11:00:00Z"}""";
        JsonNode current = CommitmentEventUpcaster.current(Fulfilled.class, "1", JSON.readTree(fulfilled));
        assertThat(JSON.treeToValue(current, Fulfilled.class)).isEqualTo(new Fulfilled("motie-26643-1003",
                "Overheidsbrede visie generatieve AI", Instant.parse("2024-01-18T11:00:00Z"), null));
        JsonNode moved = CommitmentEventUpcaster.current(DueDateChanged.class, "1", JSON.readTree("""
                {"commitmentId":"m","dueDate":"2024-03-31","reason":"Later","occurredAt":"2024-01-01T00:00:00Z"}"""));
        assertThat(JSON.treeToValue(moved, DueDateChanged.class).dueDate()).isEqualTo(PartialDate.parse("2024-03-31"));
    }

    @Test
    void leavesCurrentRevisionsAndUnchangedTypesAlone() throws Exception {
        JsonNode linked = JSON.readTree("""
                {"commitmentId":"m","applicationId":"a","occurredAt":"2024-01-01T00:00:00Z"}""");
        assertThat(CommitmentEventUpcaster.current(ApplicationLinked.class, "1", linked)).isSameAs(linked);
        JsonNode registered = JSON.valueToTree(AS_IT_WAS);
        assertThat(CommitmentEventUpcaster.current(CommitmentRegistered.class, "2", registered)).isSameAs(registered);
    }

    @Test
    void upcastsTheEventStoreThroughAxon() {
        Serializer serializer = JacksonSerializer.builder().objectMapper(LedgerJson.newMapper()).build();
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Commitment",
                "commitment:motie-26643-1003", 0, "e0", Instant.parse("2026-01-05T10:00:00Z"),
                CommitmentRegistered.class.getName(), "1", REGISTERED_REVISION_1.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = new EventUpcasterChain(new CommitmentEventUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();
        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        CommitmentEvent event = serializer.deserialize(upcast.getData());
        assertThat(event).isEqualTo(AS_IT_WAS);
    }
}
