package nl.overheid.ailedger.core.api.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import nl.overheid.ailedger.core.json.LedgerJson;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * Events are permanent: stored events of an earlier revision must still read. Revision 2 of
 * ApplicationRegistered and DetailsAmended added a nullable {@code source}, revision 3 a nullable
 * {@code impactAssessment} in the details; JSON of earlier revisions, as it lies in the event store, reads with
 * them null, and is written back as it was. Revision 1 of DetailsAmended also held an accidental {@code "empty"}
 * property, which no longer stops it from reading.
 */
class EventCompatibilityTest {

    private static final Instant AT = Instant.parse("2025-04-22T09:00:00Z");
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(LedgerJson.newMapper()).build();

    private static final String REGISTERED_REVISION_1 = """
            {"applicationId":"3f0b6c1e-8a59-4c11-9d59-6f1a5ee0c001","organisationId":"00000001003214345000",\
            "phase":"PRODUCTION","details":{"name":"Samenvatten van Woo-verzoeken","purpose":"Samenvatting",\
            "generativeAi":true,"model":null,"hosting":null,"procurement":"OWN_DEVELOPMENT","personalData":false,\
            "sensitiveData":false,"aiActRiskClass":"MINIMAL_RISK","lars":null},"occurredAt":"2025-04-22T09:00:00Z"}""";

    /** As revision 1 was written, with the {@code empty} property of DetailsAmendment.isEmpty(). */
    private static final String AMENDED_REVISION_1 = """
            {"applicationId":"3f0b6c1e-8a59-4c11-9d59-6f1a5ee0c001","amendment":{"name":"Woo-samenvatter",\
            "purpose":null,"generativeAi":null,"model":null,"hosting":null,"procurement":null,"personalData":null,\
            "sensitiveData":null,"aiActRiskClass":null,"lars":"12345678","empty":false},\
            "occurredAt":"2025-04-22T09:00:00Z"}""";

    @Test
    void readsARevisionOneRegistrationWithoutASource() {
        ApplicationRegistered event = read(REGISTERED_REVISION_1, ApplicationRegistered.class);
        assertThat(event.source()).isNull();
        assertThat(event.phase()).isEqualTo(Phase.PRODUCTION);
        assertThat(event.details().name()).isEqualTo("Samenvatten van Woo-verzoeken");
        assertThat(event.occurredAt()).isEqualTo(AT);
    }

    @Test
    void readsARevisionOneAmendmentWithItsEmptyPropertyAndWithoutASource() {
        DetailsAmended event = read(AMENDED_REVISION_1, DetailsAmended.class);
        assertThat(event.source()).isNull();
        assertThat(event.amendment().lars()).isEqualTo("12345678");
    }

    @Test
    void writesAReportedEventWithoutASourceAndAnObservedOneWithIt() {
        ApplicationRegistered reported = read(REGISTERED_REVISION_1, ApplicationRegistered.class);
        assertThat(write(reported)).isEqualTo(REGISTERED_REVISION_1);
        DetailsAmended amended = read(AMENDED_REVISION_1, DetailsAmended.class);
        assertThat(write(amended)).isEqualTo(AMENDED_REVISION_1.replace(",\"empty\":false", ""));

        ApplicationRegistered observed = new ApplicationRegistered(reported.applicationId(),
                reported.organisationId(), reported.phase(), reported.details(), "algoritmeregister", AT);
        SerializedObject<byte[]> stored = serializer.serialize(observed, byte[].class);
        assertThat(stored.getType().getRevision()).isEqualTo("3");
        ApplicationRegistered readBack = serializer.deserialize(stored);
        assertThat(readBack).isEqualTo(observed);
    }

    @Test
    void keepsTheImpactAssessmentThatTheRegisterReports() {
        ApplicationRegistered reported = read(REGISTERED_REVISION_1, ApplicationRegistered.class);
        assertThat(reported.details().impactAssessment()).isNull();
        ApplicationDetails withAssessment = reported.details().amendedBy(new DetailsAmendment(null, null, null, null,
                null, null, null, null, null, null, ImpactAssessment.YES));
        ApplicationRegistered observed = new ApplicationRegistered(reported.applicationId(),
                reported.organisationId(), reported.phase(), withAssessment, "algoritmeregister", AT);
        assertThat(write(observed)).contains("\"impactAssessment\":\"YES\"");
        ApplicationRegistered readBack = serializer.deserialize(serializer.serialize(observed, byte[].class));
        assertThat(readBack).isEqualTo(observed);
    }

    private <T> T read(String json, Class<T> type) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, type.getName(), "1"));
    }

    private String write(Object event) {
        return new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
    }
}
