package tcps.rest.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;
import tcps.storage.entity.Slice;

/** One page of a list: the items, the total that matched, and where the page starts. */
@JsonbPropertyOrder({"items", "total", "offset", "limit"})
public record Page<T>(List<T> items, long total, int offset, int limit) {

    /** The API's page of a stored slice, each item shown through {@code view}. */
    public static <E, T> Page<T> of(Slice<E> slice, Function<E, T> view, int offset, int limit) {
        return new Page<>(slice.items().stream().map(view).toList(), slice.total(), offset, limit);
    }
}
