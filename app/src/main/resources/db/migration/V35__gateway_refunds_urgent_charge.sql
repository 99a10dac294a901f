-- Refunds to the card through the payment gateway: how much of a card payment went back (its status turns REFUNDED
-- when all of it did), and on a pending refund request how many attempts were made, the last failure (for staff) and
-- when the job tries again after it.
ALTER TABLE payment ADD COLUMN refunded_amount DECIMAL(18, 2) NOT NULL DEFAULT 0;
ALTER TABLE payment ADD CONSTRAINT ck_payment_refunded CHECK (refunded_amount >= 0 AND refunded_amount <= amount);
ALTER TABLE credit_ledger
    ADD COLUMN refund_attempts INT NOT NULL DEFAULT 0,
    ADD COLUMN refund_failure VARCHAR(500) NULL,
    ADD COLUMN refund_next_at TIMESTAMP(6) NULL;

-- Urgent support charged now: the purchase names the invoice of its own that the card on file paid.
ALTER TABLE urgent_purchase
    ADD COLUMN invoice_id CHAR(36) NULL,
    ADD CONSTRAINT fk_urgent_purchase_invoice FOREIGN KEY (tenant_id, invoice_id) REFERENCES invoice (tenant_id, id);
