package tcps.backups.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import tcps.backups.control.BackupManifest;
import tcps.backups.control.BackupVerification;
import tcps.backups.control.Backups;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * Database backups: list, write one now, verify one, and restore one (only when the server was started with {@code
 * tcps.backup.restore-enabled=true}; it replaces every table's content).
 */
@Requires(Role.ADMIN)
@Path("backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    private static final String NAME = "{name: backup-[0-9TZ]+}";

    @EJB
    Backups backups;

    @Context
    UriInfo uri;

    @GET
    public List<BackupManifest> list() {
        return backups.list();
    }

    @POST
    public Response backup() {
        BackupManifest manifest = backups.backup();
        return Response.created(
                        uri.getAbsolutePathBuilder().path(manifest.name()).build())
                .entity(manifest)
                .build();
    }

    @GET
    @Path(NAME)
    public BackupManifest manifest(@PathParam("name") String name) {
        return backups.manifest(name);
    }

    @GET
    @Path(NAME + "/verification")
    public BackupVerification verification(@PathParam("name") String name) {
        return backups.verify(name);
    }

    @POST
    @Path(NAME + "/restore")
    public BackupManifest restore(@PathParam("name") String name) {
        return backups.restore(name);
    }
}
