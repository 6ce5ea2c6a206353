package tcps.dashboard.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.dashboard.control.LiveEvent;
import tcps.security.control.Caller;

/**
 * The open dashboard WebSocket sessions. Every send is asynchronous and counted, so a slow or dead client never holds
 * up the live feed or the other clients: one that lets {@code tcps.ws.max-pending-sends} messages pile up unread is
 * closed (1013, try again later) and may reconnect.
 */
@ApplicationScoped
public class DashboardSessions {

    private static final Logger LOG = Logger.getLogger(DashboardSessions.class.getName());
    private static final String SUBSCRIPTION = Subscription.class.getName();

    @Inject
    @ConfigProperty(name = "tcps.ws.max-message-bytes", defaultValue = "65536")
    int maxMessageBytes;

    @Inject
    @ConfigProperty(name = "tcps.ws.max-pending-sends", defaultValue = "256")
    int maxPendingSends;

    @Resource
    ManagedExecutorService closer;

    private final Map<String, Subscription> open = new ConcurrentHashMap<>();

    Subscription opened(Session session) {
        // Larger text messages make the container close the session with 1009 (message too big).
        session.setMaxTextMessageBufferSize(maxMessageBytes);
        // The caller filter found who is calling at the handshake; the container keeps it as the session's principal.
        Caller caller = session.getUserPrincipal() instanceof Caller known ? known : null;
        Subscription subscription = new Subscription(session, caller);
        session.getUserProperties().put(SUBSCRIPTION, subscription);
        open.put(session.getId(), subscription);
        return subscription;
    }

    Subscription of(Session session) {
        Object subscription = session.getUserProperties().get(SUBSCRIPTION);
        return subscription instanceof Subscription known ? known : opened(session);
    }

    void closed(Session session) {
        open.remove(session.getId());
    }

    int maxMessageBytes() {
        return maxMessageBytes;
    }

    int openSessions() {
        return open.size();
    }

    /**
     * Fans a live-feed event out to the sessions subscribed to its channel; written once for all of them. Never throws:
     * that would keep the event from the observers after this one (the SSE clients).
     */
    void broadcast(@Observes LiveEvent event) {
        try {
            String text = null;
            for (Subscription subscription : open.values()) {
                if (subscription.wants(event.channel())) {
                    if (text == null) {
                        text = Replies.event(event);
                    }
                    send(subscription, text);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send " + event + " to the dashboard sessions", e);
        }
    }

    /** Queues {@code text} for the session without waiting for it to be written. */
    void send(Subscription subscription, String text) {
        Session session = subscription.session();
        if (!session.isOpen()) {
            closed(session);
            return;
        }
        if (!subscription.reserveSend(maxPendingSends)) {
            dropSlow(subscription);
            return;
        }
        try {
            session.getAsyncRemote().sendText(text, result -> {
                subscription.sendDone();
                if (!result.isOK()) {
                    LOG.log(Level.FINE, "A dashboard send failed; closing " + session.getId(), result.getException());
                    close(subscription, new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "send failed"));
                }
            });
        } catch (RuntimeException e) {
            subscription.sendDone();
            LOG.log(Level.FINE, "A dashboard send was refused; closing " + session.getId(), e);
            close(subscription, new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "send refused"));
        }
    }

    private void dropSlow(Subscription subscription) {
        LOG.warning(() -> "Dashboard session " + subscription.session().getId() + " has " + maxPendingSends
                + " messages unread; closing it");
        close(subscription, new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many messages unread"));
    }

    /** Forgets the session at once, then closes it on another thread: a close frame may wait behind unread data. */
    private void close(Subscription subscription, CloseReason reason) {
        Session session = subscription.session();
        if (open.remove(session.getId()) == null) {
            return;
        }
        closer.execute(() -> {
            try {
                session.close(reason);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Closing dashboard session " + session.getId() + " failed", e);
            }
        });
    }
}
