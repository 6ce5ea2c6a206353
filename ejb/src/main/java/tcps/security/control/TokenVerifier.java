package tcps.security.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.security.entity.Role;

/**
 * Bearer tokens from the enterprise identity provider, in the MicroProfile JWT format and configured with its keys
 * ({@code mp.jwt.verify.publickey.location} or {@code mp.jwt.verify.publickey}, {@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.audiences}): signature (RS256, ES256), issuer, audience and expiry are checked, and the groups
 * claim is mapped to the product's roles. Verified here rather than by the server's MP-JWT mechanism because API keys
 * arrive in the same {@code Authorization: Bearer} header, and one place must decide which of the two it holds.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    @Inject
    GroupRoles groupRoles;

    private ConfigurableJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void configure() {
        Optional<VerificationKeys.Source> keys = VerificationKeys.from(keyLocation, inlineKey);
        if (keys.isEmpty()) {
            LOG.info("No identity provider configured (mp.jwt.verify.publickey.location): tokens are refused");
            return;
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys.get().jwks()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audiences.map(TokenVerifier::listed).orElse(null),
                issuer.map(iss -> new JWTClaimsSet.Builder().issuer(iss).build())
                        .orElse(null),
                Set.of("exp", "iss"),
                null));
        LOG.info(() -> "Identity provider tokens accepted from issuer " + issuer.orElse("(any)") + ", keys from "
                + keys.get().description());
    }

    public Caller verify(String token) {
        if (processor == null) {
            throw new Unauthenticated("Tokens are not accepted: no identity provider is configured.");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new Unauthenticated("The token is not valid: " + e.getMessage());
        }
        Role role = groupRoles.roleOf(claims);
        return new Caller(nameOf(claims), role, Caller.Via.TOKEN);
    }

    private static Set<String> listed(String commaSeparated) {
        Set<String> values = new HashSet<>();
        for (String value : commaSeparated.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /** The MicroProfile JWT order: upn, then preferred_username, then sub. */
    static String nameOf(JWTClaimsSet claims) {
        for (String claim : new String[] {"upn", "preferred_username", "sub"}) {
            Object value = claims.getClaim(claim);
            if (value instanceof String name && !name.isBlank()) {
                return name;
            }
        }
        return "(token without subject)";
    }
}
