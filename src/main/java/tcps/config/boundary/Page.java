package tcps.config.boundary;

import java.util.List;

/** One page of a list: the items, the total that matched, and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) {}
