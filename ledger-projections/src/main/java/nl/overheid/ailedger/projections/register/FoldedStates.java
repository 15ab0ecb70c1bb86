package nl.overheid.ailedger.projections.register;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.projections.history.Folded;
import nl.overheid.ailedger.projections.history.StateHistory;
import org.springframework.stereotype.Component;

/**
 * The folded states the register committed last, kept so that the next event of an application is folded onto them
 * instead of onto a fold from its latest snapshot ({@link StateHistory}): a replay would otherwise read back every
 * application once per event.
 *
 * <p>A state is taken out while a batch folds onto it and put back only once that batch has committed, so a rolled
 * back batch leaves nothing behind. It is used only for the event right after it ({@code sequence = version + 1});
 * because a fold is deterministic, a state of that version equals the stored one, even when another node projected
 * the application in between. The least recently used states go first.
 */
@Component
class FoldedStates {

    /** Enough for every application of a large register; a state is a few kilobytes. */
    static final int CAPACITY = 25_000;

    private final Map<String, Folded<ApplicationState>> states = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Folded<ApplicationState>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The state to fold the event {@code sequence} of the application onto, when it is here. */
    synchronized Optional<Folded<ApplicationState>> take(String applicationId, long sequence) {
        Folded<ApplicationState> folded = states.remove(applicationId);
        return folded != null && folded.state().version() == sequence - 1 ? Optional.of(folded) : Optional.empty();
    }

    synchronized void put(Folded<ApplicationState> folded) {
        states.put(folded.state().applicationId(), folded);
    }

    synchronized void clear() {
        states.clear();
    }
}
