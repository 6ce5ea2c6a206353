package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.TcpsDeployment;
import tcps.TestKeys;

/** Signing in on the page in headless Chromium: the form first, who is signed in, what a viewer is offered, signing out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardSignInIT {

    @ArquillianResource
    URL deployment;

    private DashboardBrowser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void start() {
        browser = new DashboardBrowser();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void withoutCredentialsThePageAsksToSignInAndShowsNoData() {
        browser.open(deployment.toString());

        browser.await("the sign-in form", d -> browser.find("#sign-in").isDisplayed());
        assertThat(browser.find("#main").isDisplayed()).isFalse();
        assertThat(browser.find("#signed-in").isDisplayed()).isFalse();
        assertThat(browser.attribute("#sign-in-credential", "type")).isEqualTo("password");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aWrongKeyIsRefusedOnTheForm() {
        browser.open(deployment.toString());

        browser.signIn("tcps_not-a-key-this-server-knows");

        browser.await("the refusal on the form", d -> browser.text("#sign-in-form .form__errors")
                .contains("not valid"));
        assertThat(browser.find("#main").isDisplayed()).isFalse();
        assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);
    }

    @Test
    void aViewerSeesTheLineAndIsNotOfferedItsWrites() {
        browser.openSignedIn(deployment.toString(), TestKeys.viewer());

        assertThat(browser.text("#signed-in-name")).isEqualTo("it-viewer");
        assertThat(browser.text("#signed-in-role")).isEqualTo("viewer");
        browser.await(
                "the panels filled", d -> !browser.text("[data-kpi=total] dd").equals("–"));
        assertThat(browser.find("#new-work-order").isDisplayed()).isFalse();
        // The key is held for this browser session only, and never where a script of another page could find it.
        assertThat(browser.script("return sessionStorage.getItem('tcps.credential')"))
                .isEqualTo(TestKeys.viewer());
        assertThat(browser.script("return localStorage.length")).isEqualTo(0L);
        assertThat(browser.script("return document.cookie")).isEqualTo("");
    }

    @Test
    void anOperatorIsOfferedTheWritesAndSigningOutReturnsToTheForm() {
        browser.openSignedIn(deployment.toString(), TestKeys.operator());
        assertThat(browser.text("#signed-in-role")).isEqualTo("operator");
        assertThat(browser.find("#new-work-order").isDisplayed()).isTrue();

        browser.find("#sign-out").click();

        browser.await("the sign-in form again", d -> browser.find("#sign-in").isDisplayed());
        assertThat(browser.find("#main").isDisplayed()).isFalse();
        assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);
    }

    @Test
    void aPageWhoseSessionTheServerForgotSignsInAgainWithTheKeyItHolds() {
        browser.openSignedIn(deployment.toString(), TestKeys.operator());

        // What a restart does to the server's memory of sessions: the cookie is no longer known.
        browser.script("return fetch('api/session', {method: 'DELETE'})");
        browser.open(deployment.toString());

        browser.await("signed in again without the form", d -> browser.find("#signed-in")
                .isDisplayed());
        assertThat(browser.find("#sign-in").isDisplayed()).isFalse();
        assertThat(browser.text("#signed-in-name")).isEqualTo("it-operator");
    }
}
