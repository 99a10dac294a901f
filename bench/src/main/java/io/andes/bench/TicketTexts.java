package io.andes.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Realistic Spanish ticket content for the benchmark, drawn from a {@link Random} so a seed reproduces it: a leaf
 * category of the seeded catalog (V5), a subject that fits it, a description of two to four sentences, and for the
 * seeded history a status and dates over the last year. About one subject in ten contains {@link #SEARCH_WORD}.
 */
final class TicketTexts {

    /** A word the search route looks for: it is in the subjects of the "Folios agotados" category. */
    static final String SEARCH_WORD = "folios";

    static final Duration HISTORY_SPAN = Duration.ofDays(365);

    /** A leaf of the seeded catalog, with the service and queue a ticket in it takes, and subject openings. */
    record Leaf(long id, String service, String queue, List<String> subjects) {}

    static final List<Leaf> LEAVES = List.of(
            new Leaf(102, "erp", "tecnica", List.of("Error al emitir factura", "Rechazo al emitir nota de crédito")),
            new Leaf(103, "erp", "tecnica", List.of("Folios agotados para factura", "No quedan folios de boleta")),
            new Leaf(104, "erp", "tecnica", List.of("Documento sin respuesta del SII", "Envío rechazado por la DIAN")),
            new Leaf(111, "erp", "tecnica", List.of("No puedo cerrar el mes", "Cierre contable bloqueado")),
            new Leaf(112, "erp", "tecnica", List.of("Reporte de ventas incompleto", "Balance no cuadra")),
            new Leaf(121, "erp", "administrativa", List.of("Cobro duplicado en la factura", "Reclamo por cargo")),
            new Leaf(122, "erp", "administrativa", List.of("Solicito dar de baja el servicio", "Baja de módulo")),
            new Leaf(201, "remuneraciones", "tecnica", List.of("Liquidación con cálculo incorrecto", "Horas extra")),
            new Leaf(202, "remuneraciones", "tecnica", List.of("Error al cargar archivo Previred", "Planilla PILA")),
            new Leaf(211, "remuneraciones", "tecnica", List.of("No puedo dar de alta a un trabajador", "Finiquito")));

    private static final List<String> DETAILS = List.of(
            "en la sucursal centro",
            "desde ayer",
            "en el cierre de marzo",
            "para el cliente mayorista",
            "con el usuario de contabilidad",
            "tras la actualización",
            "en la bodega norte",
            "urgente",
            "en producción",
            "del período anterior");

    private static final List<String> SENTENCES = List.of(
            "Al intentar emitir el documento el sistema muestra un mensaje de error y no avanza.",
            "El problema comenzó después de la última actualización del sistema.",
            "Ya revisamos la configuración de la empresa y los certificados están vigentes.",
            "Necesitamos resolverlo antes del cierre de mes porque afecta la facturación.",
            "Adjuntamos el detalle del error que aparece en pantalla.",
            "El usuario tiene los permisos de administrador asignados.",
            "Probamos en otro navegador y el resultado es el mismo.",
            "La última vez que funcionó correctamente fue la semana pasada.",
            "Otros usuarios de la empresa tienen el mismo inconveniente.",
            "Agradecemos que nos contacten al teléfono de la oficina.",
            "El monto informado no coincide con lo registrado en contabilidad.",
            "La liquidación del trabajador muestra descuentos que no corresponden.",
            "El archivo generado no es aceptado por la entidad recaudadora.",
            "Solicitamos revisar el cargo porque no contratamos ese módulo.",
            "Quedamos atentos a sus comentarios para continuar con el proceso.");

    private final Random random;

    TicketTexts(Random random) {
        this.random = random;
    }

    /** What a user types when opening a ticket. */
    record Content(Leaf leaf, String subject, String description) {}

    /** A ticket of the seeded history, opened {@code createdAt}, last updated {@code updatedAt}. */
    record HistoryTicket(Content content, String status, Instant createdAt, Instant updatedAt, Instant finishedAt) {}

    Content content() {
        Leaf leaf = pick(LEAVES);
        String subject = pick(leaf.subjects()) + " " + pick(DETAILS);
        int sentences = 2 + random.nextInt(3);
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            description.append(i == 0 ? "" : " ").append(pick(SENTENCES));
        }
        description
                .append(" Referencia interna ")
                .append(10_000 + random.nextInt(90_000))
                .append('.');
        return new Content(leaf, subject, description.toString());
    }

    /**
     * A ticket opened at a random moment of the year before {@code now}: the older it is, the likelier it is
     * finished; finished tickets carry their finishing time.
     */
    HistoryTicket historyTicket(Instant now) {
        Content content = content();
        Instant created = now.minusSeconds(random.nextLong(HISTORY_SPAN.toSeconds()));
        boolean old = Duration.between(created, now).toDays() > 30;
        String status = status(old ? 0.85 : 0.35);
        long activity = random.nextLong(Duration.ofDays(old ? 20 : 3).toSeconds());
        Instant updated = created.plusSeconds(activity).isAfter(now) ? now : created.plusSeconds(activity);
        boolean finished = status.equals("RESUELTO") || status.equals("CERRADO");
        return new HistoryTicket(content, status, created, updated, finished ? updated : null);
    }

    private String status(double finishedShare) {
        double draw = random.nextDouble();
        if (draw < finishedShare) {
            return random.nextInt(4) == 0 ? "RESUELTO" : "CERRADO";
        }
        return pick(List.of("NUEVO", "ABIERTO", "ABIERTO", "EN_ESPERA_CLIENTE"));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
