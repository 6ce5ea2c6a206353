-- The receipts health check looks up, for every passed stage, the receipt it issued (work order and stage): an index
-- probe per stage instead of a scan of every receipt.
CREATE INDEX receipt_work_order_stage ON receipt (work_order_id, stage);
