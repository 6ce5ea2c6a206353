package tcps.andon.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import tcps.andon.control.AndonPage;

/** A page of {@code GET /api/andon}: the events (newest first), how many match in all, and where the page starts. */
@JsonbPropertyOrder({"items", "total", "offset", "limit"})
public record AndonListView(List<AndonView> items, long total, int offset, int limit) {

    static AndonListView of(AndonPage page, Instant now) {
        List<AndonView> items =
                page.events().stream().map(event -> AndonView.of(event, now)).toList();
        return new AndonListView(items, page.total(), page.offset(), page.limit());
    }
}
