package io.andes.core.interfaces.rest;

import jakarta.ws.rs.core.Response;

/** A PDF the API hands out as a file to save (an invoice, a receipt): never rendered inline, never content-sniffed. */
public final class PdfDownload {

    /** The media type, for {@code @Produces} next to JSON (the problem answers). */
    public static final String MEDIA_TYPE = "application/pdf";

    private PdfDownload() {}

    /** {@code content} as {@code fileName}.pdf. */
    public static Response of(byte[] content, String fileName) {
        return Response.ok(content, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
