package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CheckpointSigningTest {

    private static final String ROOT = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";
    private static final String OTHER_ROOT = "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c";
    private static final Instant SIGNED_AT = Instant.parse("2025-03-05T10:00:00Z");

    private final KeyPair keyPair = Ed25519.generateKeyPair();
    private final CheckpointSigner signer = new CheckpointSigner(keyPair);
    private final CheckpointVerifier verifier =
            CheckpointVerifier.forPublicKey(Ed25519.encodePublicKey(keyPair.getPublic()));

    private Checkpoint checkpoint(long treeSize, String rootHash, Instant signedAt) {
        return new Checkpoint(treeSize, rootHash, signedAt, signer.keyId());
    }

    @Test
    void signedBytesAreTheCanonicalJsonOfExactlyTheFourFields() {
        Checkpoint checkpoint = new Checkpoint(8, ROOT, SIGNED_AT, "0123456789abcdef");

        assertThat(new String(checkpoint.signedBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"keyId\":\"0123456789abcdef\",\"rootHash\":\"" + ROOT
                        + "\",\"signedAt\":\"2025-03-05T10:00:00Z\",\"treeSize\":8}");
    }

    @Test
    void signedAtKeepsTheFractionInstantToStringWrites() {
        Checkpoint checkpoint = checkpoint(8, ROOT, Instant.parse("2025-03-05T10:00:00.120Z"));

        assertThat(new String(checkpoint.signedBytes(), StandardCharsets.UTF_8))
                .contains("\"signedAt\":\"2025-03-05T10:00:00.120Z\"");
    }

    @Test
    void signatureOfACheckpointVerifies() {
        Checkpoint checkpoint = checkpoint(8, ROOT, SIGNED_AT);

        String signature = signer.sign(checkpoint);

        assertThat(Base64.getDecoder().decode(signature)).hasSize(64);
        assertThat(verifier.verify(checkpoint, signature)).isTrue();
    }

    @Test
    void changedFieldsFailVerification() {
        Checkpoint original = checkpoint(8, ROOT, SIGNED_AT);
        String signature = signer.sign(original);

        assertThat(verifier.verify(checkpoint(9, ROOT, SIGNED_AT), signature)).isFalse();
        assertThat(verifier.verify(checkpoint(8, OTHER_ROOT, SIGNED_AT), signature)).isFalse();
        assertThat(verifier.verify(checkpoint(8, ROOT, SIGNED_AT.plusNanos(1)), signature)).isFalse();
        assertThat(verifier.verify(new Checkpoint(8, ROOT, SIGNED_AT, "0000000000000000"), signature)).isFalse();
    }

    @Test
    void signatureCoversTheKeyIdItself() {
        Checkpoint original = checkpoint(8, ROOT, SIGNED_AT);
        Checkpoint renamed = new Checkpoint(8, ROOT, SIGNED_AT, "0000000000000000");
        byte[] signature = Base64.getDecoder().decode(signer.sign(original));

        assertThat(Ed25519.verify(keyPair.getPublic(), original.signedBytes(), signature)).isTrue();
        assertThat(Ed25519.verify(keyPair.getPublic(), renamed.signedBytes(), signature)).isFalse();
    }

    @Test
    void differentKeyFailsVerification() {
        Checkpoint checkpoint = checkpoint(8, ROOT, SIGNED_AT);
        String signature = signer.sign(checkpoint);
        KeyPair otherPair = Ed25519.generateKeyPair();
        CheckpointVerifier otherVerifier = new CheckpointVerifier(otherPair.getPublic());
        Checkpoint claimingOtherKey = new Checkpoint(8, ROOT, SIGNED_AT, otherVerifier.keyId());

        assertThat(otherVerifier.verify(checkpoint, signature)).isFalse();
        assertThat(otherVerifier.verify(claimingOtherKey, signature)).isFalse();
        assertThat(otherVerifier.verify(claimingOtherKey, new CheckpointSigner(otherPair).sign(claimingOtherKey)))
                .isTrue();
    }

    @Test
    void malformedSignatureFailsVerificationWithoutThrowing() {
        Checkpoint checkpoint = checkpoint(8, ROOT, SIGNED_AT);
        byte[] signature = Base64.getDecoder().decode(signer.sign(checkpoint));
        String truncated = Base64.getEncoder().encodeToString(Arrays.copyOf(signature, 63));

        assertThat(verifier.verify(checkpoint, "not base64!")).isFalse();
        assertThat(verifier.verify(checkpoint, truncated)).isFalse();
        assertThat(verifier.verify(checkpoint, "")).isFalse();
    }

    @Test
    void signerRefusesCheckpointNamingAnotherKey() {
        Checkpoint foreign = new Checkpoint(8, ROOT, SIGNED_AT, "0000000000000000");

        assertThatThrownBy(() -> signer.sign(foreign)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyIdIsTheFirst16HexCharactersOfTheSha256OfTheX509Encoding() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyPair.getPublic().getEncoded());

        assertThat(signer.keyId()).isEqualTo(Hex.encode(digest).substring(0, 16)).hasSize(16);
        assertThat(verifier.keyId()).isEqualTo(signer.keyId());
    }

    @Test
    void verifierRejectsAMalformedPublicKey() {
        assertThatThrownBy(() -> CheckpointVerifier.forPublicKey("AAAA"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckpointVerifier.forPublicKey("%%%"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkpointRejectsValuesWithoutOneUnambiguousForm() {
        String keyId = "0123456789abcdef";
        assertThatThrownBy(() -> new Checkpoint(-1, ROOT, SIGNED_AT, keyId))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(Checkpoint.MAX_TREE_SIZE + 1, ROOT, SIGNED_AT, keyId))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(8, ROOT.toUpperCase(), SIGNED_AT, keyId))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(8, ROOT.substring(2), SIGNED_AT, keyId))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(8, ROOT, null, keyId))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(8, ROOT, Instant.parse("+10000-01-01T00:00:00Z"), keyId))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(8, ROOT, SIGNED_AT, "key-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
