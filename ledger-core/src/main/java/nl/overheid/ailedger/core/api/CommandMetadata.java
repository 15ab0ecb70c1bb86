package nl.overheid.ailedger.core.api;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.MetaData;

/**
 * Who sends a command, in its metadata. {@code actor} names the credential (or the part of the ledger) that sent it
 * and is kept with every event the command causes. {@code organisationId} is the organisation an organisation's
 * credential acts for: the aggregate, which knows its owner, refuses a caller acting for another one. It is null
 * for an admin and for the ledger itself, who act for every organisation.
 */
public record CommandMetadata(String actor, String organisationId) {

    /** The metadata key of the actor, also in the metadata of every stored event. */
    public static final String ACTOR = "actor";
    private static final String ORGANISATION = "callerOrganisation";

    /** A caller who acts for every organisation: an admin, the import, the demo data. */
    public static CommandMetadata actingForAll(String actor) {
        return new CommandMetadata(actor, null);
    }

    public static CommandMetadata of(MetaData metaData) {
        Object actor = metaData.get(ACTOR);
        Object organisation = metaData.get(ORGANISATION);
        return new CommandMetadata(actor == null ? null : actor.toString(),
                organisation == null ? null : organisation.toString());
    }

    public MetaData toMetaData() {
        Map<String, Object> entries = new HashMap<>();
        entries.put(ACTOR, actor);
        if (organisationId != null) {
            entries.put(ORGANISATION, organisationId);
        }
        return MetaData.from(entries);
    }

    /**
     * Refuses a caller acting for another organisation than {@code owner}; {@code what} names the thing refused,
     * such as "application X".
     */
    public void requireActsFor(String owner, String what) {
        if (organisationId != null && !organisationId.equals(owner)) {
            throw new ForeignCallerException(what + " belongs to another organisation");
        }
    }
}
