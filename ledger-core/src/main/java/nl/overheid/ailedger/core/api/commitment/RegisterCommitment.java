package nl.overheid.ailedger.core.api.commitment;

import java.time.LocalDate;
import java.util.List;

/**
 * Registers a motie or toezegging with its Kamerstuk reference. It exists from the day it was adopted, so its
 * registration occurs (valid time) at the start of {@code adoptedOn}.
 */
public record RegisterCommitment(String commitmentId, CommitmentKind kind, String reference, String title,
                                 List<String> submitters, LocalDate adoptedOn, LocalDate dueDate,
                                 String responsibleOrganisationId, ActionLine actionLine) implements CommitmentCommand {
}
