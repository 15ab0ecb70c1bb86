package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tile paths and the tiles of a tree, with the examples of c2sp.org/tlog-tiles. */
class TileTest {

    @Test
    void writesAnIndexInThreeDigitGroupsAllButTheLastPrefixedWithX() {
        assertThat(new Tile(0, 1_234_067, 256).indexAndWidth()).isEqualTo("x001/x234/067");
        assertThat(new Tile(0, 0, 256).indexAndWidth()).isEqualTo("000");
        assertThat(new Tile(2, 1000, 17).indexAndWidth()).isEqualTo("x001/000.p/17");
    }

    @Test
    void readsWhatItWrites() {
        assertThat(Tile.parse(0, "x001/x234/067")).isEqualTo(new Tile(0, 1_234_067, 256));
        assertThat(Tile.parse(1, "005.p/112")).isEqualTo(new Tile(1, 5, 112));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "05", "x000/005", "x1/005", "001/002", "x001", "005.p/0", "005.p/256", "005.p/012",
            "005.p/", "005/", "-01", "x999/x999/x999/x999/x999/x999/x999/999"})
    void refusesAnythingElse(String path) {
        assertThatThrownBy(() -> Tile.parse(0, path)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The specification's example: a tree of 70,000 entries. */
    @Test
    void splitsATreeIntoFullTilesAndOnePartialTilePerLevel() {
        List<Tile> level0 = Tile.ofTree(0, 70_000);
        assertThat(level0).hasSize(274);
        assertThat(level0.subList(0, 273)).noneMatch(Tile::isPartial);
        assertThat(level0.get(273)).isEqualTo(new Tile(0, 273, 112));
        assertThat(Tile.ofTree(1, 70_000)).containsExactly(new Tile(1, 0, 256), new Tile(1, 1, 17));
        assertThat(Tile.ofTree(2, 70_000)).containsExactly(new Tile(2, 0, 1));
        assertThat(Tile.ofTree(3, 70_000)).isEmpty();
    }

    @Test
    void aTreeOf256HasAFullLevel0TileAndAPartialLevel1Tile() {
        assertThat(Tile.ofTree(0, 256)).containsExactly(new Tile(0, 0, 256));
        assertThat(Tile.ofTree(1, 256)).containsExactly(new Tile(1, 0, 1));
    }

    @Test
    void aTileNeedsTheTreeThatHoldsItsLastHash() {
        assertThat(new Tile(0, 273, 112).treeSizeNeeded()).isEqualTo(70_000);
        assertThat(new Tile(1, 1, 17).treeSizeNeeded()).isEqualTo(273 * 256);
        assertThatThrownBy(() -> new Tile(9, 0, 1).treeSizeNeeded()).isInstanceOf(ArithmeticException.class);
    }
}
