package tcps.rest.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 201 Created with the new resource's {@code Location} and its representation. */
public final class Created {

    private Created() {}

    /** The new resource lives below the request's own path: {@code POST /api/x} creates {@code /api/x/{id}}. */
    public static Response below(UriInfo uri, long id, Object body) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(body)
                .build();
    }

    /** The new resource lives elsewhere, at {@code path} under the API root. */
    public static Response at(UriInfo uri, String path, Object body) {
        return Response.created(uri.getBaseUriBuilder().path(path).build())
                .entity(body)
                .build();
    }
}
