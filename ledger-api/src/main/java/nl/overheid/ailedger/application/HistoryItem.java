package nl.overheid.ailedger.application;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;
import nl.overheid.ailedger.core.json.UnpairedSurrogates;
import nl.overheid.ailedger.projections.history.HistoryEvent;

/** One entry of an application's history: the event as posted, with both of its times. */
public record HistoryItem(
        long sequence,
        String eventId,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        @JsonRawValue String payload) {

    static HistoryItem of(HistoryEvent event) {
        return new HistoryItem(event.sequence(), event.eventId(), event.type(), event.occurredAt(),
                event.recordedAt(), event.actor(), UnpairedSurrogates.escape(event.payload()));
    }
}
