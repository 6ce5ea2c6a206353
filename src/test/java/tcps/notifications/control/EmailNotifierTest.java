package tcps.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tcps.alerting.control.AlertFacts;

/** The email channel through a real SMTP server in process (GreenMail), read back as a mail client would. */
class EmailNotifierTest {

    private GreenMail smtp;
    private EmailNotifier email;

    @BeforeEach
    void setUp() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        email = new EmailNotifier();
        email.smtp = Optional.of("127.0.0.1:" + smtp.getSmtp().getPort());
        email.from = "tcps-alerts@example.com";
        email.to = Optional.of("ops-team@example.com, oncall@example.com");
        email.starttls = true;
        email.sslTrust = Optional.empty();
        email.username = Optional.empty();
        email.password = Optional.empty();
        email.timeoutMs = 2000;
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    @Test
    void implicitTlsReachesAnSmtpsServer() throws Exception {
        GreenMail smtps = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        smtps.start();
        try {
            email.smtp = Optional.of("127.0.0.1:" + smtps.getSmtps().getPort());
            email.ssl = true;
            email.sslTrust = Optional.of("127.0.0.1");
            email.send(Samples.notification("email", new Notice(Notice.FIRED, Samples.firing(1))));
            assertThat(smtps.getReceivedMessages())
                    .as("over TLS, one per recipient")
                    .hasSize(2);
            assertThat(smtp.getReceivedMessages()).isEmpty();
        } finally {
            smtps.stop();
        }
    }

    @Test
    void implicitTlsAgainstAPlainServerFailsAndIsRetried() {
        email.ssl = true;
        email.sslTrust = Optional.of("127.0.0.1");
        assertThatThrownBy(() -> email.send(Samples.notification("email", new Notice(Notice.FIRED, Samples.firing(1)))))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.retryable()).isTrue());
        assertThat(smtp.getReceivedMessages()).as("nothing sent in clear").isEmpty();
    }

    @Test
    void aGroupArrivesAsHtmlWithAPlainTextAlternativeListingEveryAlert() throws Exception {
        email.send(Samples.notification(
                "email",
                new Notice(Notice.FIRED, Samples.firing(1)),
                new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(2))));
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(smtp.getReceivedMessages()).as("one per recipient").hasSize(2);
        assertThat(received.getSubject()).isEqualTo("[FIRING:1, ACKNOWLEDGED:1] WIP Limit Exceeded (kanban)");
        assertThat(received.getFrom()[0].toString()).isEqualTo("tcps-alerts@example.com");
        assertThat(Arrays.stream(received.getAllRecipients()).map(Address::toString))
                .containsExactly("ops-team@example.com", "oncall@example.com");
        assertThat(received.getHeader("X-TCPS-Idempotency-Key")[0]).isEqualTo("7f3a9c0e5b1d2468ace013579bdf0246");

        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String text = (String) parts.getBodyPart(0).getContent();
        assertThat(text)
                .contains(
                        "FIRING: WIP limit exceeded in bucket review",
                        "Value: 7 (threshold 5)",
                        "Acknowledged by: ops@example.com: looking into it",
                        "https://tcps.example.com/api/alerts/2");

        Document html = xhtml((String) parts.getBodyPart(1).getContent());
        assertThat(cell(html, 1, "Severity")).isEqualTo("warning");
        assertThat(cell(html, 1, "Rule")).isEqualTo("WIP Limit Exceeded");
        assertThat(cell(html, 1, "Component")).isEqualTo("kanban");
        assertThat(cell(html, 1, "Value")).isEqualTo("7 (threshold 5)");
        assertThat(cell(html, 1, "Since")).isEqualTo(Samples.FIRED.toString());
        assertThat(cell(html, 2, "Acknowledged by")).isEqualTo("ops@example.com: looking into it");
        assertThat(xpath(html, "//*[@id='alert-2']//*[local-name()='a']/@href"))
                .isEqualTo("https://tcps.example.com/api/alerts/2");
        assertThat(xpath(html, "//*[local-name()='p']/*[local-name()='a']/@href"))
                .isEqualTo("https://tcps.example.com/");
    }

    @Test
    void hostileTextIsEscapedNotInterpreted() throws Exception {
        AlertFacts plain = Samples.firing(3);
        java.util.Map<String, String> annotations = new java.util.HashMap<>(plain.annotations());
        annotations.put("description", "<script>alert(1)</script> & \"quoted\"");
        AlertFacts hostile = new AlertFacts(
                3,
                plain.fingerprint(),
                plain.rule(),
                plain.ruleId(),
                plain.severity(),
                plain.component(),
                "<b>bold</b> & more",
                "firing",
                "rule",
                7.0,
                5.0,
                false,
                plain.labels(),
                annotations,
                null,
                null,
                Samples.STARTED,
                Samples.FIRED,
                null,
                null,
                null,
                null,
                null,
                null);
        email.send(Samples.notification("email", new Notice(Notice.FIRED, hostile)));
        MimeMultipart parts = (MimeMultipart) smtp.getReceivedMessages()[0].getContent();
        String markup = (String) parts.getBodyPart(1).getContent();
        assertThat(markup).doesNotContain("<script>").doesNotContain("<b>bold");
        Document html = xhtml(markup);
        assertThat(cell(html, 3, "Description")).isEqualTo("<script>alert(1)</script> & \"quoted\"");
    }

    @Test
    void credentialsAreUsedAndAWrongPasswordIsNotRetried() throws Exception {
        smtp.setUser("tcps", "right-password");
        email.username = Optional.of("tcps");
        email.password = Optional.of("right-password");
        email.send(Samples.notification("email", new Notice(Notice.FIRED, Samples.firing(1))));
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        email.password = Optional.of("wrong");
        assertThatThrownBy(() -> email.send(Samples.notification("email", new Notice(Notice.FIRED, Samples.firing(1)))))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.retryable()).isFalse());
        assertThat(email.settings().toString()).doesNotContain("wrong").contains(Secrets.MASK);
    }

    @Test
    void aServerThatIsNotThereIsTriedAgain() {
        smtp.stop();
        assertThatThrownBy(() -> email.send(Samples.notification("email", new Notice(Notice.FIRED, Samples.firing(1)))))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.retryable()).isTrue());
    }

    @Test
    void theChannelIsOnWithAServerAndRecipientsAndAsksForStarttls() {
        assertThat(email.enabled()).isTrue();
        assertThat(email.session().getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(email.session().getProperty("mail.smtp.connectiontimeout")).isEqualTo("2000");
        email.to = Optional.empty();
        assertThat(email.enabled()).isFalse();
        email.to = Optional.of("ops@example.com");
        email.smtp = Optional.empty();
        assertThat(email.enabled()).isFalse();
    }

    @Test
    void aResolvedGroupAndATestSaySoInTheSubject() throws Exception {
        assertThat(EmailBody.subject(Samples.notification("email", new Notice(Notice.RESOLVED, Samples.resolved(1)))))
                .isEqualTo("[RESOLVED] WIP Limit Exceeded (kanban)");
        assertThat(EmailBody.subject(Samples.notification("email", new Notice(Notice.TEST, Samples.firing(1)))))
                .startsWith("[TEST]");
    }

    private static Document xhtml(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
    }

    /** The value cell next to {@code name} in the table of alert {@code id}. */
    private static String cell(Document html, long id, String name) throws Exception {
        return xpath(
                html,
                "//*[@id='alert-" + id + "']//*[local-name()='tr'][*[local-name()='td'][1]='" + name
                        + "']/*[local-name()='td'][2]");
    }

    private static String xpath(Document html, String expression) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(expression, html, XPathConstants.STRING);
    }
}
