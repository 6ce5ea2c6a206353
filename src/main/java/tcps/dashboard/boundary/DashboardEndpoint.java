package tcps.dashboard.boundary;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboard's two-way channel at {@code <context root>/ws}: JSON commands answered one reply each, and the live
 * feed's events on the channels a client subscribed to. A bad message is answered with an error and the session stays
 * open; only a message over {@code tcps.ws.max-message-bytes} closes it (1009).
 */
@ServerEndpoint("/ws")
public class DashboardEndpoint {

    private static final Logger LOG = Logger.getLogger(DashboardEndpoint.class.getName());

    @Inject
    DashboardSessions sessions;

    @Inject
    DashboardCommands commands;

    @OnOpen
    public void open(Session session) {
        sessions.opened(session);
    }

    @OnMessage
    public void message(String text, Session session) throws IOException {
        // The container applies its buffer limit to fragmented messages only: one large frame is refused here.
        if (Utf8.length(text) > sessions.maxMessageBytes()) {
            session.close(new CloseReason(
                    CloseReason.CloseCodes.TOO_BIG,
                    "Messages are limited to " + sessions.maxMessageBytes() + " bytes"));
            return;
        }
        Subscription subscription = sessions.of(session);
        sessions.send(subscription, commands.handle(text, subscription));
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        sessions.closed(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        // Broken connections and oversized messages end up here; the container closes the session itself.
        LOG.log(Level.FINE, "Dashboard session " + session.getId() + " failed", failure);
        if (!session.isOpen()) {
            sessions.closed(session);
        }
    }
}
