package nl.overheid.ailedger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.application.ApplicationRequests;
import nl.overheid.ailedger.core.integrity.MerkleHasher;
import nl.overheid.ailedger.core.integrity.MerkleTree;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import nl.overheid.ailedger.core.integrity.Tile;
import org.junit.jupiter.api.Test;

/**
 * The log as c2sp.org/tlog-tiles serves it: a client that knows only the checkpoint fetches tiles and entry bundles,
 * with no ledger-specific API, and checks them against the checkpoint's root.
 */
class TiledLogTest extends LedgerHttpTest {

    /** More than one full level-0 tile, so that level 1 has a hash. */
    private static final int EVENTS = 300;

    @Test
    void aClientThatKnowsOnlyTheCheckpointChecksTheWholeLogFromItsTiles() {
        String organisationToken = recordEvents(client, EVENTS);
        String auditorToken = credential("AUDITOR");
        new Auditor(client, auditorToken).awaitCheckpoint(EVENTS);

        Response note = client.get("/tlog/checkpoint", null);
        assertThat(note.status()).isEqualTo(200);
        assertThat(note.header("Content-Type")).startsWith("text/plain");
        assertThat(note.header("Cache-Control")).isEqualTo("max-age=5");
        NoteVerifierKey key = NoteVerifierKey.parse(
                client.get("/api/v1/audit/keys", null).json().at("/items/0/vkey").asText());
        assertThat(key.verifies(note.body())).isTrue();
        String[] lines = note.body().split("\n");
        long treeSize = Long.parseLong(lines[1]);
        byte[] rootHash = Base64.getDecoder().decode(lines[2]);

        List<byte[]> leaves = new ArrayList<>();
        for (Tile tile : Tile.ofTree(0, treeSize)) {
            HttpResponse<byte[]> hashes = client.getBytes("/tlog/tile/0/" + tile.indexAndWidth(), null);
            assertThat(hashes.statusCode()).isEqualTo(200);
            assertThat(hashes.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
            assertThat(hashes.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
            leaves.addAll(split(hashes.body(), tile.width()));
        }
        assertThat(MerkleTree.rootHash(leaves)).as("the root recomputed from the level-0 tiles").isEqualTo(rootHash);

        List<Tile> level1 = Tile.ofTree(1, treeSize);
        assertThat(level1).isNotEmpty();
        for (Tile tile : level1) {
            List<byte[]> hashes = split(client.getBytes("/tlog/tile/1/" + tile.indexAndWidth(), null).body(),
                    tile.width());
            for (int i = 0; i < tile.width(); i++) {
                int first = Math.toIntExact((tile.firstHash() + i) * Tile.FULL_WIDTH);
                assertThat(hashes.get(i)).as("level-1 hash %d", i)
                        .isEqualTo(MerkleTree.rootHash(leaves.subList(first, first + Tile.FULL_WIDTH)));
            }
        }

        for (Tile tile : Tile.ofTree(0, treeSize)) {
            HttpResponse<byte[]> bundle = client.getBytes("/tlog/tile/entries/" + tile.indexAndWidth(), auditorToken);
            assertThat(bundle.statusCode()).isEqualTo(200);
            assertThat(bundle.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, private, immutable");
            List<byte[]> entries = entries(bundle.body());
            assertThat(entries).hasSize(tile.width());
            for (int i = 0; i < entries.size(); i++) {
                assertThat(MerkleHasher.leafHash(entries.get(i))).as("entry %d", tile.firstHash() + i)
                        .isEqualTo(leaves.get(Math.toIntExact(tile.firstHash() + i)));
            }
        }
        assertThat(client.getBytes("/tlog/tile/entries/000.p/1", organisationToken).statusCode())
                .as("the events themselves are for auditors").isEqualTo(403);
        assertThat(client.getBytes("/tlog/tile/entries/000.p/1", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTileOutsideTheSignedTreeOrWrittenOtherwiseIsNotFound() {
        new Auditor(client, credential("AUDITOR")).awaitCheckpoint(1);
        for (String path : List.of("/tlog/tile/0/x999/x999/999", "/tlog/tile/0/5", "/tlog/tile/00/000.p/1",
                "/tlog/tile/64/000.p/1", "/tlog/tile/9/000.p/1", "/tlog/tile/0/000.p/0", "/tlog/tile/0/x000/000.p/1")) {
            Response refused = client.get(path, ADMIN);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
    }

    /** Registers an application of a new organisation and posts incidents until it has {@code events}; its token. */
    static String recordEvents(LedgerClient client, int events) {
        String token = client.createOrganisation(ADMIN, "org-" + UUID.randomUUID().toString().substring(0, 8),
                "GEMEENTE");
        String applicationId = UUID.randomUUID().toString();
        assertThat(client.post("/api/v1/applications", token, ApplicationRequests.registration(applicationId, "PILOT"))
                .status()).isEqualTo(201);
        for (int n = 1; n < events; n++) {
            Response posted = client.post("/api/v1/applications/" + applicationId + "/events", token,
                    "{\"type\":\"IncidentReported\",\"severity\":\"LOW\",\"description\":\"incident " + n
                            + "\",\"occurredAt\":\"2025-06-01T09:00:00Z\"}");
            assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        }
        return token;
    }

    private String credential(String role) {
        return Auditor.credential(client, ADMIN, role);
    }

    private static List<byte[]> split(byte[] hashes, int width) {
        assertThat(hashes).hasSize(width * MerkleHasher.HASH_LENGTH);
        List<byte[]> split = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            split.add(Arrays.copyOfRange(hashes, i * MerkleHasher.HASH_LENGTH, (i + 1) * MerkleHasher.HASH_LENGTH));
        }
        return split;
    }

    /** Big-endian uint16 length, then the entry, one after another. */
    private static List<byte[]> entries(byte[] bundle) {
        ByteBuffer buffer = ByteBuffer.wrap(bundle);
        List<byte[]> entries = new ArrayList<>();
        while (buffer.hasRemaining()) {
            byte[] entry = new byte[Short.toUnsignedInt(buffer.getShort())];
            buffer.get(entry);
            entries.add(entry);
        }
        return entries;
    }
}
