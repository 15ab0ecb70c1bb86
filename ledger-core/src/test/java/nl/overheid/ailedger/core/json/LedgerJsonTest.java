package nl.overheid.ailedger.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.core.api.application.DetailsAmended;
import nl.overheid.ailedger.core.api.application.DetailsAmendment;
import org.junit.jupiter.api.Test;

class LedgerJsonTest {

    private final ObjectMapper mapper = LedgerJson.newMapper();

    @Test
    void readsBackAStoredAmendmentOfDetails() throws Exception {
        DetailsAmended amended = new DetailsAmended("app-1", new DetailsAmendment(null, null, null, null, null, null,
                null, true, null, null, null), Instant.parse("2026-02-01T09:00:00Z"));

        String stored = mapper.writeValueAsString(amended);

        assertThat(mapper.readValue(stored, DetailsAmended.class)).isEqualTo(amended);
        assertThat(mapper.readTree(stored).get("amendment").has("empty")).isFalse();
    }
}
