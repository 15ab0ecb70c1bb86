package nl.overheid.ailedger.projections;

import java.util.List;

/** One page of what a query found, pages counted from 1; {@code total} counts what it found on all pages. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {
}
