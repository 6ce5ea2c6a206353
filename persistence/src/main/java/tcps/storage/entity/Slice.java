package tcps.storage.entity;

import java.util.List;
import java.util.function.Function;

/** One slice of a filtered list and how many rows the filter matches in all. */
public record Slice<T>(List<T> items, long total) {

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), total);
    }
}
