package nl.overheid.ailedger.projections.sealing;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A witness's cosignature of a checkpoint (c2sp.org/tlog-cosignature).
 *
 * @param name          the witness's key name
 * @param timestamp     when the witness cosigned, by its own clock
 * @param signatureLine the note signature line as the witness answered it, carried by the published note
 */
public record Cosignature(String name, Instant timestamp, @JsonIgnore String signatureLine) {
}
