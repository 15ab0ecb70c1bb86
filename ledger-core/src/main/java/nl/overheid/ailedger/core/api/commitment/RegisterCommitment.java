package nl.overheid.ailedger.core.api.commitment;

import java.util.List;

/**
 * Registers a motie, toezegging or action with what its sources say of it, and nothing more: a field the sources
 * are silent on is null. It exists (valid time) from where {@code adoptedOn} makes it certain; when the sources do
 * not say when it was adopted or made, from where {@code firstNamedOn}, the date of the earliest source that names
 * it, does. One of the two is always there.
 */
public record RegisterCommitment(String commitmentId, CommitmentKind kind, String reference, Kamerstuk kamerstuk,
                                 String title, List<String> submitters, PartialDate adoptedOn,
                                 PartialDate firstNamedOn, PartialDate dueDate, String responsibleOrganisationId,
                                 String responsibleMinister, ActionLine actionLine, List<String> sources)
        implements CommitmentCommand {

    public RegisterCommitment {
        if ((adoptedOn == null) == (firstNamedOn == null)) {
            throw new IllegalArgumentException("a commitment rests on either its adoptedOn or, when that is unknown, "
                    + "its firstNamedOn");
        }
    }

    /** The date it exists from: its adoption, or else the earliest source that names it. */
    public PartialDate existsFrom() {
        return adoptedOn != null ? adoptedOn : firstNamedOn;
    }
}
