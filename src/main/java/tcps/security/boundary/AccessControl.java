package tcps.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import tcps.security.control.RateLimits;
import tcps.security.control.SecuritySettings;
import tcps.security.entity.Role;

/**
 * Puts a role check in front of every resource method. A method whose access is not declared needs the admin role,
 * so forgetting the annotation closes a door rather than opening it (AccessDeclaredTest also refuses it). Writes are
 * rate limited per caller after the role check, except where a resource paces itself ({@link OwnBackPressure}).
 */
@Provider
@ApplicationScoped
public class AccessControl implements DynamicFeature {

    @Inject
    SecuritySettings settings;

    @Inject
    RateLimits limits;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Access declared = Access.declaredOn(resource.getResourceMethod(), resource.getResourceClass());
        Access access = declared != null ? declared : new Access(Role.ADMIN, false, false);
        context.register(new RoleCheck(access, settings), Priorities.AUTHORIZATION);
        boolean writes = !resource.getResourceMethod().isAnnotationPresent(jakarta.ws.rs.GET.class);
        if (writes
                && access.needed(settings) != null
                && !resource.getResourceClass().isAnnotationPresent(OwnBackPressure.class)) {
            context.register(new WriteLimit(limits), Priorities.AUTHORIZATION + 10);
        }
    }
}
