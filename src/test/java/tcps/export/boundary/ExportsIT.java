package tcps.export.boundary;

import static jakarta.json.JsonValue.ValueType.ARRAY;
import static jakarta.json.JsonValue.ValueType.FALSE;
import static jakarta.json.JsonValue.ValueType.NUMBER;
import static jakarta.json.JsonValue.ValueType.OBJECT;
import static jakarta.json.JsonValue.ValueType.STRING;
import static jakarta.json.JsonValue.ValueType.TRUE;
import static org.assertj.core.api.Assertions.assertThat;
import static tcps.JsonShapes.assertProblem;
import static tcps.JsonShapes.assertShape;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue.ValueType;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.LineClient;
import tcps.TcpsDeployment;

/**
 * The exports ({@code GET /api/export/{json,csv,pdf}}) on PostgreSQL, each parsed back: JSON by its shape, CSV with a
 * CSV parser, PDF with PDFBox; and their errors as problems.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportsIT {

    private static final String JSON = "application/json";
    private static final Set<ValueType> BOOLEAN = EnumSet.of(TRUE, FALSE);
    private static final String AWKWARD = "export check, with \"quotes\",\nand a second line";
    private static final String BUCKET = "compliance";

    @ArquillianResource
    URL deployment;

    private LineClient line;
    private ExportClient exports;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        line = new LineClient(deployment);
        exports = new ExportClient(deployment);
    }

    @Test
    void jsonExportHoldsTheRangesWorkOrdersAndTheOpenAndons() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sku = LineClient.uniqueSku();
        long workOrder = createWorkOrder(sku);
        long andon = line.triggerAndon(sku, "test_failure");

        ExportClient.Download download = exports.get("json", range(from));

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType()).startsWith(JSON);
        assertThat(download.disposition()).matches("attachment; filename=\"tcps-report-\\d{8}T\\d{6}Z\\.json\"");
        JsonObject report = Json.createReader(new StringReader(download.text())).readObject();
        assertShape(
                "export",
                report,
                Map.of(
                        "title", Set.of(STRING),
                        "generatedAt", Set.of(STRING),
                        "range", Set.of(OBJECT),
                        "health", Set.of(OBJECT),
                        "metrics", Set.of(OBJECT),
                        "openAndons", Set.of(OBJECT),
                        "workOrders", Set.of(OBJECT)));
        assertThat(report.getJsonObject("range").getString("from")).isEqualTo(from.toString());
        assertShape(
                "export health",
                report.getJsonObject("health"),
                Map.of("status", Set.of(STRING), "checkedAt", Set.of(STRING), "components", Set.of(ARRAY)));
        assertThat(report.getJsonObject("metrics").keySet())
                .containsExactly("overview", "production", "quality", "kanban");
        assertThat(report.getJsonObject("openAndons").getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(
                        item -> assertThat(item.getJsonNumber("id").longValue()).isEqualTo(andon));
        JsonObject workOrders = report.getJsonObject("workOrders");
        assertShape(
                "export work orders",
                workOrders,
                Map.of(
                        "total", Set.of(NUMBER),
                        "limit", Set.of(NUMBER),
                        "truncated", BOOLEAN,
                        "items", Set.of(ARRAY),
                        "exported", Set.of(NUMBER)));
        assertThat(workOrders.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(item -> {
                    assertThat(item.getJsonNumber("id").longValue()).isEqualTo(workOrder);
                    assertThat(item.getString("description")).isEqualTo(AWKWARD);
                    assertThat(item.getString("skuId")).isEqualTo(sku);
                });
        assertThat(workOrders.getInt("exported")).isEqualTo(workOrders.getInt("total"));
        resolve(andon);
    }

    @Test
    void csvExportParsesBackWithTheWorkOrderUnharmed() throws IOException {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sku = LineClient.uniqueSku();
        long workOrder = createWorkOrder(sku);
        long andon = line.triggerAndon(sku, "security_vulnerability");

        ExportClient.Download download = exports.get("csv", range(from));

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType().replace(" ", "")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(download.disposition()).matches("attachment; filename=\"tcps-report-\\d{8}T\\d{6}Z\\.csv\"");
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(download.text()), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        assertThat(records)
                .contains(
                        List.of("Report"),
                        List.of("Health"),
                        List.of("Key metrics"),
                        List.of("Open Andons"),
                        List.of("Work orders"),
                        List.of("from", from.toString()));
        assertThat(records)
                .anySatisfy(row ->
                        assertThat(row).startsWith(Long.toString(workOrder)).contains(sku, BUCKET, "low", AWKWARD));
        assertThat(records).anySatisfy(row -> assertThat(row).contains("CRITICAL", "security_vulnerability", sku));
        assertThat(records).anySatisfy(row -> assertThat(row).startsWith("overview", "totalWorkOrders"));
        resolve(andon);
    }

    @Test
    void pdfExportShowsHealthMetricsAndonsAndWorkOrders() throws IOException {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sku = LineClient.uniqueSku();
        createWorkOrder(sku);
        long andon = line.triggerAndon(sku, "deployment_failure");

        ExportClient.Download download = exports.get("pdf", range(from));

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.disposition()).matches("attachment; filename=\"tcps-report-\\d{8}T\\d{6}Z\\.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("TCPS Health Monitor report")
                    .contains("Range: " + from)
                    .containsPattern("Health: (healthy|degraded|unhealthy)")
                    .contains("persistence")
                    .contains("overview totalWorkOrders")
                    .contains("deployment_failure")
                    .contains(sku)
                    .contains("Work orders created in the range: 1")
                    .contains("export check, with");
        } finally {
            resolve(andon);
        }
    }

    @Test
    void exportErrorsAreProblems() {
        JsonObject unknown = assertProblem(exports.get("xml", "").asReply(), 404);
        assertThat(unknown.getString("detail")).contains("json, csv, pdf");

        assertProblem(
                exports.get("csv", "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                        .asReply(),
                400);
        JsonObject unparsable =
                assertProblem(exports.get("pdf", "?from=yesterday").asReply(), 400);
        assertThat(unparsable.getString("detail")).contains("'from'");
        assertProblem(exports.get("json", "?to=2026-13-01T00:00:00Z").asReply(), 400);
    }

    private long createWorkOrder(String sku) {
        return line.create(AWKWARD, "low", BUCKET, sku).getJsonNumber("id").longValue();
    }

    /** Leaves no critical Andon open behind: other tests read the line's health. */
    private void resolve(long andon) {
        assertThat(line.resolveAndon(andon).status()).isEqualTo(200);
    }

    /** From {@code from} (taken before this test created anything) to a minute from now: only this test's rows. */
    private static String range(Instant from) {
        return "?from=" + from + "&to=" + Instant.now().plusSeconds(60);
    }
}
