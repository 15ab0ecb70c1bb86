package nl.overheid.ailedger.audit;

import java.time.Duration;
import java.util.regex.Pattern;

import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import nl.overheid.ailedger.core.integrity.Tile;
import nl.overheid.ailedger.projections.sealing.CheckpointQueries;
import nl.overheid.ailedger.projections.sealing.LogTiles;
import nl.overheid.ailedger.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sealed journal as a tiled transparency log (c2sp.org/tlog-tiles), so that a client that knows only a checkpoint
 * can fetch and check any part of the log with standard tools. Tiles are served only within the latest checkpoint's
 * tree; they never change, so they may be cached for good. The C2SP specification documents these paths, so they
 * are not in the ledger's OpenAPI document. The checkpoint and the hash tiles are open to anyone, as hashes tell
 * nothing about the events; the entry bundles hold the events, for auditors as the journal is.
 */
@RestController
@RequestMapping("/tlog")
class TlogController {

    private static final Pattern LEVEL = Pattern.compile("0|[1-9]\\d?");
    private static final CacheControl FOR_GOOD = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    /** Entry bundles carry the events themselves: for auditors, so not for shared caches. */
    private static final CacheControl FOR_GOOD_PRIVATELY =
            CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();
    private static final CacheControl MOMENTARILY = CacheControl.maxAge(Duration.ofSeconds(5));

    private final CheckpointWitnessing witnessing;
    private final CheckpointQueries checkpoints;
    private final LogTiles tiles;

    TlogController(CheckpointWitnessing witnessing, CheckpointQueries checkpoints, LogTiles tiles) {
        this.witnessing = witnessing;
        this.checkpoints = checkpoints;
        this.tiles = tiles;
    }

    @GetMapping(value = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    ResponseEntity<String> checkpoint() {
        return ResponseEntity.ok().cacheControl(MOMENTARILY)
                .body(witnessing.latestNote().orElseThrow(AuditController::noCheckpoint));
    }

    @GetMapping(value = "/tile/{level:\\d+}/{*indexAndWidth}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<byte[]> hashTile(@PathVariable String level, @PathVariable String indexAndWidth) {
        if (!LEVEL.matcher(level).matches() || Integer.parseInt(level) > Tile.MAX_LEVEL) {
            throw new NotFoundException("no tile level " + level + ": levels are 0 to " + Tile.MAX_LEVEL
                    + ", without leading zeros");
        }
        Tile tile = signedTile(Integer.parseInt(level), indexAndWidth);
        return ResponseEntity.ok().cacheControl(FOR_GOOD).body(tiles.hashTile(tile));
    }

    @GetMapping(value = "/tile/entries/{*indexAndWidth}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<byte[]> entryBundle(@PathVariable String indexAndWidth) {
        Tile tile = signedTile(0, indexAndWidth);
        return ResponseEntity.ok().cacheControl(FOR_GOOD_PRIVATELY).body(tiles.entryBundle(tile));
    }

    /** The tile the path names, when the tree of the latest checkpoint holds all of it. */
    private Tile signedTile(int level, String indexAndWidth) {
        Tile tile;
        try {
            tile = Tile.parse(level, indexAndWidth.substring(1));
        } catch (IllegalArgumentException notATile) {
            throw new NotFoundException(notATile.getMessage());
        }
        long signed = checkpoints.latest().map(SignedCheckpoint::treeSize).orElse(0L);
        if (!fitsIn(tile, signed)) {
            throw new NotFoundException("tile " + indexAndWidth.substring(1) + " at level " + level
                    + " is not in the tree of the latest checkpoint (size " + signed + ")");
        }
        return tile;
    }

    private static boolean fitsIn(Tile tile, long treeSize) {
        try {
            return tile.treeSizeNeeded() <= treeSize;
        } catch (ArithmeticException beyondAnyTree) {
            return false;
        }
    }
}
