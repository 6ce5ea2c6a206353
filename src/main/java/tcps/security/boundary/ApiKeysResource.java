package tcps.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import tcps.rest.boundary.Created;
import tcps.security.control.IssuedKey;
import tcps.security.control.KeyRing;
import tcps.security.entity.Role;

/** API keys for machines: created (the key is in that answer only), listed and revoked by an admin. */
@Requires(Role.ADMIN)
@Path("keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    @Inject
    KeyRing keys;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateApiKeyRequest request) {
        IssuedKey issued = keys.issue(
                request.name.strip(),
                Role.named(request.role),
                security.getUserPrincipal().getName());
        return Created.below(uri, issued.key().getId(), ApiKeyView.withSecret(issued.key(), issued.secret()));
    }

    @GET
    public List<ApiKeyView> list() {
        return keys.all().stream().map(ApiKeyView::of).toList();
    }

    /** Revoked keys stay listed (the audit names them) and stop working at once. */
    @DELETE
    @Path("{id}")
    public ApiKeyView revoke(@PathParam("id") long id) {
        return ApiKeyView.of(keys.revoke(id));
    }
}
