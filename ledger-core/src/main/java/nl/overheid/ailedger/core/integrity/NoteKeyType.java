package nl.overheid.ailedger.core.integrity;

/**
 * The Ed25519 signature types of C2SP signed notes that the ledger knows: a note's own signature
 * (c2sp.org/signed-note) and a witness's timestamped cosignature of a checkpoint (c2sp.org/tlog-cosignature).
 */
public enum NoteKeyType {

    /** The signature is Ed25519 over the note text. */
    ED25519((byte) 0x01),
    /**
     * The signature is a big-endian u64 POSIX timestamp and Ed25519 over {@code "cosignature/v1\ntime <timestamp>\n"}
     * followed by the note text.
     */
    COSIGNATURE_V1((byte) 0x04);

    private final byte code;

    NoteKeyType(byte code) {
        this.code = code;
    }

    /** The byte that precedes the public key in the key id hash and the verifier key. */
    public byte code() {
        return code;
    }

    static NoteKeyType of(byte code) {
        for (NoteKeyType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a known signed-note key type: " + code);
    }
}
