package tcps.problems.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import tcps.problems.control.RequestBinding;

/** The JSON-B that JAX-RS binds request bodies (and writes answers) with: see {@link RequestBinding}. */
@Provider
public class RequestJsonb implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return RequestBinding.JSONB;
    }
}
