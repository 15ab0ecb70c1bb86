package nl.overheid.ailedger.core.integrity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stores an Ed25519 key pair in one PEM text file with two blocks: {@code PRIVATE KEY} (unencrypted PKCS#8, as
 * {@code openssl genpkey -algorithm ed25519} writes it) followed by {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo).
 * The public key is stored too because the JDK cannot derive it from an Ed25519 private key, and the key id is
 * computed from it.
 *
 * <p>Files are created owner-only (0600) on POSIX file systems and never overwritten, so an existing signing key
 * cannot be lost by accident.
 */
public final class SigningKeys {

    private static final String PRIVATE_KEY = "PRIVATE KEY";
    private static final String PUBLIC_KEY = "PUBLIC KEY";
    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final byte[] PAIR_CHECK = "ledger signing key pair check".getBytes(StandardCharsets.US_ASCII);

    private SigningKeys() {
    }

    /**
     * @throws java.nio.file.FileAlreadyExistsException if {@code file} exists
     */
    public static void save(KeyPair keyPair, Path file) throws IOException {
        String pem = pemBlock(PRIVATE_KEY, keyPair.getPrivate().getEncoded())
                + pemBlock(PUBLIC_KEY, keyPair.getPublic().getEncoded());
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (OutputStream out = Channels.newOutputStream(Files.newByteChannel(file, options, ownerOnly(file)))) {
            out.write(pem.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * @throws IOException if the file cannot be read, lacks either block, or holds keys that do not form a pair
     */
    public static KeyPair load(Path file) throws IOException {
        Map<String, byte[]> blocks = readPemBlocks(Files.readString(file, StandardCharsets.US_ASCII));
        if (!blocks.containsKey(PRIVATE_KEY) || !blocks.containsKey(PUBLIC_KEY)) {
            throw new IOException(file + " must hold a PRIVATE KEY and a PUBLIC KEY block");
        }
        KeyPair keyPair;
        try {
            PrivateKey privateKey = Ed25519.privateKeyFromPkcs8(blocks.get(PRIVATE_KEY));
            PublicKey publicKey = Ed25519.publicKeyFromX509(blocks.get(PUBLIC_KEY));
            keyPair = new KeyPair(publicKey, privateKey);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold Ed25519 keys", e);
        }
        if (!Ed25519.verify(keyPair.getPublic(), PAIR_CHECK, Ed25519.sign(keyPair.getPrivate(), PAIR_CHECK))) {
            throw new IOException("the public key in " + file + " does not belong to its private key");
        }
        return keyPair;
    }

    /** Permission 0600 from the moment the file exists, where the file system knows POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)};
    }

    private static String pemBlock(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static Map<String, byte[]> readPemBlocks(String text) throws IOException {
        Map<String, byte[]> blocks = new HashMap<>();
        Matcher matcher = PEM_BLOCK.matcher(text);
        while (matcher.find()) {
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(matcher.group(2));
            } catch (IllegalArgumentException e) {
                throw new IOException("malformed base64 in " + matcher.group(1) + " block", e);
            }
            if (blocks.put(matcher.group(1), der) != null) {
                throw new IOException("more than one " + matcher.group(1) + " block");
            }
        }
        return blocks;
    }
}
