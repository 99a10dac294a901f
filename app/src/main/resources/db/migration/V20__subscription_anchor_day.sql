-- A monthly subscription begun on the 31st renews on 28 February and then on 31 March: every period ends on the day of
-- the month its first period began (or that month's last day), so the day is kept instead of derived from the
-- current period, which drifted to the 28th after the first short month.
ALTER TABLE subscription
    ADD COLUMN anchor_day TINYINT NOT NULL DEFAULT 1;

UPDATE subscription SET anchor_day = DAY(period_start);

ALTER TABLE subscription
    ADD CONSTRAINT ck_subscription_anchor_day CHECK (anchor_day BETWEEN 1 AND 31);
