package nl.overheid.ailedger.config;

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
 * own unit of work rolls back, but not when a larger transaction around it does (an import).
 */
final class AggregateCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> aggregates;

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
        AfterCommit.run(() -> aggregates.put(key, value));
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
        return aggregates.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
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
