-- Two read paths of the ticket table made cheap for a million tickets.
--
-- 1. The duplicate warning reads the headline (number, subject, category) of a tenant's most recently updated open
--    tickets on every ticket opening. Over ix_ticket_status that is a range per open status, a filesort and a row
--    lookup each. A stored flag "open" makes it one ordered range of a covering index: newest first, stop at the limit.
ALTER TABLE ticket
    ADD COLUMN is_open BOOLEAN AS (status IN ('NUEVO', 'ABIERTO', 'EN_ESPERA_CLIENTE')) STORED,
    ADD KEY ix_ticket_open_headline (tenant_id, is_open, updated_at, number, category_id, subject);

-- 2. The history's text search looked for LIKE '%…%' in subject and description through the unicode collation,
--    weight by weight, on every row of the tenant. The application now keeps both folded (lower case, accents
--    removed: FoldedText) in one binary column that LIKE compares byte by byte.
ALTER TABLE ticket
    ADD COLUMN search_text TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;

-- Tickets written before: the same folding in SQL for the letters Spanish and Portuguese use.
UPDATE ticket
SET search_text =
    REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
        LOWER(CONCAT(subject, '\n', description)) COLLATE utf8mb4_bin,
        'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'à', 'a'), 'ç', 'c'),
        'ã', 'a'), 'õ', 'o'), 'ê', 'e');
