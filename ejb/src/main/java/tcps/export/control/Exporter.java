package tcps.export.control;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an {@link ExportReport} in one format, row by row as the report hands its work orders out. */
public interface Exporter {

    /** The Content-Type of what {@link #write} produces. */
    String mediaType();

    /** The file name extension, without the dot. */
    String extension();

    void write(ExportReport report, OutputStream out) throws IOException;
}
