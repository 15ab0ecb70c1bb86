package nl.overheid.ailedger.core.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tile of a tiled transparency log (c2sp.org/tlog-tiles): hash {@code i} of tile {@code index} at {@code level} is
 * MTH(D[(index * 256 + i) * 256^level : (index * 256 + i + 1) * 256^level]), for {@code i} below {@code width}.
 * The level-0 tile with the same index and width is also the coordinate of an entry bundle.
 *
 * @param width 256 for a full tile, 1 to 255 for a partial one
 */
public record Tile(int level, long index, int width) {

    public static final int FULL_WIDTH = 256;
    /** The highest level the specification allows. */
    public static final int MAX_LEVEL = 63;

    private static final Pattern INDEX_AND_WIDTH = Pattern.compile("((?:x\\d{3}/)*\\d{3})(?:\\.p/([1-9]\\d{0,2}))?");

    public Tile {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("a tile level lies between 0 and " + MAX_LEVEL + ": " + level);
        }
        if (index < 0) {
            throw new IllegalArgumentException("a tile index is 0 or more: " + index);
        }
        if (width < 1 || width > FULL_WIDTH) {
            throw new IllegalArgumentException("a tile is 1 to " + FULL_WIDTH + " hashes wide: " + width);
        }
    }

    /**
     * Reads the index and width part of a tile path, {@code x001/x234/067} or {@code 067.p/12}, as the specification
     * writes them and in no other way (no extra leading zero groups, no leading zeros in the width).
     *
     * @throws IllegalArgumentException when the path is not such a part
     */
    public static Tile parse(int level, String indexAndWidth) {
        Matcher matcher = INDEX_AND_WIDTH.matcher(indexAndWidth);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a tile index: " + indexAndWidth);
        }
        long index = 0;
        for (String group : matcher.group(1).split("/")) {
            try {
                index = Math.addExact(Math.multiplyExact(index, 1000), Integer.parseInt(group.replace("x", "")));
            } catch (ArithmeticException tooLarge) {
                throw new IllegalArgumentException("a tile index beyond any tree: " + indexAndWidth, tooLarge);
            }
        }
        int width = matcher.group(2) == null ? FULL_WIDTH : Integer.parseInt(matcher.group(2));
        Tile tile = new Tile(level, index, width);
        if (!tile.indexAndWidth().equals(indexAndWidth)) {
            throw new IllegalArgumentException("not the canonical form of a tile index: " + indexAndWidth);
        }
        return tile;
    }

    /** The full and partial tiles at {@code level} that a tree of {@code treeSize} consists of, in order. */
    public static List<Tile> ofTree(int level, long treeSize) {
        long hashes = treeSize / span(level);
        List<Tile> tiles = new ArrayList<>();
        for (long index = 0; index < hashes / FULL_WIDTH; index++) {
            tiles.add(new Tile(level, index, FULL_WIDTH));
        }
        if (hashes % FULL_WIDTH > 0) {
            tiles.add(new Tile(level, hashes / FULL_WIDTH, (int) (hashes % FULL_WIDTH)));
        }
        return tiles;
    }

    public boolean isPartial() {
        return width < FULL_WIDTH;
    }

    /** Position among the hashes of this level of the tile's first hash. */
    public long firstHash() {
        return Math.multiplyExact(index, FULL_WIDTH);
    }

    /** Entries one hash of this tile covers: 256^level. */
    public long hashSpan() {
        return span(level);
    }

    /** The smallest tree that holds all of this tile's hashes. */
    public long treeSizeNeeded() {
        return Math.multiplyExact(Math.addExact(firstHash(), width), hashSpan());
    }

    /** The tile path after {@code tile/<L>/} or {@code tile/entries/}: {@code x001/x234/067[.p/W]}. */
    public String indexAndWidth() {
        StringBuilder path = new StringBuilder();
        String digits = Long.toString(index);
        int groups = (digits.length() + 2) / 3;
        String padded = "0".repeat(groups * 3 - digits.length()) + digits;
        for (int group = 0; group < groups; group++) {
            if (group < groups - 1) {
                path.append('x');
            }
            path.append(padded, group * 3, group * 3 + 3);
            if (group < groups - 1) {
                path.append('/');
            }
        }
        return isPartial() ? path.append(".p/").append(width).toString() : path.toString();
    }

    /** 256^level, or {@link ArithmeticException} past what a tree size can reach. */
    private static long span(int level) {
        long span = 1;
        for (int i = 0; i < level; i++) {
            span = Math.multiplyExact(span, FULL_WIDTH);
        }
        return span;
    }
}
