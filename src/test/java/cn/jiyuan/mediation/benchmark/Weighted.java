package cn.jiyuan.mediation.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed choice with weights (e.g. neighbour disputes far more often than intellectual property), so that the
 * generated cases are skewed the way a real ledger is: the indexes and the planner see realistic selectivities.
 */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    Weighted<T> add(T value, double weight) {
        total += weight;
        values.add(value);
        cumulative.add(total);
        return this;
    }

    T pick(SplittableRandom random) {
        double x = random.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            if (x < cumulative.get(i)) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
