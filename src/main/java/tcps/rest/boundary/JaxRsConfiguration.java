package tcps.rest.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Every REST resource lives under {@code /api}; the page and the WebSocket endpoint own the rest of the tree. */
@ApplicationPath("api")
public class JaxRsConfiguration extends Application {

    /** Jersey (Payara) answers OPTIONS with a WADL document of the whole API otherwise; other runtimes ignore the key. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
