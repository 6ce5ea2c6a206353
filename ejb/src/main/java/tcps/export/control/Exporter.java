package tcps.export.control;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an {@link ExportReport} in one format, row by row as the report hands its work orders out. Each exporter is a
 * CDI bean that says which format it writes; {@link Exporters} finds it by that.
 */
public interface Exporter {

    /** The format this exporter writes: {@code /api/export/{format}}. */
    ExportFormat format();

    /** The Content-Type of what {@link #write} produces. */
    String mediaType();

    /** The file name extension, without the dot. */
    String extension();

    void write(ExportReport report, OutputStream out) throws IOException;
}
