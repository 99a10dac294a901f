-- Payment gaps (issue 6). A hosted checkout that Stripe expired (checkout.session.expired, or found past its
-- expires_at when pay-now looks for an open one) is EXPIRED: it is never offered again, the next pay-now opens a new
-- one. The card on file keeps what the gateway reports of it (brand, last four digits, expiry) for the portal.
ALTER TABLE payment DROP CONSTRAINT ck_payment_status;
ALTER TABLE payment
    ADD CONSTRAINT ck_payment_status CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED', 'EXPIRED')),
    ADD COLUMN checkout_expires_at TIMESTAMP(6) NULL;

ALTER TABLE payment_account
    ADD COLUMN card_brand VARCHAR(20) NULL,
    ADD COLUMN card_last4 CHAR(4) NULL,
    ADD COLUMN card_exp_month TINYINT NULL,
    ADD COLUMN card_exp_year SMALLINT NULL,
    ADD CONSTRAINT ck_payment_account_card_exp CHECK (card_exp_month IS NULL OR card_exp_month BETWEEN 1 AND 12);
