package nl.overheid.ailedger.projections.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import nl.overheid.ailedger.core.integrity.JournalLine;
import org.junit.jupiter.api.Test;

class StoredEventTest {

    private static final String PAYLOAD = """
            {"applicationId":"app-1","reason":"Einde pilot","occurredAt":"2025-06-01T09:00:00Z"}""";
    private static final String META_DATA = """
            {"traceId":"t-1","correlationId":"c-1","actor":"cred-42"}""";

    private static StoredEvent row(String payload, String metaData, String timestamp) {
        return new StoredEvent(17, "event-1", "app-1", 3, "nl.overheid.ailedger.core.api.application.Retired",
                payload.getBytes(StandardCharsets.UTF_8),
                metaData == null ? null : metaData.getBytes(StandardCharsets.UTF_8), timestamp);
    }

    @Test
    void buildsTheJournalLineFromTheStoredColumns() {
        JournalLine line = row(PAYLOAD, META_DATA, "2025-06-02T10:00:00.000Z").journalLine(5);

        assertThat(line.sequence()).isEqualTo(5);
        assertThat(line.eventId()).isEqualTo("event-1");
        assertThat(line.aggregateId()).isEqualTo("app-1");
        assertThat(line.aggregateSequence()).isEqualTo(3);
        assertThat(line.type()).isEqualTo("Retired");
        assertThat(line.occurredAt().textValue()).isEqualTo("2025-06-01T09:00:00Z");
        assertThat(line.recordedAt()).isEqualTo("2025-06-02T10:00:00Z");
        assertThat(line.actor()).isEqualTo("cred-42");
        assertThat(line.payload().get("reason").textValue()).isEqualTo("Einde pilot");
    }

    @Test
    void theLeafDependsOnTheStoredBytesNotOnTheirFormatting() {
        byte[] leaf = row(PAYLOAD, META_DATA, "2025-06-02T10:00:00.000Z").journalLine(5).leafHash();
        String reformatted = "{ \"occurredAt\": \"2025-06-01T09:00:00Z\", \"reason\": \"Einde pilot\","
                + " \"applicationId\": \"app-1\" }";

        assertThat(row(reformatted, META_DATA, "2025-06-02T10:00:00.000Z").journalLine(5).leafHash()).isEqualTo(leaf);
        assertThat(row(PAYLOAD.replace("Einde", "Eind3"), META_DATA, "2025-06-02T10:00:00.000Z").journalLine(5)
                .leafHash()).isNotEqualTo(leaf);
        assertThat(row(PAYLOAD, META_DATA.replace("cred-42", "cred-43"), "2025-06-02T10:00:00.000Z").journalLine(5)
                .leafHash()).isNotEqualTo(leaf);
        assertThat(row(PAYLOAD, META_DATA, "2025-06-02T10:00:00.001Z").journalLine(5).leafHash()).isNotEqualTo(leaf);
        assertThat(row(PAYLOAD, META_DATA, "2025-06-02T10:00:00.000Z").journalLine(6).leafHash()).isNotEqualTo(leaf);
    }

    @Test
    void aDamagedRowStillGivesALineThatNoLongerMatches() {
        byte[] leaf = row(PAYLOAD, META_DATA, "2025-06-02T10:00:00.000Z").journalLine(5).leafHash();

        JournalLine broken = row(PAYLOAD.substring(1), "not json", "gisteren").journalLine(5);

        assertThat(broken.payload().isTextual()).isTrue();
        assertThat(broken.occurredAt().isNull()).isTrue();
        assertThat(broken.actor()).isNull();
        assertThat(broken.recordedAt()).isEqualTo("gisteren");
        assertThat(broken.leafHash()).isNotEqualTo(leaf);
    }

    @Test
    void anEventWithoutMetadataHasNoActor() {
        assertThat(row(PAYLOAD, null, "2025-06-02T10:00:00.000Z").journalLine(0).actor()).isNull();
    }
}
