package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path directory;

    private final KeyPair keyPair = Ed25519.generateKeyPair();

    @Test
    void savedAndLoadedKeySignsVerifiableCheckpoints() throws IOException {
        Path file = directory.resolve("checkpoint-signing.pem");
        SigningKeys.save(keyPair, file);

        KeyPair loaded = SigningKeys.load(file);
        CheckpointSigner signer = new CheckpointSigner(loaded);
        Checkpoint checkpoint = new Checkpoint(3,
                "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                Instant.parse("2025-03-05T10:00:00Z"), signer.keyId());

        assertThat(loaded.getPublic().getEncoded()).isEqualTo(keyPair.getPublic().getEncoded());
        assertThat(signer.keyId()).isEqualTo(Ed25519.keyId(keyPair.getPublic()));
        assertThat(new CheckpointVerifier(keyPair.getPublic()).verify(checkpoint, signer.sign(checkpoint))).isTrue();
    }

    @Test
    void savedFileIsReadableAndWritableByTheOwnerOnly() throws IOException {
        assumeTrue(directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = directory.resolve("checkpoint-signing.pem");

        SigningKeys.save(keyPair, file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void savedFileIsPemWithPrivateAndPublicKeyBlocks() throws IOException {
        Path file = directory.resolve("checkpoint-signing.pem");

        SigningKeys.save(keyPair, file);

        String pem = Files.readString(file);
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n")
                .contains("-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
    }

    @Test
    void refusesToOverwriteAnExistingKeyFile() throws IOException {
        Path file = directory.resolve("checkpoint-signing.pem");
        SigningKeys.save(keyPair, file);
        String original = Files.readString(file);

        assertThatThrownBy(() -> SigningKeys.save(Ed25519.generateKeyPair(), file))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo(original);
    }

    @Test
    void rejectsFileWhosePublicKeyBelongsToAnotherPrivateKey() throws IOException {
        Path mine = directory.resolve("mine.pem");
        Path other = directory.resolve("other.pem");
        SigningKeys.save(keyPair, mine);
        SigningKeys.save(Ed25519.generateKeyPair(), other);
        String privateBlock = Files.readString(mine).split("(?=-----BEGIN PUBLIC KEY-----)")[0];
        String publicBlock = Files.readString(other).split("(?=-----BEGIN PUBLIC KEY-----)")[1];
        Path mixed = Files.writeString(directory.resolve("mixed.pem"), privateBlock + publicBlock);

        assertThatThrownBy(() -> SigningKeys.load(mixed)).isInstanceOf(IOException.class);
    }

    @Test
    void rejectsFilesWithoutBothKeys() throws IOException {
        Path file = directory.resolve("checkpoint-signing.pem");
        SigningKeys.save(keyPair, file);
        String privateOnly = Files.readString(file).split("(?=-----BEGIN PUBLIC KEY-----)")[0];

        Path missingPublic = Files.writeString(directory.resolve("private-only.pem"), privateOnly);
        Path garbage = Files.writeString(directory.resolve("garbage.pem"),
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
                        + "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> SigningKeys.load(missingPublic)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SigningKeys.load(garbage)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SigningKeys.load(directory.resolve("absent.pem"))).isInstanceOf(IOException.class);
    }
}
