package tcps.dashboard.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /api/stream/stats}: who is connected, what was sent, who was let go and why. */
@JsonbPropertyOrder({"clientCount", "eventsSent", "drops", "lastEventId", "clients"})
public record StreamStats(
        int clientCount, long eventsSent, Map<String, Long> drops, long lastEventId, List<Client> clients) {

    @JsonbPropertyOrder({"id", "connectedSince", "eventsSent", "lastSendAt", "queued"})
    public record Client(long id, Instant connectedSince, long eventsSent, Instant lastSendAt, int queued) {

        static Client of(StreamClient client) {
            return new Client(
                    client.id(), client.connectedSince(), client.eventsSent(), client.lastSendAt(), client.queued());
        }
    }
}
