package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** A motie or toezegging was registered; it is open (OPENSTAAND) from {@code occurredAt}, its adoption. */
@Revision("1")
public record CommitmentRegistered(String commitmentId, CommitmentKind kind, String reference, String title,
                                   List<String> submitters, LocalDate adoptedOn, LocalDate dueDate,
                                   String responsibleOrganisationId, ActionLine actionLine, Instant occurredAt)
        implements CommitmentEvent {
}
