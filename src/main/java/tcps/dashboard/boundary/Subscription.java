package tcps.dashboard.boundary;

import jakarta.websocket.Session;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tcps.security.control.Caller;

/** One open dashboard connection: who opened it, the channels it listens to and how many of its sends are still in flight. */
final class Subscription {

    private final Session session;
    private final Caller caller;
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pendingSends = new AtomicInteger();

    /** {@code caller}: who opened the connection, null for an anonymous one. */
    Subscription(Session session, Caller caller) {
        this.session = session;
        this.caller = caller;
    }

    Caller caller() {
        return caller;
    }

    Session session() {
        return session;
    }

    boolean wants(String channel) {
        return channels.contains(channel);
    }

    void subscribe(Set<String> more) {
        channels.addAll(more);
    }

    void unsubscribe(Set<String> fewer) {
        channels.removeAll(fewer);
    }

    /** The channels listened to, in {@code order}. */
    List<String> channels(List<String> order) {
        return order.stream().filter(channels::contains).toList();
    }

    /** Counts one more send in flight, unless {@code max} are already: then the client is not reading. */
    boolean reserveSend(int max) {
        if (pendingSends.incrementAndGet() > max) {
            pendingSends.decrementAndGet();
            return false;
        }
        return true;
    }

    void sendDone() {
        pendingSends.decrementAndGet();
    }

    int pendingSends() {
        return pendingSends.get();
    }
}
