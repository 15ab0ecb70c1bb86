package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/**
 * Signed notes as c2sp.org/signed-note defines them, checked against the example key and note published with the Go
 * reference implementation (golang.org/x/mod/sumdb/note): Ed25519 is deterministic, so signing its text with its key
 * must give its signature byte for byte.
 */
class SignedNoteTest {

    private static final String VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    /** The seed of the reference's signer key {@code PRIVATE+KEY+PeterNeumann+c74f20a3+<this>}, after its type byte. */
    private static final String SEED = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String NOTE = TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void signsAndNamesItsKeyAsTheReferenceImplementationDoes() {
        NoteVerifierKey key = NoteVerifierKey.parse(VKEY);
        assertThat(key.name()).isEqualTo("PeterNeumann");
        assertThat(Integer.toHexString(key.keyId())).isEqualTo("c74f20a3");
        assertThat(key.vkey()).isEqualTo(VKEY);

        byte[] seed = Arrays.copyOfRange(Base64.getDecoder().decode(SEED), 1, 33);
        NoteSigner signer = new NoteSigner("PeterNeumann", NoteKeyType.ED25519, Ed25519.privateKeyFromSeed(seed),
                key.publicKey());
        assertThat(signer.sign(TEXT)).isEqualTo(NOTE);
        assertThat(key.verifies(NOTE)).isTrue();
    }

    @Test
    void refusesANoteThatWasChangedOrNotSignedByTheKey() {
        NoteVerifierKey key = NoteVerifierKey.parse(VKEY);
        assertThat(key.verifies(NOTE.replace("cryptography", "cryptographY"))).isFalse();
        assertThat(key.verifies(TEXT)).as("no signature").isFalse();
        assertThat(key.verifies(NOTE.replace("\u2014 PeterNeumann", "\u2014 SomeoneElse"))).as("another key").isFalse();
        NoteVerifierKey other = new NoteSigner("PeterNeumann", Ed25519.generateKeyPair()).verifierKey();
        assertThat(other.verifies(NOTE)).as("same name, other key id: ignored, so unsigned").isFalse();
        assertThatThrownBy(() -> NoteVerifierKey.parse(VKEY.replace("c74f20a3", "c74f20a4")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesACheckpointAsTheTlogCheckpointFormatSays() {
        Checkpoint checkpoint = new Checkpoint(20852163, "0ac5186a91863e8e1d90c808014aa89bf5da8e3ee1d9f07630f0378f68f1ab62",
                Instant.parse("2026-12-06T08:00:00Z"), "0123456789abcdef");
        assertThat(checkpoint.noteText("example.com/behind-the-sofa")).isEqualTo(
                "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
        NoteSigner signer = new NoteSigner("example.com/behind-the-sofa", Ed25519.generateKeyPair());
        assertThat(signer.verifierKey().verifies(signer.sign(checkpoint.noteText("example.com/behind-the-sofa"))))
                .isTrue();
    }

    @Test
    void aWitnessCosignsACheckpointWithATimestampThatItsCosignerKeyVerifies() {
        NoteSigner log = new NoteSigner("example.com/behind-the-sofa", Ed25519.generateKeyPair());
        NoteSigner witness = NoteSigner.cosigner("witness.example.com/w1", Ed25519.generateKeyPair());
        String note = log.sign("example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
        String text = note.substring(0, note.indexOf("\n\n") + 1);
        Instant time = Instant.parse("2026-12-06T10:15:30Z");

        String cosigned = note + witness.cosign(text, time);

        NoteVerifierKey cosigner = NoteVerifierKey.parse(witness.verifierKey().vkey());
        assertThat(cosigner.type()).isEqualTo(NoteKeyType.COSIGNATURE_V1);
        assertThat(Base64.getDecoder().decode(cosigner.vkey().split("\\+", 3)[2])[0]).as("type byte before the key")
                .isEqualTo((byte) 0x04);
        assertThat(cosigner.cosignedAt(cosigned)).hasValue(time);
        assertThat(log.verifierKey().verifies(cosigned)).as("the log's own signature still verifies").isTrue();
        assertThat(cosigner.cosignedAt(note)).as("not cosigned").isEmpty();
        assertThat(cosigner.cosignedAt(cosigned.replace("20852163", "20852164"))).as("another tree").isEmpty();
        String otherTime = note + witness.cosign(text, time.plusSeconds(1));
        assertThat(cosigner.cosignedAt(otherTime)).hasValue(time.plusSeconds(1));
        NoteVerifierKey sameKeyAsNoteKey = new NoteVerifierKey(cosigner.name(), NoteKeyType.ED25519,
                cosigner.publicKey());
        assertThat(sameKeyAsNoteKey.keyId()).as("the type is part of the key id").isNotEqualTo(cosigner.keyId());
        assertThat(sameKeyAsNoteKey.verifies(cosigned)).isFalse();
        assertThatThrownBy(() -> witness.sign(text)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> log.cosign(text, time)).isInstanceOf(IllegalStateException.class);
    }
}
