package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A motie, toezegging or action was registered; it is open (OPENSTAAND) from {@code occurredAt}: the moment from
 * which {@code adoptedOn} makes it certain, or, where the sources do not say when it was adopted or made, the one
 * from which {@code firstNamedOn} (the date of the earliest source that names it) does. {@code reference} is the
 * text the source cites, {@code kamerstuk} its number where the sources give one; {@code sources} the documents the
 * registration rests on. Every field but the id, kind, title, organisation and time may be absent (null): a
 * source that is silent is not filled in.
 *
 * <p>Revision 1 had neither {@code kamerstuk}, {@code firstNamedOn}, {@code responsibleMinister} nor
 * {@code sources}, and always a day as {@code adoptedOn} and {@code dueDate}; it reads as revision 2 without them
 * ({@code CommitmentEventUpcaster}).
 */
@Revision("2")
public record CommitmentRegistered(String commitmentId, CommitmentKind kind, String reference, Kamerstuk kamerstuk,
                                   String title, List<String> submitters, PartialDate adoptedOn,
                                   PartialDate firstNamedOn, PartialDate dueDate, String responsibleOrganisationId,
                                   String responsibleMinister, ActionLine actionLine, List<String> sources,
                                   Instant occurredAt) implements CommitmentEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
