-- A refund request billing staff close by hand when it cannot (or should not) go back to the card: how the money went
-- back (a bank transfer, a deposit, a cheque), the date it went, who recorded it and when. The reference of the
-- transfer goes where the gateway's refund id goes (refund_reference). Card refunds made by the gateway say TARJETA.
ALTER TABLE credit_ledger
    ADD COLUMN refund_method VARCHAR(16) NULL,
    ADD COLUMN refunded_on DATE NULL,
    ADD COLUMN refunded_by VARCHAR(200) NULL,
    ADD COLUMN refunded_at TIMESTAMP(6) NULL,
    ADD CONSTRAINT ck_credit_ledger_refund_method
        CHECK (refund_method IS NULL OR refund_method IN ('TARJETA', 'TRANSFERENCIA', 'DEPOSITO', 'CHEQUE'));
