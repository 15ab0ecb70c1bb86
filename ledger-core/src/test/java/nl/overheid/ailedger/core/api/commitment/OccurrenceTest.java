package nl.overheid.ailedger.core.api.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class OccurrenceTest {

    @Test
    void liesWhereItsDateMakesItCertain() {
        PartialDate december = PartialDate.parse("2023-12");
        assertThat(Occurrence.of(december).at()).isEqualTo(Instant.parse("2023-12-31T00:00:00Z"));
        assertThat(Occurrence.of(Instant.parse("2023-12-11T11:00:00Z")).on()).isNull();
        assertThatThrownBy(() -> new Occurrence(Instant.parse("2023-12-11T11:00:00Z"), december))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
