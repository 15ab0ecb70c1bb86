package nl.overheid.ailedger.core.api.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.core.json.LedgerJson;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    private static final ObjectMapper JSON = LedgerJson.newMapper();

    @Test
    void keepsTheDayTheMonthOrTheYearItIsGivenAndWritesItBackTheSame() {
        for (String text : List.of("2024-01-18", "2024-01", "2024", "2024-02-29")) {
            assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
        }
        assertThat(PartialDate.parse("2024-01").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("2024").precision()).isEqualTo(PartialDate.Precision.YEAR);
    }

    @Test
    void refusesWhatIsNoDayMonthOrYear() {
        for (String text : List.of("", "24", "2024-1", "2024-13", "2023-02-29", "april 2023", "2024-01-18T00:00:00Z",
                "2024-W03")) {
            assertThatThrownBy(() -> PartialDate.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new PartialDate(LocalDate.parse("2024-01-18"), PartialDate.Precision.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spansItsWholePeriod() {
        assertThat(PartialDate.parse("2024-02").lastDay()).isEqualTo("2024-02-29");
        assertThat(PartialDate.parse("2024").lastDay()).isEqualTo("2024-12-31");
        assertThat(PartialDate.parse("2024-01-18").lastDay()).isEqualTo("2024-01-18");
    }

    @Test
    void makesWhatItDatesCertainFromTheStartOfItsLastDay() {
        assertThat(PartialDate.parse("2024-01-18").certainFrom()).isEqualTo(Instant.parse("2024-01-18T00:00:00Z"));
        assertThat(PartialDate.parse("2023-12").certainFrom()).isEqualTo(Instant.parse("2023-12-31T00:00:00Z"));
        assertThat(PartialDate.parse("2025").certainFrom()).isEqualTo(Instant.parse("2025-12-31T00:00:00Z"));
    }

    @Test
    void hasPassedOnlyOnTheDayAfterItsPeriod() {
        PartialDate january = PartialDate.parse("2024-01");
        assertThat(january.passedOn(LocalDate.parse("2024-01-31"))).isFalse();
        assertThat(january.passedOn(LocalDate.parse("2024-02-01"))).isTrue();
        PartialDate endOf2024 = PartialDate.parse("2024");
        assertThat(endOf2024.passedOn(LocalDate.parse("2024-12-31"))).isFalse();
        assertThat(endOf2024.passedOn(LocalDate.parse("2025-01-01"))).isTrue();
    }

    @Test
    void ordersByStartThenTheShorterPeriod() {
        assertThat(List.of(PartialDate.parse("2024"), PartialDate.parse("2024-01-18"), PartialDate.parse("2024-01"),
                PartialDate.parse("2024-01-01")).stream().sorted().map(PartialDate::toString))
                .containsExactly("2024-01-01", "2024-01", "2024", "2024-01-18");
        assertThat(PartialDate.parse("2023-03").endsBefore(PartialDate.parse("2023-04-11"))).isTrue();
        assertThat(PartialDate.parse("2023-04").endsBefore(PartialDate.parse("2023-04-11"))).isFalse();
    }

    @Test
    void isAStringInStoredJson() throws Exception {
        assertThat(JSON.writeValueAsString(PartialDate.parse("2023-04"))).isEqualTo("\"2023-04\"");
        assertThat(JSON.readValue("\"2023-04\"", PartialDate.class)).isEqualTo(PartialDate.parse("2023-04"));
        assertThat(JSON.readValue("\"2023-04-11\"", PartialDate.class).precision())
                .as("a day as revision 1 stored it").isEqualTo(PartialDate.Precision.DAY);
    }
}
