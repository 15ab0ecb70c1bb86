package nl.overheid.ailedger.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The aggregates used last, held in memory up to a number, so that a command does not read and apply the whole
 * history of its aggregate again (a third of the CPU of a posted event before). Only for a ledger that is the only
 * writer of its store: a cached aggregate does not see events another node appended.
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
        aggregates.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return aggregates.asMap().putIfAbsent(key, value) == null;
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
