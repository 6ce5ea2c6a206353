package tcps;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the WAR the build just packaged, plus test-only classes. */
public final class TcpsDeployment {

    private TcpsDeployment() {}

    public static WebArchive create(Class<?>... testClasses) {
        File war = new File(System.getProperty("tcps.war", "target/tcps-health.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests through 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(testClasses);
    }
}
