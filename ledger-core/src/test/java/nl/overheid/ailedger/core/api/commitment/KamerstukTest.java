package nl.overheid.ailedger.core.api.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KamerstukTest {

    @Test
    void isCitedAsTheKamerCitesIt() {
        assertThat(new Kamerstuk("2022-2023", "26 643", "1003").citation())
                .isEqualTo("Kamerstukken 2022/23, 26 643, nr. 1003");
        assertThat(new Kamerstuk("2023-2024", "21 501-33", "1034").citation())
                .isEqualTo("Kamerstukken 2023/24, 21 501-33, nr. 1034");
    }

    @Test
    void refusesWhatIsNoVergaderjaarDossierOrNumber() {
        assertThatThrownBy(() -> new Kamerstuk("2022-2024", "26 643", "1003"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kamerstuk("2022/23", "26 643", "1003"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kamerstuk("2022-2023", "26.643", "1003"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kamerstuk("2022-2023", "26 643", "nr. 1003"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
