package io.andes.billing.advisor.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One line of a quote: a store product, a quantity from 1 to 10,000 and an optional note. */
@Entity
@Table(name = "advisor_quote_line")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class QuoteLine {

    public static final int MAX_QUANTITY = 10_000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "quote_id", nullable = false)
    private String quoteId;

    @Column(name = "line_position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "product", nullable = false)
    private QuoteProduct product;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "note")
    private String note;

    protected QuoteLine() {}

    public QuoteLine(AdvisorQuote quote, int position, QuoteProduct product, int quantity, String note) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw ProblemException.invalidField(
                    "quantity",
                    "debe estar entre 1 y " + MAX_QUANTITY,
                    "La cantidad de cada línea debe estar entre 1 y " + MAX_QUANTITY + ".",
                    "Each line's quantity must be between 1 and " + MAX_QUANTITY + ".");
        }
        this.id = UUID.randomUUID().toString();
        this.quoteId = quote.id();
        this.position = position;
        this.product = product;
        this.quantity = quantity;
        this.note = CommercialText.optional("note", note, CommercialText.SHORT_MAX);
    }

    public String quoteId() {
        return quoteId;
    }

    public int position() {
        return position;
    }

    public QuoteProduct product() {
        return product;
    }

    public int quantity() {
        return quantity;
    }

    public String note() {
        return note;
    }
}
