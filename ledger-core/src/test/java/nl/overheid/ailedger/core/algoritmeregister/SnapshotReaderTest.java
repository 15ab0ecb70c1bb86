package nl.overheid.ailedger.core.algoritmeregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.overheid.ailedger.core.api.InvalidInputException.Field;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {

    @Test
    void readsTheOlderFieldSet() {
        SnapshotContent content = read("""
                {"algoritmes": [{"doel": "Datalekken beoordelen", "id": "11234933", "impactassessment": "Onbekend",
                  "juridische_basis": "", "laatst_gewijzigd": "2024-02-06", "organisatie": "Gemeente Delft",
                  "status": "in_gebruik", "title": "Advisering datalekmelding",
                  "url": "https://algoritmes.overheid.nl/nl/algoritme/gm0503/11234933"}],
                 "count": 1, "fetched_at": "2026-05-13T14:57:46Z", "source_url": "https://algoritmes.overheid.nl"}""");
        assertThat(content.fetchedAt()).isEqualTo(Instant.parse("2026-05-13T14:57:46Z"));
        assertThat(content.records()).containsExactly(new RegisterRecord("11234933", "Advisering datalekmelding",
                "Datalekken beoordelen", "Gemeente Delft", RegisterStatus.IN_GEBRUIK, "Onbekend",
                "https://algoritmes.overheid.nl/nl/algoritme/gm0503/11234933", null));
    }

    @Test
    void readsTheNewerFieldSetWithItsRegistrationDate() {
        SnapshotContent content = read("""
                {"algoritmes": [{"doel": "", "geregistreerd": "2026-04-07", "id": "11136893",
                  "impactassessment": "Ja", "organisatie": "Provincie Utrecht", "status": "ontwikkeling",
                  "title": " Matching ", "toegevoegd": "2026-05-13"}], "count": 1}""");
        assertThat(content.fetchedAt()).isNull();
        assertThat(content.records()).containsExactly(new RegisterRecord("11136893", "Matching", null,
                "Provincie Utrecht", RegisterStatus.ONTWIKKELING, "Ja", null, LocalDate.parse("2026-04-07")));
    }

    @Test
    void toleratesFieldsOfLaterSnapshotsAndMissingOptionalOnes() {
        SnapshotContent content = read("""
                {"versie": 3, "algoritmes": [{"id": 42, "title": "Rekenmodel", "organisatie": "RDW",
                  "status": "buiten_gebruik", "geregistreerd": null, "risicoklasse": {"ai_act": "hoog"}}], "count": 1}""");
        assertThat(content.records()).containsExactly(new RegisterRecord("42", "Rekenmodel", null, "RDW",
                RegisterStatus.BUITEN_GEBRUIK, null, null, null));
    }

    @Test
    void namesEveryWrongFieldOfEveryRecord() {
        List<Field> problems = problems("""
                {"algoritmes": [
                  {"id": "1", "title": "Goed", "organisatie": "Gemeente Goes", "status": "in_gebruik"},
                  {"title": "Zonder id", "organisatie": "Gemeente Goes", "status": "in_gebruik"},
                  {"id": "3", "title": 7, "organisatie": "", "status": "gepubliceerd", "geregistreerd": "7 juni"},
                  {"id": "a b", "title": "Spatie in id", "organisatie": "Gemeente Goes", "status": "in_gebruik"},
                  {"id": "1", "title": "Dubbel", "organisatie": "Gemeente Goes", "status": "in_gebruik"},
                  "geen object"], "count": 6}""");
        assertThat(problems).extracting(Field::name).containsExactly("algoritmes[1].id",
                "algoritmes[2].title", "algoritmes[2].organisatie", "algoritmes[2].status",
                "algoritmes[2].geregistreerd", "algoritmes[3].id", "algoritmes[4].id", "algoritmes[5]");
        assertThat(problems.get(0).reason()).isEqualTo("is required");
        assertThat(problems.get(3).reason()).contains("'gepubliceerd' is not in_gebruik, ontwikkeling or buiten_gebruik");
        assertThat(problems.get(6).reason()).isEqualTo("'1' occurs twice");
    }

    @Test
    void refusesWhatIsNoSnapshotAtAll() {
        assertThat(problems("")).extracting(Field::name).containsExactly("body");
        assertThat(problems("{\"algoritmes\": [] ")).extracting(Field::reason)
                .allMatch(reason -> reason.startsWith("is not well-formed JSON at line 1"));
        assertThat(problems("[{\"id\": \"1\"}]")).containsExactly(new Field("body", "is not a JSON object"));
        assertThat(problems("{\"algoritmes\": {}}")).extracting(Field::name).containsExactly("algoritmes");
        assertThat(problems("{\"algoritmes\": []}")).containsExactly(
                new Field("algoritmes", "holds no registrations"));
        assertThat(problems("{\"count\": 1, \"algoritmes\": [{\"id\": \"1\", \"title\": \"T\", \"organisatie\": \"O\", "
                + "\"status\": \"in_gebruik\"}]} {}")).extracting(Field::name).containsExactly("body");
    }

    /** A truncated file would otherwise retire every registration missing from it. */
    @Test
    void refusesAFileWithoutACountOrWhoseCountDoesNotMatchItsRegistrations() {
        String records = """
                "algoritmes": [{"id": "1", "title": "T", "organisatie": "O", "status": "in_gebruik"}]""";
        for (String count : new String[] {"", "\"count\": 2,", "\"count\": \"1\",", "\"count\": 1.5,",
                "\"count\": null,", "\"count\": 4294967297,"}) {
            assertThat(problems("{" + count + records + "}")).as(count).extracting(Field::name)
                    .containsExactly("count");
        }
        assertThat(read("{\"count\": 1, " + records + "}").records()).hasSize(1);
    }

    @Test
    void namesAtMostTwentyProblems() {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            records.append(i == 0 ? "" : ",").append("{\"title\": \"zonder id\"}");
        }
        assertThat(problems("{\"count\": 50, \"algoritmes\": [" + records + "]}")).hasSize(SnapshotReader.MAX_PROBLEMS);
    }

    private static SnapshotContent read(String json) {
        return SnapshotReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Field> problems(String json) {
        return catchThrowableOfType(() -> read(json), InvalidSnapshotException.class).fields();
    }
}
