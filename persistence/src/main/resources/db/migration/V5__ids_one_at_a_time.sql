-- Work orders, stage visits and receipts take their ids one at a time, like every other table. EclipseLink fetches
-- a block of ids (allocation size > 1) under a global lock on a connection outside the transaction; under
-- concurrent load, transactions waiting for that lock hold every pooled connection and the pool starves. One id at
-- a time is fetched on the transaction's own connection. The next value lies above every id already handed out.
ALTER SEQUENCE work_order_seq INCREMENT BY 1;
ALTER SEQUENCE stage_visit_seq INCREMENT BY 1;
ALTER SEQUENCE receipt_seq INCREMENT BY 1;
