package tcps.security.boundary;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Mints tokens as the integration tests' identity provider (src/test/resources/security) would issue them. */
final class TestIdentityProvider {

    static final String ISSUER = "https://idp.test.example";

    private TestIdentityProvider() {}

    static String token(String subject, List<String> groups, String issuer, Duration validFor, String keyFile) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .claim("upn", subject + "@ops.example")
                    .claim("groups", groups)
                    .issueTime(Date.from(Instant.now().minusSeconds(120)))
                    .expirationTime(Date.from(Instant.now().plus(validFor)))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(privateKey(keyFile)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException("The test token could not be signed", e);
        }
    }

    static String token(String subject, List<String> groups) {
        return token(subject, groups, ISSUER, Duration.ofMinutes(5), "idp-test-private.pem");
    }

    private static PrivateKey privateKey(String file) throws Exception {
        String pem = Files.readString(Path.of("src/test/resources/security", file));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
