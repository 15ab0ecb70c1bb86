package nl.overheid.ailedger.core.algoritmeregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.overheid.ailedger.core.api.InvalidInputException.Field;
import org.junit.jupiter.api.Test;

class SnapshotFileTest {

    private static final String RECORDS = """
            "count": 1, "algoritmes": [{"id": "1", "title": "T", "organisatie": "Gemeente Goes", "status": "in_gebruik"}]""";

    @Test
    void takesTheDateFromTheFileNameAndOtherwiseFromFetchedAtInTheNetherlands() {
        assertThat(file("2026-06-30.json", "{" + RECORDS + ", \"fetched_at\": \"2026-07-02T08:00:00Z\"}")
                .snapshot().date()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(file("algoritmes.json", "{" + RECORDS + ", \"fetched_at\": \"2026-06-29T22:30:00Z\"}")
                .snapshot().date()).isEqualTo(LocalDate.parse("2026-06-30"));
    }

    @Test
    void namesTheFileOfEveryProblem() {
        InvalidSnapshotException undated = catchThrowableOfType(
                () -> file("algoritmes.json", "{" + RECORDS + "}").snapshot(), InvalidSnapshotException.class);
        assertThat(undated.fields()).extracting(Field::name).containsExactly("algoritmes.json: fetched_at");
        InvalidSnapshotException broken = catchThrowableOfType(
                () -> file("2026-06-30.json", "{\"count\": 1, \"algoritmes\": [{}]}").snapshot(), InvalidSnapshotException.class);
        assertThat(broken.fields()).extracting(Field::name)
                .contains("2026-06-30.json: algoritmes[0].id");
    }

    private static SnapshotFile file(String name, String json) {
        return new SnapshotFile(name, json.getBytes(StandardCharsets.UTF_8));
    }
}
