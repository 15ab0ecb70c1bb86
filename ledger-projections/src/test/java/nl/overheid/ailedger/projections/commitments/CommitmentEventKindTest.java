package nl.overheid.ailedger.projections.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.projections.history.HistoryEvent;
import org.junit.jupiter.api.Test;

class CommitmentEventKindTest {

    private static final Instant AT = Instant.parse("2023-04-11T00:00:00Z");
    private final CommitmentEventKind kind = new CommitmentEventKind();

    private static HistoryEvent row(String type, String revision, String payload) {
        return new HistoryEvent("motie-26643-1003", 0, "e0", type, revision, AT, AT, null, payload);
    }

    @Test
    void readsARowThatThePreviousReleaseWroteAsTheEventStoreReadsIt() {
        CommitmentEvent event = kind.decode(row("CommitmentRegistered", "1", """
                {"commitmentId":"motie-26643-1003","kind":"MOTIE","reference":"Kamerstuk 26 643, nr. 1003",\
                "title":"Visie","submitters":["Dekker-Abdulaziz","Rajkowski"],"adoptedOn":"2023-04-11",\
                "dueDate":"2023-12-31","responsibleOrganisationId":"bzk","actionLine":"SAMENWERKEN",\
                "occurredAt":"2023-04-11T00:00:00Z"}"""));
        assertThat(event).isEqualTo(new CommitmentRegistered("motie-26643-1003", CommitmentKind.MOTIE,
                "Kamerstuk 26 643, nr. 1003", null, "Visie", List.of("Dekker-Abdulaziz", "Rajkowski"),
                PartialDate.parse("2023-04-11"), null, PartialDate.parse("2023-12-31"), "bzk", null,
                ActionLine.SAMENWERKEN, List.of(), AT));
    }

    @Test
    void writesTheCurrentRevisionAndReadsItBack() {
        CommitmentEvent registered = new CommitmentRegistered("motie-26643-1003", CommitmentKind.MOTIE,
                "Kamerstukken 2022/23 26 643, nr. 1003", new Kamerstuk("2022-2023", "26 643", "1003"), "Visie",
                List.of("Dekker-Abdulaziz"), PartialDate.parse("2023-04"), null, null, "bzk", "Staatssecretaris",
                null, List.of("bron.txt"), Instant.parse("2023-04-30T00:00:00Z"));
        CommitmentEvent fulfilled = new Fulfilled("motie-26643-1003", "nr. 1125", Instant.parse("2023-12-31T00:00:00Z"),
                PartialDate.parse("2023-12"));
        for (CommitmentEvent event : List.of(registered, fulfilled)) {
            assertThat(kind.revisionOf(event)).isEqualTo("2");
            assertThat(kind.decode(row(kind.typeOf(event), kind.revisionOf(event), kind.encode(event))))
                    .isEqualTo(event);
        }
    }
}
