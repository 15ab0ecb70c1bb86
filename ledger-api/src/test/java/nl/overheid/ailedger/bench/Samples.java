package nl.overheid.ailedger.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies or rates measured by the harness, and the order statistics the report gives of them. */
final class Samples {

    private double[] values = new double[256];
    private int count;

    synchronized void add(double value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = value;
    }

    synchronized int count() {
        return count;
    }

    /** The nearest-rank percentile, {@code p} in (0, 100]; NaN when there are no samples. */
    synchronized double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)];
    }

    /** The median of a few repeated measurements: the middle one, or the mean of the middle two. */
    static double median(List<Double> rounds) {
        double[] sorted = rounds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
