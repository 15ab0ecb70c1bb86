package nl.overheid.ailedger.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The aggregates used last, held in memory up to a number, so that a command does not read and apply the whole
 * history of its aggregate again (a third of the CPU of a posted event before). Only for a ledger that is the only
 * writer of its store: a cached aggregate does not see events another node appended.
 *
 * <p>An aggregate is cached only once the transaction that stored its events has committed. Until then it is out of
 * the cache, so that no other command decides on events that may yet roll back: Axon forgets an aggregate when its
 * own unit of work rolls back, but not when a larger transaction around it does (an import). A unit of work that
 * rolls back inside a larger transaction that commits (a command refused in a group commit) takes its aggregate's
 * pending entry with it: Axon's forgetting it cancels the entry that would be cached at the commit.
 */
final class AggregateCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> aggregates;
    /** The entry each key gets once its transaction commits; replaced by a later put, cancelled by a remove. */
    private final Map<Object, Object> pending = new ConcurrentHashMap<>();

    AggregateCache(int maximumSize) {
        this.aggregates = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) aggregates.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        aggregates.invalidate(key);
        pending.put(key, value);
        AfterCommit.run(() -> {
            if (pending.remove(key, value)) {
                aggregates.put(key, value);
            }
        });
    }

    /** Axon's aggregate repositories only put; this answers whether the key was free, and caches as {@link #put} does. */
    @Override
    public boolean putIfAbsent(Object key, Object value) {
        if (aggregates.asMap().containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    public boolean remove(Object key) {
        boolean pendingRemoved = pending.remove(key) != null;
        return aggregates.asMap().remove(key) != null || pendingRemoved;
    }

    @Override
    public void removeAll() {
        pending.clear();
        aggregates.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return aggregates.asMap().containsKey(key);
    }

    /** Axon's aggregate repositories register no listeners; nothing else uses this cache. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("the aggregate cache has no entry listeners");
    }
}
