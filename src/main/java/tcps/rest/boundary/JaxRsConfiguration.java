package tcps.rest.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every REST resource lives under {@code /api}; the page and the WebSocket endpoint own the rest of the tree. */
@ApplicationPath("api")
public class JaxRsConfiguration extends Application {}
