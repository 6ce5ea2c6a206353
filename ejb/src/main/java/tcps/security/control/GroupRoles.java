package tcps.security.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.security.entity.Role;

/**
 * Maps the identity provider's groups to the product's roles: a token's strongest mapped group wins; a token whose
 * groups map to no role authenticates but may do nothing (403).
 */
@ApplicationScoped
public class GroupRoles {

    @Inject
    @ConfigProperty(name = "tcps.security.jwt.groups-claim", defaultValue = "groups")
    String groupsClaim;

    @Inject
    @ConfigProperty(name = "tcps.security.jwt.admin-groups", defaultValue = "admin")
    Set<String> adminGroups;

    @Inject
    @ConfigProperty(name = "tcps.security.jwt.operator-groups", defaultValue = "operator")
    Set<String> operatorGroups;

    @Inject
    @ConfigProperty(name = "tcps.security.jwt.viewer-groups", defaultValue = "viewer")
    Set<String> viewerGroups;

    Role roleOf(JWTClaimsSet claims) {
        Collection<?> groups = claims.getClaim(groupsClaim) instanceof Collection<?> listed ? listed : List.of();
        if (groups.stream().anyMatch(adminGroups::contains)) {
            return Role.ADMIN;
        }
        if (groups.stream().anyMatch(operatorGroups::contains)) {
            return Role.OPERATOR;
        }
        if (groups.stream().anyMatch(viewerGroups::contains)) {
            return Role.VIEWER;
        }
        return null;
    }
}
